using System.Diagnostics;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using NewsBot.Core.Text;

namespace NewsBot.Core.Benchmarks;

/// <summary>What the bare Lucene.Net baseline indexed, and how long it took.</summary>
public sealed record BaselineBuild(int Documents, long Bytes, TimeSpan Elapsed);

/// <summary>
/// The yardstick of the indexing benchmark: what a plain Lucene.Net program does with the same files —
/// read each file, one document per article, <c>StandardAnalyzer</c>, one thread — with the writer
/// settings NewsBot uses (<c>RAMBufferSizeMB</c> 64, <c>OpenMode.CREATE</c>, BM25). Lucene types stay
/// in Core, so the host measures it through paths and counts only.
/// </summary>
public static class BareLuceneBaseline
{
    public static BaselineBuild Build(
        IReadOnlyList<string> files,
        string indexFolder,
        CancellationToken cancellationToken = default
    )
    {
        var clock = Stopwatch.StartNew();
        long bytes = 0;
        System.IO.Directory.CreateDirectory(indexFolder);
        using var directory = new NIOFSDirectory(indexFolder);
        using var analyzer = new StandardAnalyzer(NewsAnalyzer.Version);
        var config = new IndexWriterConfig(NewsAnalyzer.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 64,
        };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var file in files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var text = File.ReadAllText(file);
                bytes += new FileInfo(file).Length;
                writer.AddDocument(Document(file, text));
            }
            writer.Commit();
        }
        return new BaselineBuild(files.Count, bytes, clock.Elapsed);
    }

    /// <summary>The baseline's document of one article: its file name and its whole text.</summary>
    internal static Document Document(string file, string text) =>
        new()
        {
            new StringField(PathField, Path.GetFileName(file), Field.Store.YES),
            new TextField(BodyField, text, Field.Store.YES),
        };

    /// <summary>
    /// The time of each question asked of the baseline index the way a plain Lucene.Net program would:
    /// its words through <c>StandardAnalyzer</c> as optional terms, BM25, the best 10 with their stored
    /// file names. The floor under NewsBot's /search on the same corpus.
    /// </summary>
    public static IReadOnlyList<double> Search(
        string indexFolder,
        IReadOnlyList<string> questions,
        int warmup,
        CancellationToken cancellationToken = default
    )
    {
        using var directory = new NIOFSDirectory(indexFolder);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        using var analyzer = new StandardAnalyzer(NewsAnalyzer.Version);
        var paths = new HashSet<string>(StringComparer.Ordinal) { PathField };
        for (var i = 0; i < Math.Min(warmup, questions.Count); i++)
        {
            Ask(searcher, analyzer, paths, questions[i]);
        }
        var timings = new double[questions.Count];
        for (var i = 0; i < questions.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var start = Stopwatch.GetTimestamp();
            Ask(searcher, analyzer, paths, questions[i]);
            timings[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        return timings;
    }

    private static int Ask(
        IndexSearcher searcher,
        StandardAnalyzer analyzer,
        ISet<string> paths,
        string question
    )
    {
        var query = new BooleanQuery();
        using (var stream = analyzer.GetTokenStream(BodyField, question))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                query.Add(new TermQuery(new Term(BodyField, term.ToString())), Occur.SHOULD);
            }
            stream.End();
        }
        if (query.Clauses.Count == 0)
        {
            return 0;
        }
        var found = 0;
        foreach (var hit in searcher.Search(query, 10).ScoreDocs)
        {
            found += searcher.Doc(hit.Doc, paths).Get(PathField) is null ? 0 : 1;
        }
        return found;
    }

    private const string PathField = "path";
    private const string BodyField = "body";
}
