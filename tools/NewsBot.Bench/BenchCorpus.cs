namespace NewsBot.Bench;

/// <summary>A quote a generated article holds, with the person it is attributed to (null where the generator does not know).</summary>
public sealed record SyntheticQuote(string Text, string? Speaker);

/// <summary>A figure a generated article holds: what it counts ("Russian soldiers killed in action") and its month, if any.</summary>
public sealed record SyntheticFigure(string Measure, string? Month);

/// <summary>One generated article: its file name, its bytes and what it is known to hold.</summary>
public sealed record SyntheticArticle(
    string FileName,
    byte[] Bytes,
    IReadOnlyList<SyntheticQuote> Quotes,
    IReadOnlyList<SyntheticFigure> Figures,
    IReadOnlyList<string> Passages
);

/// <summary>What a written corpus holds: its size, and a fixed-size sample of its quotes, figures and passages.</summary>
public sealed record CorpusSample(
    int Articles,
    long Bytes,
    IReadOnlyList<SyntheticQuote> Quotes,
    IReadOnlyList<SyntheticFigure> Figures,
    IReadOnlyList<string> Passages
);

/// <summary>
/// Writes benchmark articles one at a time. Article <c>i</c> depends only on the seed and <c>i</c>:
/// the same seed gives the same bytes, and a corpus of 1,000 is the first 1,000 articles of a corpus
/// of 10,000.
/// </summary>
/// <summary>The corpora the benchmark can generate.</summary>
public static class BenchCorpus
{
    /// <summary>Paragraphs of real articles (<see cref="RealArticleCorpus"/>).</summary>
    public const string Real = "real";

    /// <summary>The bundled seeds' paragraphs with invented people and figures (<see cref="SyntheticCorpus"/>).</summary>
    public const string Seeds = "seeds";

    /// <summary>Where the real articles are looked for when <c>--source</c> is not given: beside the repository.</summary>
    public const string DefaultSource = "../shared/corpus/wikinews-2019-2020";

    public static ICorpusGenerator Create(string corpus, string seeds, string source, int seed) =>
        corpus == Real ? new RealArticleCorpus(source, seed) : new SyntheticCorpus(seeds, seed);
}

public interface ICorpusGenerator
{
    int Seed { get; }

    /// <summary>Article number <paramref name="index"/> of this corpus.</summary>
    SyntheticArticle Article(int index);
}

public static class CorpusWriter
{
    /// <summary>Writes articles 0 … count−1 into <paramref name="folder"/> and samples what they hold.</summary>
    public static CorpusSample Write(
        this ICorpusGenerator corpus,
        string folder,
        int count,
        int sampleSize = 4000,
        IProgress<int>? progress = null
    )
    {
        Directory.CreateDirectory(folder);
        var quotes = new Reservoir<SyntheticQuote>(
            sampleSize,
            DeterministicRandom.For(corpus.Seed, 0, stream: 101)
        );
        var figures = new Reservoir<SyntheticFigure>(
            sampleSize,
            DeterministicRandom.For(corpus.Seed, 0, stream: 102)
        );
        var passages = new Reservoir<string>(
            sampleSize,
            DeterministicRandom.For(corpus.Seed, 0, stream: 103)
        );
        long bytes = 0;
        for (var i = 0; i < count; i++)
        {
            var article = corpus.Article(i);
            File.WriteAllBytes(Path.Combine(folder, article.FileName), article.Bytes);
            bytes += article.Bytes.Length;
            quotes.AddRange(article.Quotes);
            figures.AddRange(article.Figures);
            passages.AddRange(article.Passages);
            if ((i + 1) % 1000 == 0)
            {
                progress?.Report(i + 1);
            }
        }
        return new CorpusSample(count, bytes, quotes.Items, figures.Items, passages.Items);
    }

    /// <summary>Keeps a uniform sample of at most <c>capacity</c> items of a stream of unknown length.</summary>
    private sealed class Reservoir<T>(int capacity, DeterministicRandom random)
    {
        private readonly List<T> _items = [];
        private long _seen;

        public IReadOnlyList<T> Items => _items;

        public void AddRange(IEnumerable<T> items)
        {
            foreach (var item in items)
            {
                _seen++;
                if (_items.Count < capacity)
                {
                    _items.Add(item);
                }
                else if ((long)(random.NextDouble() * _seen) is var slot && slot < capacity)
                {
                    _items[(int)slot] = item;
                }
            }
        }
    }
}
