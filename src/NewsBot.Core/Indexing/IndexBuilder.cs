using System.Diagnostics;
using System.Runtime.CompilerServices;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using NewsBot.Core.Articles;
using NewsBot.Core.Text;

namespace NewsBot.Core.Indexing;

/// <summary>
/// Builds a new index generation from the articles folder. Unchanged files (same size and time, or
/// the same hash) are carried over from the previous generation without being read again; changed
/// and new files are read, analysed and indexed in parallel. Nothing is published unless the whole
/// build succeeds, so the previous generation keeps answering through failures and kills.
/// </summary>
internal sealed class IndexBuilder(IndexOptions options, IndexLayout layout)
{
    private const int BatchSize = 256;

    private readonly ArticleFolderReader _reader = new(options.ArticlesPath, options.MaxFileBytes);

    /// <summary>The article files of the folder, sorted by path.</summary>
    public IReadOnlyList<ArticleFile> List() => _reader.List();

    /// <summary>Builds from the folder's <paramref name="files"/> as <see cref="List"/> gave them.</summary>
    public IndexReport Build(
        IReadOnlyList<ArticleFile> files,
        IndexManifest? previous,
        string? previousGeneration,
        bool full,
        IProgress<IndexProgress>? progress,
        CancellationToken cancellationToken
    )
    {
        var clock = Stopwatch.StartNew();
        var plan = IndexPlan.Make(files, full ? null : previous);

        // Skipped files are read again each time; with none left to read, one that was skipped is gone
        // and the index must stop listing it.
        if (
            previous is not null
            && previousGeneration is not null
            && !full
            && plan.IsEmpty
            && previous.Skipped.Count == 0
        )
        {
            return Report(previous, reused: true, 0, 0, 0, clock.Elapsed);
        }

        // Files are read, analysed and turned into documents in parallel, a batch at a time, and written
        // in file order as they come: memory stays bounded by a batch whatever the size of the folder,
        // and the index holds the same documents in the same order as when everything was read first.
        var previouslySkipped = (previous?.Skipped ?? [])
            .Select(s => s.File)
            .ToHashSet(StringComparer.Ordinal);
        var removed = plan.Removed.ToHashSet(StringComparer.Ordinal);
        var skipped = new List<SkippedFile>();
        var warnings = new List<SkippedFile>();
        var analysedEntries = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        var replaced = new List<string>();
        using var generation = new GenerationWriter(
            layout,
            full ? null : previousGeneration,
            plan.Removed
        );
        try
        {
            foreach (var item in LoadInOrder(plan.ToRead, progress, cancellationToken))
            {
                var path = item.File.RelativePath;
                if (item.Warning is not null)
                {
                    warnings.Add(item.Warning);
                }
                var wasIndexed = plan.Previous.TryGetValue(path, out var old);
                if (item.Skipped is not null)
                {
                    skipped.Add(item.Skipped);
                    if (wasIndexed && removed.Add(path))
                    {
                        generation.Delete(path);
                    }
                    continue;
                }
                if (item.Article is not null && wasIndexed && old!.Hash == item.Hash)
                {
                    continue; // touched but unchanged: its documents come over from the previous generation
                }
                if (item.Analysis is null)
                {
                    continue;
                }
                if (wasIndexed)
                {
                    replaced.Add(path);
                    generation.Delete(path);
                }
                generation.Add(item.Documents!);
                analysedEntries[path] = Entry(item);
            }

            var nothingChanged =
                analysedEntries.Count == 0
                && removed.Count == 0
                && skipped.Count == previouslySkipped.Count
                && skipped.All(s => previouslySkipped.Contains(s.File))
                && previous is not null
                && previousGeneration is not null
                && !full;
            if (nothingChanged)
            {
                generation.Abandon();
                return Report(previous!, reused: true, 0, 0, 0, clock.Elapsed);
            }

            var entries = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
            foreach (var file in files)
            {
                if (
                    plan.Previous.TryGetValue(file.RelativePath, out var old)
                    && !removed.Contains(file.RelativePath)
                    && !full
                )
                {
                    entries[file.RelativePath] = old with
                    {
                        Length = file.Length,
                        LastWriteUtc = file.LastWriteUtc,
                    };
                }
            }
            foreach (var (path, entry) in analysedEntries)
            {
                entries[path] = entry;
            }

            var folder = generation.Commit();
            var manifest = new IndexManifest(
                IndexManifest.CurrentFormat,
                DateTimeOffset.UtcNow,
                files
                    .Where(f => entries.ContainsKey(f.RelativePath))
                    .Select(f => entries[f.RelativePath])
                    .ToArray(),
                skipped
            );
            cancellationToken.ThrowIfCancellationRequested();
            layout.Publish(folder, manifest);
            var added = analysedEntries.Count - replaced.Count;
            return Report(
                manifest,
                reused: false,
                added,
                replaced.Count,
                plan.Removed.Count,
                clock.Elapsed
            ) with
            {
                Warnings = warnings,
            };
        }
        catch
        {
            generation.Abandon();
            throw;
        }
    }

