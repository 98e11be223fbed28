namespace NewsBot.Tools;

/// <summary>Where the evaluation tools find the articles their golds were written over, unless told.</summary>
internal static class GoldCorpus
{
    /// <summary>The 2019–2020 Wikinews articles the tests already carry, below the repository's root.</summary>
    public static string DefaultFolder() =>
        Path.Combine(
            RepositoryRoot(),
            "tests/NewsBot.Core.Tests/TestData/corpus/wikinews-2019-2020"
        );

    private static string RepositoryRoot()
    {
        for (
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            dir is not null;
            dir = dir.Parent
        )
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsBot.sln")))
            {
                return dir.FullName;
            }
        }
        return Directory.GetCurrentDirectory();
    }
}
