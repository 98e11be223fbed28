using NewsBot.Testing;

namespace NewsBot.Tests.EndToEnd;

/// <summary>An articles folder of one short article, for stories about the bot's running rather than its answers: it indexes at once.</summary>
internal static class SmallArticles
{
    /// <summary>Writes <c>articles/001_small.txt</c> in <paramref name="folder"/> and returns the articles folder.</summary>
    public static string Write(TemporaryFolder folder)
    {
        var articles = folder.Combine("articles");
        Directory.CreateDirectory(articles);
        File.WriteAllText(
            Path.Combine(articles, "001_small.txt"),
            """
            NATO chief says Russia is running out of money

            "Russia is running out of money," Mark Rutte said on Thursday.
            """
        );
        return articles;
    }
}
