namespace NewsBot.Testing;

/// <summary>Folders of the repository the tests run from: the bundled seeds and the shared evaluation set.</summary>
public static class RepositoryFolders
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

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
