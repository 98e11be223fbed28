using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Core.Telemetry;

namespace NewsBot.Core.Indexing;

/// <summary>
/// Owns the index of an articles folder: builds it on first use, reuses it while the articles are
/// unchanged, refreshes it (one refresh at a time; a second caller joins the running one) and swaps
/// the new generation in atomically while queries keep running on the previous one.
/// </summary>
public sealed partial class IndexStore : IIndexRefresher, IDisposable
{
    private readonly IndexOptions _options;
    private readonly IndexLayout _layout;
    private readonly ILogger<IndexStore> _logger;
    private readonly NewsBotMetrics? _metrics;
    private readonly object _gate = new();
    private ArticleIndex? _current;
    private Task<IndexReport>? _running;

    public IndexStore(
        IndexOptions options,
        ILogger<IndexStore>? logger = null,
        NewsBotMetrics? metrics = null
    )
    {
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new NewsBotException(string.Join(" ", errors));
        }
        _options = options;
        _layout = new IndexLayout(options.IndexPath);
        _logger = logger ?? NullLogger<IndexStore>.Instance;
        _metrics = metrics;
    }

    public IndexOptions Options => _options;

    /// <summary>True once an index generation is open and answering (it stays open through refreshes).</summary>
    public bool IsOpen => Volatile.Read(ref _current) is not null;

    /// <summary>
    /// True when the index folder names a generation other than the one answering: another process
    /// (<c>newsbot index</c> in another shell) published a build. Costs one small file read.
    /// </summary>
    public bool HasNewerPublished =>
        Volatile.Read(ref _current) is { } current
        && _layout.CurrentGeneration() is { } published
        && current.Generation != published;

    private int _articles = -1;

    /// <summary>
    /// True once a refresh found no article in the articles folder: every question is then answered with
    /// <see cref="EmptyFolderMessage"/> rather than "nothing answers that".
    /// </summary>
    public bool HasNoArticles => Volatile.Read(ref _articles) == 0;

    /// <summary>What NewsBot says when the articles folder holds no articles.</summary>
    public string EmptyFolderMessage =>
        $"The articles folder '{_options.ArticlesPath}' holds no articles (.txt files): add some, or point NewsBot at a folder that has them.";

    /// <summary>
    /// True once a refresh found the index folder read-only: the store answers from the index it has,
    /// which may not hold the latest changes of the articles folder.
    /// </summary>
    public bool IsReadOnly { get; private set; }

    /// <summary>Opens the index, building or refreshing it first when the articles changed.</summary>
    public Task<IndexReport> EnsureReadyAsync(
        IProgress<IndexProgress>? progress = null,
        CancellationToken cancellationToken = default
    ) => RefreshAsync(full: false, progress, cancellationToken);

    public Task<IndexReport> RefreshAsync(
        bool full,
        IProgress<IndexProgress>? progress = null,
        CancellationToken cancellationToken = default
    )
    {
        lock (_gate)
        {
            if (_running is { IsCompleted: false } running)
            {
                return running.WaitAsync(cancellationToken);
            }
            _running = Task.Run(
                () => MeasuredRefresh(full, progress, cancellationToken),
                cancellationToken
            );
            return _running;
        }
    }

    /// <summary>The open index for one query; dispose the lease when the answer is built.</summary>
    internal IndexLease Acquire()
    {
        while (true)
        {
            var current =
                Volatile.Read(ref _current)
                ?? throw new NewsBotException("The index is not open yet.");
            if (current.TryAcquire())
            {
                return new IndexLease(current);
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _current?.Release();
            _current = null;
        }
    }

    private IndexReport MeasuredRefresh(
        bool full,
        IProgress<IndexProgress>? progress,
        CancellationToken cancellationToken
    )
    {
        var started = Stopwatch.GetTimestamp();
        IndexReport? report = null;
        try
        {
            report = Refresh(full, progress, cancellationToken);
            return report;
        }
        finally
        {
            _metrics?.Refreshed(report, Stopwatch.GetElapsedTime(started));
        }
    }

    private IndexReport Refresh(
        bool full,
        IProgress<IndexProgress>? progress,
        CancellationToken cancellationToken
    )
    {
        var builder = new IndexBuilder(_options, _layout);
        // Listing the folder (a stat per file) and reading the manifest are the two long steps of a
        // start with a large folder: they run side by side.
        var listing = Task.Run(builder.List, cancellationToken);
        var generation = _layout.CurrentGeneration();
        var manifest = generation is null ? null : IndexLayout.ReadManifest(generation);
        if (manifest is null)
        {
            generation = null;
        }
        // At start-up the current generation is most likely the one to answer from: it opens while the
        // folder is still being listed, and is let go if the build publishes another.
        var opening =
            generation is not null && !full && Volatile.Read(ref _current) is null
                ? Task.Run(() => ArticleIndex.Open(generation, manifest!), cancellationToken)
                : null;
        if (Damage(opening) is { } damage)
        {
            // Built again from the articles as if there were no index: nothing of it can be trusted.
            LogDamaged(generation!, damage);
            opening = null;
            generation = null;
            manifest = null;
        }
        IndexReport report;
        try
        {
            report = builder.Build(
                listing.GetAwaiter().GetResult(),
                manifest,
                generation,
                full,
                progress,
                cancellationToken
            );
        }
        catch when (ReleaseUnused(opening))
        {
            throw;
        }
        catch (NewsBotException e) when (Volatile.Read(ref _current) is not null)
        {
            LogRefreshFailed(e.Message);
            throw;
        }
        catch (Exception e)
            when (IsWriteRefused(e) && generation is not null && manifest is not null)
        {
            // A replica's index is mounted read-only, or copied in without write access: it answers from
            // the index it has rather than not at all. The writer's next copy brings the changes.
            IsReadOnly = true;
            LogReadOnly(_layout.Root, e.Message);
            opening = null; // let go of by the filter above; opened again below

            report = IndexBuilder.Report(manifest, reused: true, 0, 0, 0, TimeSpan.Zero);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (Volatile.Read(ref _current) is not null)
            {
                LogRefreshFailed(e.Message);
            }
            throw new NewsBotException(
                $"Failed to build the index in '{_layout.Root}': {e.Message}",
                e
            );
        }

        var published = _layout.CurrentGeneration()!;
        if (Volatile.Read(ref _current)?.Generation != published)
        {
            var opened = Opened(opening, published) ?? OpenPublished(published, report);
            var previous = Interlocked.Exchange(ref _current, opened);
            previous?.Release();
        }
        if (!report.Reused)
        {
            _layout.RemoveStaleGenerations(keep: published);
            LogRefreshed(
                report.Articles,
                report.Added,
                report.Changed,
                report.Removed,
                report.Skipped.Count,
                report.Elapsed.TotalMilliseconds
            );
        }
        Volatile.Write(ref _articles, report.Articles);
        foreach (var skipped in report.Skipped)
        {
            LogSkipped(skipped.File, skipped.Reason);
        }
        foreach (var warning in report.Warnings)
        {
            LogWarning(warning.File, warning.Reason);
        }
        return report;
    }

    /// <remarks>
    /// The build hands over the manifest it published or kept: reading it again would cost time at
    /// start-up and hold a second copy while the previous index is still open.
    /// </remarks>
    private static ArticleIndex OpenPublished(string published, IndexReport report) =>
        ArticleIndex.Open(published, report.Manifest ?? IndexLayout.ReadManifest(published)!);

    /// <summary>The generation opened during the build if it is the one published, else null (and it is let go).</summary>
    private static ArticleIndex? Opened(Task<ArticleIndex>? opening, string published)
    {
        if (opening is null)
        {
            return null;
        }
        ArticleIndex opened;
        try
        {
            opened = opening.GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is NewsBotException or OperationCanceledException)
        {
            // Opened again from what was published, where a real failure shows.
            return null;
        }
        if (opened.Generation == published)
        {
            return opened;
        }
        opened.Release();
        return null;
    }

    /// <summary>
    /// The file system refused a write: permissions (EACCES, EPERM), a read-only mount (EROFS, errno 30).
    /// </summary>
    private static bool IsWriteRefused(Exception e) =>
        e is UnauthorizedAccessException
        || (
            e is IOException
            && (
                e.HResult == 30
                || e.Message.Contains("Read-only file system", StringComparison.Ordinal)
            )
        );

    /// <summary>
    /// Why the current generation could not be opened when its files are damaged (a truncated or
    /// overwritten <c>_0.cfs</c> or <c>segments_N</c>); null when it opened, or failed for another reason.
    /// </summary>
    private static string? Damage(Task<ArticleIndex>? opening)
    {
        if (opening is null)
        {
            return null;
        }
        try
        {
            opening.GetAwaiter().GetResult();
            return null;
        }
        catch (NewsBotException e) when (ArticleIndex.IsDamaged(e))
        {
            return e.InnerException!.Message.ReplaceLineEndings(" ");
        }
        catch (NewsBotException)
        {
            return null;
        }
    }

    /// <summary>Lets go of a generation opened during a build that did not use it; false, for use in a filter.</summary>
    private static bool ReleaseUnused(Task<ArticleIndex>? opening)
    {
        opening?.ContinueWith(
            t => t.Result.Release(),
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnRanToCompletion,
            TaskScheduler.Default
        );
        return false;
    }

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Indexed {Articles} articles ({Added} added, {Changed} changed, {Removed} removed, {Skipped} skipped) in {ElapsedMs:F0} ms"
    )]
    private partial void LogRefreshed(
        int articles,
        int added,
        int changed,
        int removed,
        int skipped,
        double elapsedMs
    );

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped article file {File}: {Reason}")]
    private partial void LogSkipped(string file, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Article file {File}: {Reason}")]
    private partial void LogWarning(string file, string reason);

    [LoggerMessage(
        Level = LogLevel.Error,
        Message = "The index at {Generation} is damaged and is built again from the articles: {Reason}"
    )]
    private partial void LogDamaged(string generation, string reason);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "The index folder {Root} cannot be written: answering from the index it has, without the latest changes of the articles folder ({Reason})"
    )]
    private partial void LogReadOnly(string root, string reason);

    [LoggerMessage(
        Level = LogLevel.Error,
        Message = "Index refresh failed, the previous index stays in use: {Reason}"
    )]
    private partial void LogRefreshFailed(string reason);
}

/// <summary>Holds an index generation open for the duration of one query.</summary>
internal readonly struct IndexLease(ArticleIndex index) : IDisposable
{
    public ArticleIndex Index { get; } = index;

    public void Dispose() => Index.Release();
}