    /// <summary>
    /// The files loaded in path order, a batch at a time: while one batch is written, the next is read
    /// and analysed on every core.
    /// </summary>
    private IEnumerable<LoadedFile> LoadInOrder(
        IReadOnlyList<ArticleFile> files,
        IProgress<IndexProgress>? progress,
        CancellationToken cancellationToken
    )
    {
        var ordered = files.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToArray();
        var done = new StrongBox<int>(0);
        progress?.Report(new IndexProgress(0, ordered.Length, null));
        Task<LoadedFile[]>? next = null;
        try
        {
            for (var start = 0; start < ordered.Length; start += BatchSize)
            {
                var batchStart = start;
                next ??= Task.Run(
                    () => LoadBatch(ordered, batchStart, done, progress, cancellationToken),
                    cancellationToken
                );
                var batch = next.GetAwaiter().GetResult();
                var following = start + BatchSize;
                next =
                    following < ordered.Length
                        ? Task.Run(
                            () => LoadBatch(ordered, following, done, progress, cancellationToken),
                            cancellationToken
                        )
                        : null;
                foreach (var item in batch)
                {
                    yield return item;
                }
            }
        }
        finally
        {
            // A batch still loading when the build stops (failure, cancellation) is waited for, so that
            // nothing reads the folder once the build has returned.
            if (next is not null)
            {
                try
                {
                    next.Wait(CancellationToken.None);
                }
                catch (AggregateException) { }
            }
        }
    }

    private LoadedFile[] LoadBatch(
        ArticleFile[] files,
        int start,
        StrongBox<int> done,
        IProgress<IndexProgress>? progress,
        CancellationToken cancellationToken
    )
    {
        var count = Math.Min(BatchSize, files.Length - start);
        var results = new LoadedFile[count];
        Parallel.For(
            0,
            count,
            new ParallelOptions
            {
                CancellationToken = cancellationToken,
                MaxDegreeOfParallelism = Environment.ProcessorCount,
            },
            i =>
            {
                var file = files[start + i];
                var result = _reader.Load(file);
                var (analysis, failure) = result.Article is null
                    ? (null, null)
                    : Analyse(result.Article);
                var documents = analysis is null ? null : IndexDocuments.For(analysis).ToList();
                results[i] = new LoadedFile(
                    file,
                    result.Article,
                    result.Skipped ?? failure,
                    result.Hash,
                    analysis,
                    documents
                )
                {
                    Warning = Warning(file.RelativePath, result.Warning, analysis?.LeftOut),
                };
                progress?.Report(
                    new IndexProgress(
                        Interlocked.Increment(ref done.Value),
                        files.Length,
                        file.RelativePath
                    )
                );
            }
        );
        return results;
    }

