using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace NewsBot.Core.Indexing;

/// <summary>
/// Refreshes the index when files of the articles folder change. Events are debounced: a refresh runs
/// once the folder has been quiet for <see cref="Quiet"/>, so copying 500 files triggers one refresh,
/// and a file still being written is read after its last write.
/// </summary>
public sealed partial class ArticleFolderWatcher : IDisposable
{
    private readonly IIndexRefresher _refresher;
    private readonly ILogger _logger;
    private readonly FileSystemWatcher _watcher;
    private readonly ITimer _timer;
    private readonly CancellationTokenSource _stopping = new();

    public ArticleFolderWatcher(
        string articlesPath,
        IIndexRefresher refresher,
        TimeProvider time,
        TimeSpan quiet,
        ILogger<ArticleFolderWatcher>? logger = null
    )
    {
        _refresher = refresher;
        _logger = logger ?? NullLogger<ArticleFolderWatcher>.Instance;
        Quiet = quiet;
        _timer = time.CreateTimer(
            _ => _ = RefreshAsync(),
            null,
            Timeout.InfiniteTimeSpan,
            Timeout.InfiniteTimeSpan
        );
        _watcher = Watch(articlesPath, Changed);
    }

    /// <summary>
    /// Calls <paramref name="changed"/> for every file or folder created, written, deleted or renamed under
    /// <paramref name="articlesPath"/>, and when events were lost (the watcher's buffer overflowed).
    /// </summary>
    public static FileSystemWatcher Watch(string articlesPath, Action changed)
    {
        var watcher = new FileSystemWatcher(articlesPath)
        {
            IncludeSubdirectories = true,
            NotifyFilter =
                NotifyFilters.FileName
                | NotifyFilters.DirectoryName
                | NotifyFilters.LastWrite
                | NotifyFilters.Size,
        };
        watcher.Created += (_, _) => changed();
        watcher.Changed += (_, _) => changed();
        watcher.Deleted += (_, _) => changed();
        watcher.Renamed += (_, _) => changed();
        watcher.Error += (_, _) => changed();
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    public TimeSpan Quiet { get; }

    /// <summary>Called for every change: (re)starts the quiet period.</summary>
    internal void Changed() => _timer.Change(Quiet, Timeout.InfiniteTimeSpan);

    private async Task RefreshAsync()
    {
        try
        {
            var report = await _refresher.RefreshAsync(
                full: false,
                progress: null,
                _stopping.Token
            );
            if (!report.Reused)
            {
                LogRefreshed(
                    report.Articles,
                    report.Added,
                    report.Changed,
                    report.Removed,
                    report.Skipped.Count,
                    report.Passages,
                    report.Quotes,
                    report.Figures,
                    report.Elapsed.TotalSeconds
                );
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested) { }
        catch (NewsBotException e)
        {
            LogFailed(e.Message);
        }
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _watcher.Dispose();
        _timer.Dispose();
        _stopping.Dispose();
    }

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Articles changed: {Articles} articles indexed ({Added} added, {Changed} changed, {Removed} removed, {Skipped} skipped), {Passages} passages, {Quotes} quotes, {Figures} figures in {Seconds:F1} s"
    )]
    private partial void LogRefreshed(
        int articles,
        int added,
        int changed,
        int removed,
        int skipped,
        int passages,
        int quotes,
        int figures,
        double seconds
    );

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Automatic refresh after an article change failed; the current index stays in use: {Reason}"
    )]
    private partial void LogFailed(string reason);
}
