using System.Xml.Linq;
using NewsBot.Testing;

namespace NewsBot.Tests.Build;

/// <summary>The build files keep what they promise: versions pinned only for packages in use.</summary>
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

    private static IEnumerable<string> Items(string file, string element) =>
        XDocument
            .Load(file)
            .Descendants(element)
            .Select(item => (string?)item.Attribute("Include"))
            .OfType<string>();
}
