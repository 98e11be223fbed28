using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using NewsBot.Core.Figures;
using NewsBot.Core.Quotes;

namespace NewsBot.Core.Indexing;

/// <summary>
/// One published index generation opened for searching. Reference-counted: a refresh swaps in a new
/// generation while queries that already hold this one finish on it; it closes when the last lets go.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage(
    "Design",
    "CA1001",
    Justification = "Closed by its last Release, not by Dispose: a refresh must not close a generation queries still read."
)]
internal sealed class ArticleIndex
{
    private readonly FSDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private int _references = 1;

    /// <summary>How many first-pass candidates a boost re-ranks.</summary>
    private const int FirstPass = 200;

    /// <summary>
    /// Figures kept read: a /figure question reads 100 candidates, so this holds those of the last questions; a figure
    /// and what the ranker derives from it take a few kilobytes (docs/BENCHMARKS.md, "Where a figure question spends
    /// its CPU").
    /// </summary>
    internal const int CachedFigures = 8192;

    private readonly StoredRecordCache<Figure> _figures = new(CachedFigures);

    private static readonly ISet<string> PayloadOnly = new HashSet<string>(StringComparer.Ordinal)
    {
        IndexFields.Payload,
    };

    private ArticleIndex(string generation, IndexManifest manifest)
    {
        Generation = generation;
        Manifest = manifest;
        _directory = new NIOFSDirectory(generation);
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        _people = new Lazy<PersonDirectory>(() =>
            PersonDirectory.Build(manifest.Files.SelectMany(f => f.People))
        );
        _spellings = new Lazy<ILookup<string, string>>(() =>
            manifest
                .Files.SelectMany(f => f.People)
                .Select(p => p.Name)
                .Distinct(StringComparer.Ordinal)
                .ToLookup(name => People.KeyOf(new Person(name, null)), StringComparer.Ordinal)
        );
    }

    private readonly Lazy<PersonDirectory> _people;

    /// <summary>Every spelling in the articles, by the key of the person it names: built once, not per query.</summary>
    private readonly Lazy<ILookup<string, string>> _spellings;

    /// <summary>Everyone quoted in the indexed articles, as one identity per person across articles.</summary>
    public PersonDirectory People => _people.Value;

    /// <summary>Every spelling of a person's name that the articles use, for finding all their quotes.</summary>
    public IReadOnlyList<string> NamesOf(Person person) =>
        _spellings
            .Value[People.KeyOf(person)]
            .Append(person.Name)
            .Distinct(StringComparer.Ordinal)
            .ToArray();

    public string Generation { get; }

    public IndexManifest Manifest { get; }

