using Discord;
using Discord.Interactions;
using NewsBot.Core.Commands;
using NewsBot.Core.Indexing;
using NewsBot.Discord.Rendering;

namespace NewsBot.Discord.Modules;

/// <summary><c>/reindex</c>: moderators refresh the index, with progress shown in the deferred message.</summary>
public sealed class ReindexModule(IIndexRefresher refresher, TimeProvider time) : NewsBotModule
{
    private static readonly TimeSpan s_progressInterval = TimeSpan.FromSeconds(2);

    [SlashCommand(CommandCatalog.Reindex.Name, CommandCatalog.Reindex.Description)]
    [DefaultMemberPermissions(GuildPermission.ManageGuild)]
    [RequireModerator]
    public async Task ReindexAsync(
        [Summary(CommandCatalog.Reindex.Full, CommandCatalog.Reindex.FullDescription)]
            bool full = false
    )
    {
        // Slower than Discord's 3 s, and its progress edits need the deferred message: deferred first.
        await Context.Reply.DeferAsync(CancellationToken);
        var gate = new Lock();
        var lastShown = DateTimeOffset.MinValue;
        var isDone = false;
        Task shown = Task.CompletedTask;
        // Progress edits are throttled: one edit every 2 s at most, never two at once.
        var progress = new Progress<IndexProgress>(p =>
        {
            lock (gate)
            {
                var now = time.GetUtcNow();
                // Progress<T> reports on the thread pool, possibly late: none may overwrite the final report.
                if (isDone || now - lastShown < s_progressInterval || !shown.IsCompleted)
                {
                    return;
                }

                lastShown = now;
                shown = Context.Reply.ShowProgressAsync(
                    AnswerRenderer.ReindexProgress(p),
                    CancellationToken
                );
            }
        });
        var report = await refresher.RefreshAsync(full, progress, CancellationToken);
        Task last;
        lock (gate)
        {
            isDone = true;
            last = shown;
        }
        await last;
        await AnswerAsync(AnswerRenderer.Reindexed(report));
    }
}
