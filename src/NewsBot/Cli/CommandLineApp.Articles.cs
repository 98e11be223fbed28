using System.CommandLine;
using System.Globalization;
using NewsBot.Core.Answers;
using NewsBot.Core.Library;

namespace NewsBot.Cli;

/// <summary>
/// <c>newsbot add &lt;url|path&gt;</c> and <c>newsbot remove &lt;file&gt;</c>: the command line's
/// <c>/add-article</c> and <c>/remove-article</c>, with the same checks, one line of result, exit code 0
/// when done and 2 when refused.
/// </summary>
public sealed partial class CommandLineApp
{
    private Command AddCommand()
    {
        var source = new Argument<string>("url|path")
        {
            Description = "A link to a news page (http or https), or a .txt, .md or .html file",
        };
        var command = new Command(
            "add",
            "Add a news article by link or file to the articles folder and index it"
        )
        {
            source,
        };
        AddCommon(command, json: false);
        command.SetAction(
            (parse, cancellationToken) =>
                Guard(async () =>
                {
                    var what = parse.GetValue(source)!;
                    using var session = await OpenAsync(parse, cancellationToken);
                    using var fetcher = new ArticleFetcher(options.ToFetchOptions());
                    using var library = Library(session, fetcher);
                    var result = what.Contains("://", StringComparison.Ordinal)
                        ? await library.AddLinkAsync(what, cancellationToken)
                        : await library.AddFileAsync(what, cancellationToken);
                    if (result.Article is not { } added)
                    {
                        return await RefusedAsync("add", result.Refusal);
                    }
                    await output.WriteLineAsync(Added(added));
                    return ExitOk;
                })
        );
        return command;
    }

    private Command RemoveCommand()
    {
        var file = new Argument<string>("file")
        {
            Description = "The article file, as 'newsbot ask sources' lists it",
        };
        var command = new Command(
            "remove",
            "Remove an article file from the articles folder and the index"
        )
        {
            file,
        };
        AddCommon(command, json: false);
        command.SetAction(
            (parse, cancellationToken) =>
                Guard(async () =>
                {
                    using var session = await OpenAsync(parse, cancellationToken);
                    using var fetcher = new ArticleFetcher(options.ToFetchOptions());
                    using var library = Library(session, fetcher);
                    var result = await library.RemoveAsync(
                        parse.GetValue(file)!,
                        cancellationToken
                    );
                    if (result.Refusal is not null)
                    {
                        return await RefusedAsync("remove", result.Refusal);
                    }
                    await output.WriteLineAsync(Removed(result));
                    return ExitOk;
                })
        );
        return command;
    }

    /// <summary>The one line saying what was added.</summary>
    internal static string Added(AddedArticle added) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"Added {added.File}: {added.Headline} ({added.Quotes.Count} quotes, {added.Figures.Count} figures)"
        );

    /// <summary>The one line saying what was removed.</summary>
    internal static string Removed(RemoveResult result) =>
        result.Headline is { Length: > 0 } headline
            ? $"Removed {result.File}: {headline}"
            : $"Removed {result.File}";

    private static ArticleLibrary Library(NewsBotSession session, ArticleFetcher fetcher) =>
        new(
            session.Store.Options,
            fetcher,
            session.Store,
            new AnswerService(session.Store),
            TimeProvider.System
        );

    private async Task<int> RefusedAsync(string command, string? refusal)
    {
        await error.WriteLineAsync($"{Program} {command}: {refusal}");
        return ExitFailure;
    }
}
