using NewsBot.Core.Articles;
using NewsBot.Core.Indexing;

namespace NewsBot.Core.Tests.Indexing;

public sealed class IndexPlanTests
{
    private static readonly DateTime Noon = new(2026, 12, 2, 12, 0, 0, DateTimeKind.Utc);

    private static ArticleFile File(string path, long length = 100, DateTime? time = null) =>
        new(path, "/articles/" + path, length, time ?? Noon);

    private static IndexManifest Manifest(params string[] paths) =>
        new(
            IndexManifest.CurrentFormat,
            DateTimeOffset.UnixEpoch,
            paths
                .Select(p => new ManifestEntry(p, 100, Noon, "ab", null, null, 1, 0, 0, []))
                .ToArray(),
            []
        );

    [Fact]
    public void An_unchanged_folder_needs_nothing_read_and_still_hands_over_every_previous_entry()
    {
        var plan = IndexPlan.Make([File("a.txt"), File("b.txt")], Manifest("a.txt", "b.txt"));

        Assert.True(plan.IsEmpty);
        Assert.Equal(["a.txt", "b.txt"], plan.Previous.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_file_with_another_time_or_size_is_read_again()
    {
        var plan = IndexPlan.Make(
            [File("a.txt", time: Noon.AddSeconds(1)), File("b.txt"), File("c.txt", length: 7)],
            Manifest("a.txt", "b.txt", "c.txt")
        );

        Assert.Equal(["a.txt", "c.txt"], plan.ToRead.Select(f => f.RelativePath));
        Assert.Empty(plan.Removed);
    }

    [Fact]
    public void A_renamed_file_is_read_under_its_new_name_and_removed_under_its_old()
    {
        var plan = IndexPlan.Make([File("a.txt"), File("c.txt")], Manifest("a.txt", "b.txt"));

        Assert.Equal("c.txt", Assert.Single(plan.ToRead).RelativePath);
        Assert.Equal("b.txt", Assert.Single(plan.Removed));
    }

    [Fact]
    public void Without_a_previous_manifest_every_file_is_read()
    {
        var plan = IndexPlan.Make([File("a.txt"), File("b.txt")], null);

        Assert.Equal(2, plan.ToRead.Count);
        Assert.Empty(plan.Previous);
    }
}
