namespace NewsBot.Core.Meaning;

/// <summary>
/// The vectors of the sentences encoded last, so that a quote that is a candidate of many questions (the
/// same quote in several articles, a topic members keep asking about) is encoded once. Bounded both in
/// entries and in the memory its keys and vectors take; the sentence used least recently goes first.
/// Not thread-safe: its owner holds a lock.
/// </summary>
internal sealed class SentenceVectorCache(int maxEntries, long maxBytes)
{
    /// <summary>What one entry costs beyond its text and vector: the list node, the dictionary slot, headers.</summary>
    private const int EntryOverheadBytes = 128;

    private readonly Dictionary<
        string,
        LinkedListNode<(string Sentence, float[] Vector)>
    > _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Sentence, float[] Vector)> _recent = new();

    public int Count => _entries.Count;

    public long Bytes { get; private set; }

    public bool TryGet(string sentence, out float[] vector)
    {
        if (_entries.TryGetValue(sentence, out var node))
        {
            _recent.Remove(node);
            _recent.AddFirst(node);
            vector = node.Value.Vector;
            return true;
        }
        vector = [];
        return false;
    }

    public void Add(string sentence, float[] vector)
    {
        var size = SizeOf(sentence, vector);
        if (size > maxBytes || _entries.ContainsKey(sentence))
        {
            return;
        }
        _entries[sentence] = _recent.AddFirst((sentence, vector));
        Bytes += size;
        while (_entries.Count > maxEntries || Bytes > maxBytes)
        {
            var oldest = _recent.Last!;
            _recent.RemoveLast();
            _entries.Remove(oldest.Value.Sentence);
            Bytes -= SizeOf(oldest.Value.Sentence, oldest.Value.Vector);
        }
    }

    private static long SizeOf(string sentence, float[] vector) =>
        (sentence.Length * sizeof(char)) + (vector.Length * sizeof(float)) + EntryOverheadBytes;
}
