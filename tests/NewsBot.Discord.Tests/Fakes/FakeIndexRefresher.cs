using NewsBot.Core.Indexing;

namespace NewsBot.Discord.Tests.Fakes;

internal sealed class FakeIndexRefresher : IIndexRefresher
{
    public int Calls;

    public bool? LastFull;

    public async Task<IndexReport> RefreshAsync(
        bool full,
        IProgress<IndexProgress>? progress = null,
        CancellationToken cancellationToken = default
    )
    {
        Interlocked.Increment(ref Calls);
        LastFull = full;
        progress?.Report(new IndexProgress(1, 2, "001.txt"));
        await Task.Delay(50, cancellationToken);
        progress?.Report(new IndexProgress(2, 2, null));
        return new IndexReport(false, 1, 1, 0, [], 5, 120, 30, 40, TimeSpan.FromSeconds(1.2));
    }
}
