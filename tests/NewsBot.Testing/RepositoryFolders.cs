namespace NewsBot.Testing;

/// <summary>Folders of the repository the tests run from: the bundled seeds and the shared evaluation set.</summary>
public static class RepositoryFolders
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    /// <summary>The 2019–2020 Wikinews articles kept beside the core tests.</summary>
    public static string Wikinews2019To2020 =>
        Path.Combine(
            Root,
            "tests",
            "NewsBot.Core.Tests",
            "TestData",
            "corpus",
            "wikinews-2019-2020"
        );

    private static string FindRoot()
    {
        for (
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            folder is not null;
            folder = folder.Parent
        )
        {
            if (File.Exists(Path.Combine(folder.FullName, "NewsBot.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException(
            "The tests run inside the NewsBot repository (NewsBot.sln not found above "
                + AppContext.BaseDirectory
                + ")."
        );
    }
}
