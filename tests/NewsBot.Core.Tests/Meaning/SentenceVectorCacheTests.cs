using NewsBot.Core.Meaning;

namespace NewsBot.Core.Tests.Meaning;

public sealed class SentenceVectorCacheTests
{
    [Fact]
    public void Forgets_the_sentence_used_least_recently_once_it_holds_its_number_of_entries()
    {
        var cache = new SentenceVectorCache(maxEntries: 2, maxBytes: 1_000_000);
        cache.Add("first", [1f]);
        cache.Add("second", [2f]);
        Assert.True(cache.TryGet("first", out _));

        cache.Add("third", [3f]);

        Assert.Equal(2, cache.Count);
        Assert.True(cache.TryGet("first", out var first));
        Assert.Equal([1f], first);
        Assert.False(cache.TryGet("second", out _));
        Assert.True(cache.TryGet("third", out _));
    }

    [Fact]
    public void Keeps_its_keys_and_vectors_within_its_bytes()
    {
        var vector = new float[384];
        var cache = new SentenceVectorCache(maxEntries: 1000, maxBytes: 4 * 2000);

        for (var i = 0; i < 100; i++)
        {
            cache.Add($"quote number {i}", vector);
        }

        Assert.InRange(cache.Bytes, 1, 4 * 2000);
        Assert.Equal(4, cache.Count);
        Assert.True(cache.TryGet("quote number 99", out _));
        Assert.False(cache.TryGet("quote number 0", out _));
    }

    [Fact]
    public void Does_not_keep_a_sentence_larger_than_all_it_may_hold()
    {
        var cache = new SentenceVectorCache(maxEntries: 10, maxBytes: 1000);
        cache.Add("short", [1f]);

        cache.Add(new string('x', 2000), [2f]);

        Assert.Equal(1, cache.Count);
        Assert.True(cache.TryGet("short", out _));
    }
}
