using NewsBot.Core.Articles;
using NewsBot.Core.Indexing;
using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Indexing;

public sealed class ManifestFileTests
{
    private static IndexManifest Sample() =>
        new(
            IndexManifest.CurrentFormat,
            new DateTimeOffset(2026, 11, 23, 18, 0, 0, TimeSpan.Zero),
            [
                new ManifestEntry(
                    "sub/001.txt",
                    3556,
                    new DateTime(2026, 11, 23, 17, 59, 1, DateTimeKind.Utc).AddTicks(1234),
                    "2a0ce628",
                    "Russia\u2019s War a \u2018Strategic Failure\u2019",
                    null,
                    20,
                    14,
                    8,
                    [
                        new Person("Radosław Sikorski", "Polish Foreign Minister"),
                        new Person("Faris Jensen", null),
                    ]
                ),
                new ManifestEntry(
                    "002.txt",
                    10,
                    DateTime.UnixEpoch,
                    "ff",
                    null,
                    "KYIV (AP)",
                    1,
                    0,
                    0,
                    []
                ),
            ],
            [new SkippedFile("bad.txt", "is empty")]
        );

    private static byte[] Written(IndexManifest manifest)
    {
        using var stream = new MemoryStream();
        ManifestFile.Write(stream, manifest);
        return stream.ToArray();
    }

    [Fact]
    public void Reads_back_every_file_person_and_skipped_file_it_wrote()
    {
        var manifest = Sample();

        var read = ManifestFile.Read(Written(manifest))!;

        Assert.Equal(manifest.BuiltAt, read.BuiltAt);
        Assert.Equal(manifest.Files.Count, read.Files.Count);
        for (var i = 0; i < manifest.Files.Count; i++)
        {
            Assert.Equal(
                manifest.Files[i] with
                {
                    People = [],
                },
                read.Files[i] with
                {
                    People = [],
                }
            );
            Assert.Equal(manifest.Files[i].People, read.Files[i].People);
            Assert.Equal(DateTimeKind.Utc, read.Files[i].LastWriteUtc.Kind);
        }
        Assert.Equal(manifest.Skipped, read.Skipped);
    }

    [Fact]
    public void A_person_quoted_in_several_articles_is_held_once_in_memory()
    {
        var sample = Sample();
        var again = sample.Files[1] with { People = [new Person("Faris Jensen", null)] };
        var manifest = sample with { Files = [sample.Files[0], again] };

        var read = ManifestFile.Read(Written(manifest))!;

        Assert.Same(read.Files[0].People[1], read.Files[1].People[0]);
        Assert.NotSame(read.Files[0].People[0], read.Files[1].People[0]);
    }

    [Fact]
    public void A_manifest_cut_short_reads_as_none_so_the_index_is_rebuilt()
    {
        var bytes = Written(Sample());

        for (var length = 0; length < bytes.Length; length += 7)
        {
            Assert.Null(ManifestFile.Read(bytes[..length]));
        }
    }

    [Fact]
    public void A_manifest_of_another_format_reads_as_none()
    {
        var bytes = Written(Sample() with { Format = "newsbot-index-0/old" });

        Assert.Null(ManifestFile.Read(bytes));
    }

    [Fact]
    public void A_damaged_count_reads_as_none_instead_of_allocating_it()
    {
        var bytes = Written(Sample());
        // The file count follows the format string and the build time.
        var countAt = 1 + IndexManifest.CurrentFormat.Length + sizeof(long);
        BitConverter.GetBytes(int.MaxValue).CopyTo(bytes, countAt);

        Assert.Null(ManifestFile.Read(bytes));
    }
}
