using NewsBot.Core;
using NewsBot.Core.Indexing;

namespace NewsBot.Cli;

/// <summary>
/// The index the console answers from, kept current as the bot's is: before each answer it is refreshed
/// when a file of the articles folder changed since the last answer (the folder is watched, when
/// <c>NewsBot:WatchArticles</c> is on) or another process published a newer index (<c>newsbot index</c>
/// in another shell). While nothing changed, a question costs one small file read.
/// </summary>
public sealed class ConsoleIndex : IDisposable
{
    private readonly IndexStore _store;
    private readonly FileSystemWatcher? _watcher;
    private int _articlesChanged;

    public ConsoleIndex(IndexStore store, bool watchArticles)
    {
        _store = store;
        if (watchArticles && Directory.Exists(store.Options.ArticlesPath))
        {
            _watcher = ArticleFolderWatcher.Watch(store.Options.ArticlesPath, MarkChanged);
        }
    }

    /// <summary>The articles folder holds no articles: say so instead of answering.</summary>
    public string? EmptyFolderMessage => _store.HasNoArticles ? _store.EmptyFolderMessage : null;

    /// <summary>True once a file of the articles folder changed and the index was not refreshed since.</summary>
    internal bool HasArticleChanges => Volatile.Read(ref _articlesChanged) == 1;

    /// <summary>
    /// Refreshes the index when it may be stale. A failed refresh leaves the previous index answering
    /// and returns a note saying so (tried again before the next answer); null otherwise.
    /// </summary>
    public async Task<string?> RefreshIfChangedAsync(CancellationToken cancellationToken = default)
    {
        var changed = Interlocked.Exchange(ref _articlesChanged, 0) == 1;
        if (!changed && !_store.HasNewerPublished)
        {
            return null;
        }
        try
        {
            await _store.RefreshAsync(full: false, progress: null, cancellationToken);
            return null;
        }
        catch (NewsBotException e)
        {
            MarkChanged();
            return $"The index could not be refreshed, so this answer comes from the previous one: {e.Message}";
        }
    }

    /// <summary>/reindex: refreshes the index now, every article when <paramref name="full"/>.</summary>
    public Task<IndexReport> ReindexAsync(bool full, CancellationToken cancellationToken = default)
    {
        Interlocked.Exchange(ref _articlesChanged, 0);
        return _store.RefreshAsync(full, progress: null, cancellationToken);
    }

    private void MarkChanged() => Volatile.Write(ref _articlesChanged, 1);

    public void Dispose() => _watcher?.Dispose();
}
