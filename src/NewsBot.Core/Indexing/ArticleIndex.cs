using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using NewsBot.Core.Quotes;

namespace NewsBot.Core.Indexing;

/// <summary>
/// One published index generation opened for searching. Reference-counted: a refresh swaps in a new
/// generation while queries that already hold this one finish on it; it closes when the last lets go.
/// </summary>
internal sealed class ArticleIndex
{
    private readonly FSDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly ConcurrentDictionary<string, Filter> _kindFilters = new(
        StringComparer.Ordinal
    );
    private int _references = 1;

    private static readonly ISet<string> PayloadOnly = new HashSet<string>(StringComparer.Ordinal)
    {
        IndexFields.Payload,
    };

    private ArticleIndex(string generation, IndexManifest manifest)
    {
        Generation = generation;
        Manifest = manifest;
        _directory = FSDirectory.Open(generation);
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
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new NewsBotException(
                $"Failed to open the index at '{generation}': {e.Message}",
                e
            );
        }
    }

    /// <summary>The best documents of one kind for a query, with their stored records.</summary>
    public IReadOnlyList<IndexHit<T>> Search<T>(
        string kind,
        Query query,
        int count,
        JsonTypeInfo<T> type
    )
    {
        // The kind is a filter, not a clause with boost 0: the scores are the same (BM25 has no coord
        // and adds nothing for a zero-boost clause), but the query no longer walks the kind's postings
        // (every passage) beside its own; it checks a cached bit set instead.
        var filter = _kindFilters.GetOrAdd(kind, k => new KindFilter(k));
        var top = _searcher.Search(query, filter, count);
        var hits = new List<IndexHit<T>>(top.ScoreDocs.Length);
        foreach (var scoreDoc in top.ScoreDocs)
        {
            var payload = _searcher.Doc(scoreDoc.Doc, PayloadOnly).Get(IndexFields.Payload);
            if (payload is not null && JsonSerializer.Deserialize(payload, type) is { } record)
            {
                hits.Add(new IndexHit<T>(record, scoreDoc.Score));
            }
        }
        return hits;
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

/// <summary>
/// The documents of one kind, as a bit set per segment computed once: a filter with random access,
/// which Lucene applies while it walks the query's own postings.
/// </summary>
internal sealed class KindFilter(string kind)
    : CachingWrapperFilter(new QueryWrapperFilter(new TermQuery(new Term(IndexFields.Kind, kind))))
{
    protected override DocIdSet CacheImpl(DocIdSetIterator iterator, AtomicReader reader)
    {
        var bits = new FixedBitSet(reader.MaxDoc);
        bits.Or(iterator);
        return bits;
    }
}

/// <summary>A stored record found by a query, with its BM25 score.</summary>
internal sealed record IndexHit<T>(T Record, float Score);
