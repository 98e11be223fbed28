using System.Collections.Concurrent;
using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using NewsBot.Core.Articles;

namespace NewsBot.Core.Indexing;

/// <summary>
/// Builds a new index generation from the articles folder. Unchanged files (same size and time, or
/// the same hash) are carried over from the previous generation without being read again; changed
/// and new files are read, analysed and indexed in parallel. Nothing is published unless the whole
/// build succeeds, so the previous generation keeps answering through failures and kills.
/// </summary>
internal sealed class IndexBuilder(IndexOptions options, IndexLayout layout)
{
    private readonly ArticleFolderReader _reader = new(options.ArticlesPath, options.MaxFileBytes);

    public IndexReport Build(
        IndexManifest? previous,
        string? previousGeneration,
        bool full,
        IProgress<IndexProgress>? progress,
        CancellationToken cancellationToken
    )
    {
        var clock = Stopwatch.StartNew();
        var files = _reader.List();
        var plan = IndexPlan.Make(files, full ? null : previous);

        if (previous is not null && previousGeneration is not null && !full && plan.IsEmpty)
        {
            return Report(previous, reused: true, 0, 0, 0, clock.Elapsed);
        }

        var loaded = LoadAll(plan.ToRead, progress, cancellationToken);
        var unchangedByHash = loaded
            .Where(l => l.Article is not null && plan.Previous.TryGetValue(l.File.RelativePath, out var p) && p.Hash == l.Hash)
            .Select(l => l.File.RelativePath)
            .ToHashSet(StringComparer.Ordinal);
        var skipped = loaded.Where(l => l.Skipped is not null).Select(l => l.Skipped!).ToList();
        var previouslySkipped = (previous?.Skipped ?? []).Select(s => s.File).ToHashSet(StringComparer.Ordinal);
        var analysed = loaded.Where(l => l.Analysis is not null && !unchangedByHash.Contains(l.File.RelativePath)).ToList();

        var removed = plan.Removed.Concat(skipped.Select(s => s.File).Where(plan.Previous.ContainsKey)).ToHashSet(StringComparer.Ordinal);
        var nothingChanged =
            analysed.Count == 0
            && removed.Count == 0
            && skipped.All(s => previouslySkipped.Contains(s.File))
            && previous is not null
            && previousGeneration is not null
            && !full;
        if (nothingChanged)
        {
            return Report(previous!, reused: true, 0, 0, 0, clock.Elapsed);
        }

        var entries = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (plan.Previous.TryGetValue(file.RelativePath, out var old) && !removed.Contains(file.RelativePath) && !full)
            {
                entries[file.RelativePath] = old with { Length = file.Length, LastWriteUtc = file.LastWriteUtc };
            }
        }
        foreach (var item in analysed)
        {
            entries[item.File.RelativePath] = Entry(item);
        }
        var replaced = analysed.Select(a => a.File.RelativePath).Where(plan.Previous.ContainsKey).ToList();

        var generation = layout.NewGeneration();
        try
        {
            WriteGeneration(generation, full ? null : previousGeneration, removed.Concat(replaced), analysed);
            var manifest = new IndexManifest(
                IndexManifest.CurrentFormat,
                DateTimeOffset.UtcNow,
                files.Where(f => entries.ContainsKey(f.RelativePath)).Select(f => entries[f.RelativePath]).ToArray(),
                skipped
            );
            cancellationToken.ThrowIfCancellationRequested();
            layout.Publish(generation, manifest);
            var added = analysed.Count - replaced.Count;
            return Report(manifest, reused: false, added, replaced.Count, plan.Removed.Count, clock.Elapsed) with
            {
                Warnings = loaded.Select(l => l.Warning).OfType<SkippedFile>().ToArray(),
            };
        }
        catch
        {
            TryDelete(generation);
            throw;
        }
    }

    private List<LoadedFile> LoadAll(
        IReadOnlyList<ArticleFile> files,
        IProgress<IndexProgress>? progress,
        CancellationToken cancellationToken
    )
    {
        var results = new ConcurrentBag<LoadedFile>();
        var done = 0;
        progress?.Report(new IndexProgress(0, files.Count, null));
        Parallel.ForEach(
            files,
            new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount },
            file =>
            {
                var result = _reader.Load(file);
                var analysis = result.Article is null ? null : AnalyseWithContext(result.Article);
                results.Add(new LoadedFile(file, result.Article, result.Skipped, result.Hash, analysis) { Warning = result.Warning });
                progress?.Report(new IndexProgress(Interlocked.Increment(ref done), files.Count, file.RelativePath));
            }
        );
        return results.OrderBy(r => r.File.RelativePath, StringComparer.Ordinal).ToList();
    }

    private static ArticleAnalysis AnalyseWithContext(Article article)
    {
        try
        {
            return ArticleAnalysis.Of(article);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new NewsBotException($"Failed to analyse '{article.File}': {e.Message}", e);
        }
    }

    private static void WriteGeneration(
        string generation,
        string? previousGeneration,
        IEnumerable<string> filesToDelete,
        IReadOnlyList<LoadedFile> analysed
    )
    {
        using var directory = FSDirectory.Open(generation);
        var config = new IndexWriterConfig(NewsAnalyzer.Version, FieldAnalyzers.Indexing)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 64,
        };
        var writer = new IndexWriter(directory, config);
        try
        {
            if (previousGeneration is not null)
            {
                using var previous = FSDirectory.Open(previousGeneration);
                writer.AddIndexes(previous);
                foreach (var file in filesToDelete)
                {
                    writer.DeleteDocuments(new Term(IndexFields.File, file));
                }
            }
            foreach (var item in analysed)
            {
                writer.AddDocuments(IndexDocuments.For(item.Analysis!));
            }
            writer.Commit();
        }
        catch
        {
            writer.Rollback();
            throw;
        }
        finally
        {
            writer.Dispose();
        }
    }

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

    private static IndexReport Report(IndexManifest manifest, bool reused, int added, int changed, int removed, TimeSpan elapsed) =>
        new(reused, added, changed, removed, manifest.Skipped, manifest.Files.Count, manifest.Passages, manifest.Quotes, manifest.Figures, elapsed);

    private static void TryDelete(string folder)
    {
        try
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }

    private sealed record LoadedFile(ArticleFile File, Article? Article, SkippedFile? Skipped, string? Hash, ArticleAnalysis? Analysis)
    {
        public SkippedFile? Warning { get; init; }
    }
}
