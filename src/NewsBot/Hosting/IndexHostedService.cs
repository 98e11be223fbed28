using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Indexing;

namespace NewsBot.Hosting;

/// <summary>
/// Opens (building or refreshing) the index before the bot starts answering, then watches the articles
/// folder and refreshes the index when files change, when <c>NewsBot:WatchArticles</c> is on.
/// </summary>
public sealed partial class IndexHostedService(
    IndexStore store,
    IOptions<NewsBotOptions> options,
    TimeProvider time,
    ILoggerFactory loggers
) : IHostedService, IDisposable
{
    private readonly ILogger _logger = loggers.CreateLogger<IndexHostedService>();
    private ArticleFolderWatcher? _watcher;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var report = await store.EnsureReadyAsync(cancellationToken: cancellationToken);
        LogReady(report.Articles, report.Passages, report.Quotes, report.Figures, report.Reused);
        if (options.Value.WatchArticles)
        {
            _watcher = new ArticleFolderWatcher(
                store.Options.ArticlesPath,
                store,
                time,
                TimeSpan.FromSeconds(2),
                loggers.CreateLogger<ArticleFolderWatcher>()
            );
        }
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _watcher?.Dispose();
        _watcher = null;
        return Task.CompletedTask;
    }

    public void Dispose() => _watcher?.Dispose();

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Index ready: {Articles} articles, {Passages} passages, {Quotes} quotes, {Figures} figures (reused: {Reused})"
    )]
    private partial void LogReady(int articles, int passages, int quotes, int figures, bool reused);
}
