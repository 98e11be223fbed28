using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Text;

/// <summary>An inline article's people and mentions, as <see cref="ArticleCast"/> reads them.</summary>
internal static class CastArticle
{
    public static (ArticleCast Cast, List<ParagraphView> Views) Read(string text)
    {
        var article = new ArticleText(NewsBot.Core.Tests.Quotes.TestArticles.Parse(text));
        return (article.Cast, article.Views);
    }

    /// <summary>The person the first mention of <paramref name="kind"/> reading <paramref name="words"/> stands for.</summary>
    public static string? Resolve(string text, MentionKind kind, string words)
    {
        var (cast, views) = Read(text);
        var mention = views
            .SelectMany(v => v.Mentions)
            .First(m => m.Kind == kind && m.Text == words);
        return cast.Resolve(mention)?.Name;
    }
}
