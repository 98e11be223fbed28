using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Indexing;
using NewsBot.Testing;

namespace NewsBot.Core.Tests.Indexing;

public sealed class ArticleFolderWatcherTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_burst_of_changes_triggers_one_refresh_after_the_quiet_period()
    {
        var time = new FakeTimeProvider();
        var refresher = new CountingRefresher();
        using var watcher = new ArticleFolderWatcher(
            _folder.Path,
            refresher,
            time,
            TimeSpan.FromSeconds(2)
        );

        for (var i = 0; i < 10; i++)
        {
            watcher.Changed();
            time.Advance(TimeSpan.FromMilliseconds(500));
        }
        Assert.Equal(0, refresher.Calls);

        time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(1, refresher.Calls);
    }

    [Fact]
    public async Task Writing_an_article_file_refreshes_the_index()
    {
        var refresher = new CountingRefresher();
        using var watcher = new ArticleFolderWatcher(
            _folder.Path,
            refresher,
            TimeProvider.System,
            TimeSpan.FromMilliseconds(100)
        );

        await File.WriteAllTextAsync(_folder.Combine("new.txt"), "A new article.");
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (refresher.Calls == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(25);
        }

        Assert.True(refresher.Calls >= 1);
    }

    private sealed class CountingRefresher : IIndexRefresher
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public Task<IndexReport> RefreshAsync(
            bool full,
            IProgress<IndexProgress>? progress = null,
            CancellationToken cancellationToken = default
        )
        {
            Interlocked.Increment(ref _calls);
            return Task.FromResult(new IndexReport(true, 0, 0, 0, [], 0, 0, 0, 0, TimeSpan.Zero));
        }
    }
}
