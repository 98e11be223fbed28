using System.CommandLine;
using NewsBot.Core.Commands;
using NewsBot.Core.Library;

namespace NewsBot.Cli;

/// <summary>
/// <c>newsbot add &lt;url|path&gt;</c> and <c>newsbot remove &lt;file&gt;</c>: the command line's
/// <c>/add-article</c> and <c>/remove-article</c>, with the same checks, one line of result, exit code 0
/// when done and 2 when refused.
/// </summary>
public sealed partial class CommandLineApp
{
    private Command AddCommand() =>
        ArticleCommand(
            "add",
            "Add a news article by link or file to the articles folder and index it",
            new Argument<string>("url|path")
            {
                Description = "A link to a news page (http or https), or a .txt, .md or .html file",
            },
            value => new ArticleChange(
                CommandCatalog.AddArticle.Name,
                value,
                IsFile: !value.Contains("://", StringComparison.Ordinal)
            )
        );

    private Command RemoveCommand() =>
        ArticleCommand(
            "remove",
            "Remove an article file from the articles folder and the index",
            new Argument<string>("file")
            {
                Description = "The article file, as 'newsbot ask sources' lists it",
            },
            value => new ArticleChange(CommandCatalog.RemoveArticle.Name, value, IsFile: true)
        );

    private Command ArticleCommand(
        string name,
        string description,
        Argument<string> argument,
        Func<string, ArticleChange> change
    )
    {
        var command = new Command(name, description) { argument };
        AddCommon(command, json: true);
        command.SetAction(
            (parse, cancellationToken) =>
                Guard(
                    parse,
                    async () =>
                    {
                        using var session = await OpenAsync(parse, cancellationToken);
                        using var fetcher = new ArticleFetcher(options.ToFetchOptions());
                        using var library = Library(session, fetcher);
                        var outcome = await ChangeAsync(
                            library,
                            change(parse.GetValue(argument)!),
                            cancellationToken
                        );
                        var json = parse.GetValue(_json);
                        if (outcome.Refusal is { } refusal)
                        {
                            await WriteErrorAsync(json, $"{Program} {name}: {refusal}", refusal);
                            return ExitFailure;
                        }
                        await output.WriteLineAsync(json ? ToJson(outcome.Record!) : outcome.Done);
                        return ExitOk;
                    }
                )
        );
        return command;
    }

    /// <summary>
    /// Adds or removes an article: the one line saying what was done and the result's record (for JSON), or
    /// why it was refused.
    /// </summary>
    internal static async Task<ArticleChangeOutcome> ChangeAsync(
        IArticleLibrary library,
        ArticleChange change,
        CancellationToken cancellationToken
    )
    {
        if (change.Command == CommandCatalog.RemoveArticle.Name)
        {
            var removed = await library.RemoveAsync(change.Value, cancellationToken);
            return removed.Refusal is { } refusal ? ArticleChangeOutcome.Refused(refusal)
                : removed.Headline is { Length: > 0 } headline
                    ? new($"Removed {removed.File}: {headline}", null, removed)
                : new($"Removed {removed.File}", null, removed);
        }
        var result = change.IsFile
            ? await library.AddFileAsync(change.Value, cancellationToken)
            : await library.AddLinkAsync(change.Value, cancellationToken);
        return result.Article is { } added
            ? new(Added(added), null, added)
            : ArticleChangeOutcome.Refused(result.Refusal ?? "The article was not added.");
    }

    /// <summary>The line saying what was added, then each quote and figure found with its line.</summary>
    private static string Added(AddedArticle added)
    {
        var text = new System.Text.StringBuilder(
            $"Added {added.File}: {added.Headline} ({InspectionText.Counts(added.Quotes.Count, added.Figures.Count)})\n"
        );
        InspectionText.AppendLines(text, added.Quotes, added.Figures);
        return text.ToString().TrimEnd('\n');
    }

    private static ArticleLibrary Library(NewsBotSession session, ArticleFetcher fetcher) =>
        new(session.Store.Options, fetcher, session.Store, session.Answers, TimeProvider.System);
}
