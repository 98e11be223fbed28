using NewsBot.Core.Articles;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>Articles for quote tests: inline text through the real <see cref="ArticleParser"/>, and the five seeds.</summary>
internal static class TestArticles
{
    public static Article Parse(string text, string file = "test.txt") =>
        ArticleParser.Parse(file, text);

    public static IReadOnlyList<Article> Seeds() =>
        Directory
            .GetFiles(Articles.Seeds.Folder, "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(f => ArticleParser.Parse(Path.GetFileName(f), File.ReadAllText(f)))
            .ToList();
}
