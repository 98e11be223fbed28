using System.Diagnostics;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using NewsBot.Core.Articles;
using NewsBot.Core.Figures;
using NewsBot.Core.Indexing;
using NewsBot.Core.Quotes;
using NewsBot.Core.Text;

namespace NewsBot.Core.Benchmarks;

/// <summary>
/// Where the time of indexing one article goes, in milliseconds per article on one thread: NewsBot's
/// stages one after the other over the same articles, and the bare Lucene.Net baseline's whole work
/// (read, analyse, write one document) beside them.
/// </summary>
public sealed record StageCosts(
    int Articles,
    double ReadAndParseMs,
    double SentencesMs,
    double QuotesMs,
    double FiguresMs,
    double DocumentsMs,
    double LuceneWriteMs,
    int DocumentsPerArticle,
    double BaselineMs
)
{
    public double TotalMs =>
        ReadAndParseMs + SentencesMs + QuotesMs + FiguresMs + DocumentsMs + LuceneWriteMs;
}

/// <summary>Measures <see cref="StageCosts"/> on a sample of an articles folder, each stage warmed up first.</summary>
public static class PipelineStages
{
    public static StageCosts Measure(
        string articlesFolder,
        int sample,
        CancellationToken cancellationToken = default
    )
    {
        var reader = new ArticleFolderReader(articlesFolder);
        var files = reader
            .List()
            .OrderBy(f => f.RelativePath, StringComparer.Ordinal)
            .Take(sample)
            .ToArray();
        // The first pass compiles and warms every stage; the second is the one reported.
        Run(reader, files.Take(Math.Min(200, files.Length)).ToArray(), cancellationToken);
        return Run(reader, files, cancellationToken);
    }

    private static StageCosts Run(
        ArticleFolderReader reader,
        ArticleFile[] files,
        CancellationToken cancellationToken
    )
    {
        var n = Math.Max(1, files.Length);
        var clock = Stopwatch.StartNew();
        var articles = files.Select(f => reader.Load(f).Article).OfType<Article>().ToArray();
        var read = Lap(clock);
        var texts = articles.Select(a => new ArticleText(a)).ToArray();
        foreach (var text in texts)
        {
            foreach (var view in text.Views)
            {
                _ = view.SplitSentences;
            }
        }
        var sentences = Lap(clock);
        var attributions = texts.Select(t => new QuoteExtractor().Read(t)).ToArray();
        var quotes = Lap(clock);
        for (var i = 0; i < texts.Length; i++)
        {
            new FigureExtractor().Extract(texts[i], attributions[i]);
        }
        var figures = Lap(clock);
        // The analysis is repeated untimed: its cost is the three stages above.
        var analyses = articles.Select(ArticleAnalysis.Of).ToArray();
        clock.Restart();
        var documents = analyses.Select(a => IndexDocuments.For(a).ToList()).ToArray();
        var building = Lap(clock);
        cancellationToken.ThrowIfCancellationRequested();
        var writing = Write(documents);
        var baseline = Baseline(files.Select(f => f.FullPath).ToArray());
        return new StageCosts(
            files.Length,
            Round(read / n),
            Round(sentences / n),
            Round(quotes / n),
            Round(figures / n),
            Round(building / n),
            Round(writing / n),
            (int)Math.Round(documents.Sum(d => d.Count) / (double)n),
            Round(baseline / n)
        );
    }

    private static double Write(IEnumerable<List<Document>> documents)
    {
        var clock = Stopwatch.StartNew();
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, WriterConfig(FieldAnalyzers.Indexing)))
        {
            foreach (var article in documents)
            {
                writer.AddDocuments(article);
            }
            writer.Commit();
        }
        return clock.Elapsed.TotalMilliseconds;
    }

    private static double Baseline(IReadOnlyList<string> files)
    {
        var clock = Stopwatch.StartNew();
        using var directory = new RAMDirectory();
        using var analyzer = new StandardAnalyzer(NewsAnalyzer.Version);
        using (var writer = new IndexWriter(directory, WriterConfig(analyzer)))
        {
            foreach (var file in files)
            {
                writer.AddDocument(BareLuceneBaseline.Document(file, File.ReadAllText(file)));
            }
            writer.Commit();
        }
        return clock.Elapsed.TotalMilliseconds;
    }

    private static IndexWriterConfig WriterConfig(Lucene.Net.Analysis.Analyzer analyzer) =>
        new(NewsAnalyzer.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 64,
        };

    private static double Lap(Stopwatch clock)
    {
        var elapsed = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        return elapsed;
    }

    private static double Round(double value) => Math.Round(value, 3);
}
