using System.Xml.Linq;
using NewsBot.Testing;

namespace NewsBot.Tests.Build;

/// <summary>
/// The build files keep what they promise: versions pinned only for packages in use, and no analyzer rule turned
/// off without its reason.
/// </summary>
public sealed class BuildFileTests
{
    [Fact]
    public void Every_pinned_package_version_is_referenced_by_a_project()
    {
        var pinned = Items(
            Path.Combine(RepositoryFolders.Root, "Directory.Packages.props"),
            "PackageVersion"
        );
        var referenced = Directory
            .EnumerateFiles(RepositoryFolders.Root, "*.csproj", SearchOption.AllDirectories)
            .SelectMany(project => Items(project, "PackageReference"))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.Equal([], pinned.Where(package => !referenced.Contains(package)).ToArray());
    }

    [Theory]
    [InlineData("Directory.Build.props")]
    [InlineData("tests/Directory.Build.props")]
    public void Every_analyzer_rule_the_build_turns_off_is_given_with_its_reason(string buildFile)
    {
        var document = XDocument.Load(Path.Combine(RepositoryFolders.Root, buildFile));
        var reasons = string.Join(
            '\n',
            document.DescendantNodes().OfType<XComment>().Select(comment => comment.Value)
        );
        var turnedOff = document
            .Descendants("NoWarn")
            .SelectMany(noWarn => noWarn.Value.Split(';', StringSplitOptions.TrimEntries))
            .Where(rule => rule.Length > 0 && !rule.StartsWith('$'))
            .ToList();

        Assert.NotEmpty(turnedOff);
        Assert.Equal(
            [],
            turnedOff
                .Where(rule => !reasons.Contains(rule + ":", StringComparison.Ordinal))
                .ToArray()
        );
    }

    private static IEnumerable<string> Items(string file, string element) =>
        XDocument
            .Load(file)
            .Descendants(element)
            .Select(item => (string?)item.Attribute("Include"))
            .OfType<string>();
}