    public static ArticleIndex Open(string generation, IndexManifest manifest)
    {
        try
        {
            return new ArticleIndex(generation, manifest);
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
        {
            // A damaged file fails in whatever way Lucene's reading of it runs into: not only
            // CorruptIndexException but end of file, a missing sub-file, an index out of range.
            throw new NewsBotException(
                $"Failed to open the index at '{generation}': {e.Message}",
                e
            );
        }
    }

    /// <summary>
    /// Whether a failure to <see cref="Open"/> means the generation's files are damaged (and a rebuild
    /// mends it), not that they cannot be reached (permissions, a folder gone).
    /// </summary>
    public static bool IsDamaged(NewsBotException failure) =>
        failure.InnerException
            is not null
                and not (UnauthorizedAccessException or DirectoryNotFoundException);

    /// <summary>The best documents for a query, with their stored records.</summary>
    public IReadOnlyList<IndexHit<T>> Search<T>(Query query, int count, JsonTypeInfo<T> type) =>
        Load(_searcher.Search(query, count).ScoreDocs, type);

    /// <summary>
    /// The best documents for a two-pass query: the first pass ranks the candidates, the boost
    /// re-ranks the best <see cref="FirstPass"/> of them (or <paramref name="count"/> if more).
    /// </summary>
    public IReadOnlyList<IndexHit<T>> Search<T>(RankedQuery query, int count, JsonTypeInfo<T> type)
    {
        if (query.Boost is null)
        {
            return Load(Candidates(query.Words, count), type);
        }
        var first = Candidates(query.Words, Math.Max(count, FirstPass));
        return Load(Boosted(first, query.Boost, count), type);
    }

    /// <summary>
    /// The documents holding every word of the question when there are any, else those holding any
    /// word. Both rank by the same BM25 sum, and the ones holding every word are the ones the answers
    /// want; but the conjunction walks the postings of its rarest word only, where the disjunction
    /// scores every document holding a common word, most of the time of a question in a large index.
    /// </summary>
    private ScoreDoc[] Candidates(QuestionWords words, int count)
    {
        if (words.All(_reader) is { } all)
        {
            var every = _searcher.Search(all, count);
            if (every.TotalHits > 0)
            {
                return every.ScoreDocs;
            }
        }
        return _searcher.Search(words.Any(), count).ScoreDocs;
    }

    /// <summary>
    /// The hits with the boost query's score added where it matches, best first (ties by document),
    /// the first <paramref name="count"/>. Lucene.Net's QueryRescorer does the same but fails on a
    /// segment where the boost matches nothing.
    /// </summary>
    private ScoreDoc[] Boosted(ScoreDoc[] hits, Query boost, int count)
    {
        var weight = _searcher.CreateNormalizedWeight(boost);
        var leaves = _reader.Leaves;
        var byDocument = hits.Select(h => new ScoreDoc(h.Doc, h.Score))
            .OrderBy(h => h.Doc)
            .ToArray();
        var leaf = -1;
        Scorer? scorer = null;
        var leafEnd = 0;
        foreach (var hit in byDocument)
        {
            while (hit.Doc >= leafEnd)
            {
                leaf++;
                leafEnd = leaves[leaf].DocBase + leaves[leaf].Reader.MaxDoc;
                scorer = weight.GetScorer(leaves[leaf], leaves[leaf].AtomicReader.LiveDocs);
            }
            var target = hit.Doc - leaves[leaf].DocBase;
            if (scorer is not null && scorer.DocID < target)
            {
                scorer.Advance(target);
            }
            if (scorer is not null && scorer.DocID == target)
            {
                hit.Score += scorer.GetScore();
            }
        }
        return byDocument.OrderByDescending(h => h.Score).ThenBy(h => h.Doc).Take(count).ToArray();
    }

    /// <summary>
    /// The best figures for a query, with their records: those read for an earlier question of this generation are
    /// not read again, and are the same objects as then.
    /// </summary>
    public IReadOnlyList<IndexHit<Figure>> SearchFigures(Query query, int count)
    {
        var top = _searcher.Search(query, count).ScoreDocs;
        var hits = new List<IndexHit<Figure>>(top.Length);
        foreach (var scoreDoc in top)
        {
            if (_figures.GetOrRead(scoreDoc.Doc, ReadFigure) is { } figure)
            {
                hits.Add(new IndexHit<Figure>(figure, scoreDoc.Score));
            }
        }
        return hits;
    }

    /// <summary>How many figure records this generation has read from its files.</summary>
    public long FigureReads => _figures.Reads;

    private Figure? ReadFigure(int document) => Read(document, IndexJsonContext.Default.Figure);

    private List<IndexHit<T>> Load<T>(ScoreDoc[] top, JsonTypeInfo<T> type)
    {
        var hits = new List<IndexHit<T>>(top.Length);
        foreach (var scoreDoc in top)
        {
            if (Read(scoreDoc.Doc, type) is { } record)
            {
                hits.Add(new IndexHit<T>(record, scoreDoc.Score));
            }
        }
        return hits;
    }

    private T? Read<T>(int document, JsonTypeInfo<T> type)
    {
        var payload = _searcher.Doc(document, PayloadOnly).GetBinaryValue(IndexFields.Payload);
        return payload is null
            ? default
            : JsonSerializer.Deserialize(
                payload.Bytes.AsSpan(payload.Offset, payload.Length),
                type
            );
    }

    public bool TryAcquire()
    {
        while (true)
        {
            var current = Volatile.Read(ref _references);
            if (current <= 0)
            {
                return false;
            }
            if (Interlocked.CompareExchange(ref _references, current + 1, current) == current)
            {
                return true;
            }
        }
    }

    public void Release()
    {
        if (Interlocked.Decrement(ref _references) == 0)
        {
            _reader.Dispose();
            _directory.Dispose();
        }
    }
}

/// <summary>A stored record found by a query, with its BM25 score.</summary>
internal sealed record IndexHit<T>(T Record, float Score);
