using NewsBot.Core.Articles;

namespace NewsBot.Core.Tests.Articles;

/// <summary>The bundled seed articles, found by walking up to the folder holding NewsBot.sln.</summary>
internal static class Seeds
{
    public static string Folder { get; } = FindFolder();

    public static string Path(string prefix) =>
        Directory.GetFiles(Folder, prefix + "_*.txt").Single();

    public static Article Parse(string prefix)
    {
        var path = Path(prefix);
        return ArticleParser.Parse(System.IO.Path.GetFileName(path), File.ReadAllText(path));
    }

    public static Paragraph ParagraphAt(this Article article, int line) =>
        article.Paragraphs.Single(p => p.FirstLine <= line && line <= p.Lines.LastLine);

    private static string FindFolder()
    {
        for (
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            dir is not null;
            dir = dir.Parent
        )
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "NewsBot.sln")))
            {
                return System.IO.Path.Combine(dir.FullName, "seeds");
            }
        }
        throw new InvalidOperationException(
            "NewsBot.sln not found above " + AppContext.BaseDirectory
        );
    }
}
