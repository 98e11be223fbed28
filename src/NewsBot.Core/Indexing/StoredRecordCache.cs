namespace NewsBot.Core.Indexing;

/// <summary>
/// The records of one index generation read last, by document number, so that a figure that is a candidate of many
/// questions (both sides of a /compare, a topic members keep asking about) is read from the index and deserialised
/// once, and is the same object each time, so that what the ranker derives from it can be kept with it. A generation
/// never changes, so its document numbers and records hold until it is closed; a refresh opens a new generation with
/// a cache of its own. Bounded in entries; the record used least recently goes first. Thread-safe: questions run on
/// several threads.
/// </summary>
internal sealed class StoredRecordCache<T>(int maxEntries)
    where T : class
{
    private readonly Dictionary<int, LinkedListNode<(int Document, T Record)>> _entries = [];
    private readonly LinkedList<(int Document, T Record)> _recent = new();
    private readonly Lock _gate = new();
    private long _reads;

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>How many records were read from the index, those found here left out.</summary>
    public long Reads => Interlocked.Read(ref _reads);

    /// <summary>The record of <paramref name="document"/>: kept, or read with <paramref name="read"/> and kept.</summary>
    public T? GetOrRead(int document, Func<int, T?> read)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(document, out var node))
            {
                _recent.Remove(node);
                _recent.AddFirst(node);
                return node.Value.Record;
            }
        }
        // Read outside the lock: another question may read the same document meanwhile, and the first kept wins.
        var record = read(document);
        Interlocked.Increment(ref _reads);
        if (record is null)
        {
            return null;
        }
        lock (_gate)
        {
            if (_entries.TryGetValue(document, out var kept))
            {
                return kept.Value.Record;
            }
            _entries[document] = _recent.AddFirst((document, record));
            while (_entries.Count > maxEntries)
            {
                var oldest = _recent.Last!;
                _recent.RemoveLast();
                _entries.Remove(oldest.Value.Document);
            }
            return record;
        }
    }
}
