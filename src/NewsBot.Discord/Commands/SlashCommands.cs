using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Answers;
using NewsBot.Core.Indexing;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Json;
using NewsBot.Discord.Rendering;

namespace NewsBot.Discord.Commands;

/// <summary>What a command needs: the request, the services of this interaction, a way to show progress.</summary>
internal sealed record CommandContext(
    ReceivedInteraction Request,
    IServiceProvider Services,
    IReadOnlySet<Snowflake> ModeratorRoles,
    Func<JsonMessage, CancellationToken, Task> ShowProgressAsync
)
{
    public IAnswerService Answers => Services.GetRequiredService<IAnswerService>();
}

internal interface ISlashCommand
{
    string Name { get; }

    /// <summary>Known to take longer than Discord's 3 s: deferred at once.</summary>
    bool IsSlow => false;

    /// <summary>A refusal shown only to the user, or null when they may run the command.</summary>
    JsonMessage? Refuse(CommandContext context) => null;

    Task<JsonMessage> ExecuteAsync(CommandContext context, CancellationToken cancellationToken);
}

internal static class CommandInput
{
    public static JsonMessage Missing(string option) =>
        AnswerRenderer.Failure($"Please give `{option}`.");
}

internal sealed class WhoSaidCommand : ISlashCommand
{
    public string Name => CommandCatalog.WhoSaid;

    public async Task<JsonMessage> ExecuteAsync(
        CommandContext context,
        CancellationToken cancellationToken
    )
    {
        if (context.Request.Text("quote", CommandCatalog.MaxQueryLength) is not { } quote)
            return CommandInput.Missing("quote");
        return AnswerRenderer.WhoSaid(
            quote,
            await context.Answers.WhoSaidAsync(quote, cancellationToken)
        );
    }
}

internal sealed class QuotesCommand : ISlashCommand
{
    public string Name => CommandCatalog.Quotes;

    public async Task<JsonMessage> ExecuteAsync(
        CommandContext context,
        CancellationToken cancellationToken
    )
    {
        // The speaker came from autocomplete or was typed: either way it is user input, checked again here.
        if (context.Request.Text("speaker", DiscordLimits.ChoiceName) is not { } speaker)
            return CommandInput.Missing("speaker");
        var about = context.Request.Text("about", CommandCatalog.MaxQueryLength);
        return AnswerRenderer.Quotes(
            speaker,
            about,
            await context.Answers.QuotesAsync(speaker, about, cancellationToken)
        );
    }
}

internal sealed class FigureCommand : ISlashCommand
{
    public string Name => CommandCatalog.Figure;

    public async Task<JsonMessage> ExecuteAsync(
        CommandContext context,
        CancellationToken cancellationToken
    )
    {
        if (context.Request.Text("query", CommandCatalog.MaxQueryLength) is not { } query)
            return CommandInput.Missing("query");
        return AnswerRenderer.Figure(
            query,
            await context.Answers.FigureAsync(query, cancellationToken)
        );
    }
}

internal sealed class CompareCommand : ISlashCommand
{
    public string Name => CommandCatalog.Compare;

    public async Task<JsonMessage> ExecuteAsync(
        CommandContext context,
        CancellationToken cancellationToken
    )
    {
        if (context.Request.Text("a", CommandCatalog.MaxQueryLength) is not { } a)
            return CommandInput.Missing("a");
        if (context.Request.Text("b", CommandCatalog.MaxQueryLength) is not { } b)
            return CommandInput.Missing("b");
        return AnswerRenderer.Compare(
            a,
            b,
            await context.Answers.CompareAsync(a, b, cancellationToken)
        );
    }
}

internal sealed class SearchCommand : ISlashCommand
{
    public string Name => CommandCatalog.Search;

    public async Task<JsonMessage> ExecuteAsync(
        CommandContext context,
        CancellationToken cancellationToken
    )
    {
        if (context.Request.Text("query", CommandCatalog.MaxQueryLength) is not { } query)
            return CommandInput.Missing("query");
        return AnswerRenderer.Search(
            query,
            await context.Answers.SearchAsync(query, cancellationToken)
        );
    }
}

internal sealed class SourcesCommand : ISlashCommand
{
    public string Name => CommandCatalog.Sources;

    public async Task<JsonMessage> ExecuteAsync(
        CommandContext context,
        CancellationToken cancellationToken
    ) => AnswerRenderer.Sources(await context.Answers.SourcesAsync(cancellationToken));
}

internal sealed class HelpCommand : ISlashCommand
{
    public string Name => CommandCatalog.Help;

    public Task<JsonMessage> ExecuteAsync(
        CommandContext context,
        CancellationToken cancellationToken
    ) => Task.FromResult(AnswerRenderer.Help());
}

internal sealed class ReindexCommand(TimeProvider timeProvider) : ISlashCommand
{
    private static readonly TimeSpan s_progressInterval = TimeSpan.FromSeconds(2);

    public string Name => CommandCatalog.Reindex;

    public bool IsSlow => true;

    public JsonMessage? Refuse(CommandContext context) =>
        ModeratorCheck.MayReindex(context.Request.Interaction, context.ModeratorRoles)
            ? null
            : AnswerRenderer.Failure(
                "Only moderators (Manage Server, or a moderator role) can reindex."
            );

    public async Task<JsonMessage> ExecuteAsync(
        CommandContext context,
        CancellationToken cancellationToken
    )
    {
        var refresher = context.Services.GetRequiredService<IIndexRefresher>();
        var gate = new Lock();
        var lastShown = DateTimeOffset.MinValue;
        var isDone = false;
        Task shown = Task.CompletedTask;
        // Progress edits are throttled: one edit every 2 s at most, never two at once.
        var progress = new Progress<IndexProgress>(p =>
        {
            lock (gate)
            {
                var now = timeProvider.GetUtcNow();
                // Progress<T> reports on the thread pool, possibly late: none may overwrite the final report.
                if (isDone || now - lastShown < s_progressInterval || !shown.IsCompleted)
                    return;
                lastShown = now;
                shown = context.ShowProgressAsync(
                    AnswerRenderer.ReindexProgress(p),
                    cancellationToken
                );
            }
        });
        var report = await refresher.RefreshAsync(
            context.Request.Flag("full"),
            progress,
            cancellationToken
        );
        Task last;
        lock (gate)
        {
            isDone = true;
            last = shown;
        }
        try
        {
            await last;
        }
        catch (DiscordException)
        {
            // a lost progress edit does not matter: the final answer follows
        }
        return AnswerRenderer.Reindexed(report);
    }
}
