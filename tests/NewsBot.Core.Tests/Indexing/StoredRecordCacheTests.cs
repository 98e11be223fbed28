using NewsBot.Core.Indexing;

namespace NewsBot.Core.Tests.Indexing;

public sealed class StoredRecordCacheTests
{
    [Fact]
    public void Reads_a_document_once_and_gives_the_same_record_again()
    {
        var cache = new StoredRecordCache<string>(maxEntries: 4);
        var reads = 0;
        string Read(int document)
        {
            reads++;
            return $"record {document}";
        }

        var first = cache.GetOrRead(7, Read);
        var again = cache.GetOrRead(7, Read);

        Assert.Same(first, again);
        Assert.Equal(1, reads);
        Assert.Equal(1, cache.Reads);
    }

    [Fact]
    public void Forgets_the_record_used_least_recently_once_it_holds_its_number_of_entries()
    {
        var cache = new StoredRecordCache<string>(maxEntries: 2);
        cache.GetOrRead(1, d => $"record {d}");
        cache.GetOrRead(2, d => $"record {d}");
        cache.GetOrRead(1, d => $"record {d}");

        cache.GetOrRead(3, d => $"record {d}");

        Assert.Equal(2, cache.Count);
        var reads = 0;
        cache.GetOrRead(1, d => $"record {d} read {++reads}");
        Assert.Equal(0, reads);
        Assert.Equal("record 2 read 1", cache.GetOrRead(2, d => $"record {d} read {++reads}"));
    }

    [Fact]
    public void Does_not_keep_a_document_without_a_record()
    {
        var cache = new StoredRecordCache<string>(maxEntries: 2);

        Assert.Null(cache.GetOrRead(5, _ => null));

        Assert.Equal(0, cache.Count);
        Assert.Equal("found later", cache.GetOrRead(5, _ => "found later"));
    }
}