    /// <summary>
    /// An article whose text trips the extractors is skipped with the reason, like any other bad file:
    /// one article never stops a refresh of all the others.
    /// </summary>
    private static (ArticleAnalysis? Analysis, SkippedFile? Failure) Analyse(Article article)
    {
        try
        {
            return (ArticleAnalysis.Of(article), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return (
                null,
                new SkippedFile(
                    article.File,
                    $"could not be analysed: {e.GetType().Name}: {e.Message}"
                )
            );
        }
    }

    /// <summary>What is worth knowing of a file that was indexed: read with replacements, or indexed without its figures.</summary>
    private static SkippedFile? Warning(string file, SkippedFile? reading, string? leftOut) =>
        leftOut is null ? reading
        : reading is null ? new SkippedFile(file, leftOut)
        : new SkippedFile(file, $"{reading.Reason}; {leftOut}");

    private static ManifestEntry Entry(LoadedFile item)
    {
        var analysis = item.Analysis!;
        var people = analysis
            .Quotes.Select(q => q.Speaker)
            .OfType<Quotes.Person>()
            .Distinct()
            .ToArray();
        return new ManifestEntry(
            item.File.RelativePath,
            item.File.Length,
            item.File.LastWriteUtc,
            item.Hash ?? "",
            analysis.Article.Headline,
            analysis.Article.Dateline,
            analysis.Passages.Count,
            analysis.Quotes.Count,
            analysis.Figures.Count,
            people
        );
    }

    internal static IndexReport Report(
        IndexManifest manifest,
        bool reused,
        int added,
        int changed,
        int removed,
        TimeSpan elapsed
    ) =>
        new(
            reused,
            added,
            changed,
            removed,
            manifest.Skipped,
            manifest.Files.Count,
            manifest.Passages,
            manifest.Quotes,
            manifest.Figures,
            elapsed
        )
        {
            Manifest = manifest,
        };

    private sealed record LoadedFile(
        ArticleFile File,
        Article? Article,
        SkippedFile? Skipped,
        string? Hash,
        ArticleAnalysis? Analysis,
        IReadOnlyList<Document>? Documents
    )
    {
        public SkippedFile? Warning { get; init; }
    }

    /// <summary>
    /// The new generation, opened on the first change only: it starts as a copy of the previous
    /// generation less the removed files. A file's old documents are deleted before its new ones are
    /// added (a delete applies only to documents added before it). Documents are analysed and added
    /// on every core (Lucene's writer takes concurrent adds), so the order of documents with equal
    /// scores is not fixed. Rolled back and removed on failure.
    /// </summary>
    private sealed class GenerationWriter(
        IndexLayout layout,
        string? previousGeneration,
        IReadOnlyList<string> removed
    ) : IDisposable
    {
        private readonly List<Task> _adds = [];
        private readonly SemaphoreSlim _slots = new(Environment.ProcessorCount);
        private string? _folder;
        private FSDirectory? _directory;
        private IndexWriter? _writer;

        public void Delete(string file) =>
            Writer().DeleteDocuments(new Term(IndexFields.File, file));

        /// <summary>Adds a file's documents on a worker; its old documents were deleted before this call.</summary>
        public void Add(IReadOnlyList<Document> documents)
        {
            var writer = Writer();
            _slots.Wait();
            // Finished adds are let go as the build goes (a failed one is kept for its exception), so
            // a build of any size holds only the adds still running.
            _adds.RemoveAll(add => add.IsCompletedSuccessfully);
            _adds.Add(
                Task.Run(() =>
                {
                    try
                    {
                        writer.AddDocuments(documents);
                    }
                    finally
                    {
                        _slots.Release();
                    }
                })
            );
        }

        /// <summary>Commits and closes the generation and returns its folder.</summary>
        public string Commit()
        {
            var writer = Writer();
            WaitForAdds();
            writer.Commit();
            writer.Dispose();
            _writer = null;
            return _folder!;
        }

        private void WaitForAdds()
        {
            try
            {
                Task.WaitAll(_adds);
            }
            catch (AggregateException e) when (e.InnerExceptions.Count > 0)
            {
                System
                    .Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0])
                    .Throw();
            }
        }

        public void Abandon()
        {
            try
            {
                try
                {
                    Task.WaitAll(_adds);
                }
                catch (AggregateException) { }
                _writer?.Rollback();
            }
            finally
            {
                _writer?.Dispose();
                _writer = null;
                _directory?.Dispose();
                _directory = null;
                if (_folder is not null)
                {
                    TryDelete(_folder);
                }
            }
        }

        public void Dispose()
        {
            _slots.Dispose();
            _writer?.Dispose();
            _directory?.Dispose();
        }

        private IndexWriter Writer()
        {
            if (_writer is not null)
            {
                return _writer;
            }
            _folder = layout.NewGeneration();
            _directory = new NIOFSDirectory(_folder);
            var config = new IndexWriterConfig(NewsAnalyzer.Version, FieldAnalyzers.Indexing)
            {
                OpenMode = OpenMode.CREATE,
                Similarity = new BM25Similarity(),
                RAMBufferSizeMB = 64,
            };
            _writer = new IndexWriter(_directory, config);
            if (previousGeneration is not null)
            {
                using var previous = new NIOFSDirectory(previousGeneration);
                _writer.AddIndexes(previous);
                foreach (var file in removed)
                {
                    _writer.DeleteDocuments(new Term(IndexFields.File, file));
                }
            }
            return _writer;
        }

        private static void TryDelete(string folder)
        {
            try
            {
                System.IO.Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
    }
}
