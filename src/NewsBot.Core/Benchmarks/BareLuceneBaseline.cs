using System.Diagnostics;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using NewsBot.Core.Indexing;

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
        using var directory = FSDirectory.Open(indexFolder);
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
                writer.AddDocument(
                    new Document
                    {
                        new StringField("path", Path.GetFileName(file), Field.Store.YES),
                        new TextField("body", text, Field.Store.YES),
                    }
                );
            }
            writer.Commit();
        }
        return new BaselineBuild(files.Count, bytes, clock.Elapsed);
    }
}
