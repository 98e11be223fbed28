namespace NewsBot.Core.Indexing;

/// <summary>Refreshes the index from the articles folder (used by /reindex and `newsbot index`).</summary>
public interface IIndexRefresher
{
    Task<IndexReport> RefreshAsync(
        bool full,
        IProgress<IndexProgress>? progress = null,
        CancellationToken cancellationToken = default
    );
}
