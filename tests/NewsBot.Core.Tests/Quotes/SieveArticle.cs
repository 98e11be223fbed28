using NewsBot.Core.Quotes;
using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>An inline article read as the sieves read it: its paragraphs, its people, and its quotations by their words.</summary>
internal sealed class SieveArticle
{
    public SieveArticle(string text)
    {
        var article = new ArticleText(TestArticles.Parse(text));
        Cast = article.Cast;
        Views = article.Views;
        Mentions = new MentionResolver(Cast);
    }

    public ArticleCast Cast { get; }

    public List<ParagraphView> Views { get; }

    public MentionResolver Mentions { get; }

    /// <summary>The paragraph and the quotation whose words start with <paramref name="words"/>.</summary>
    public (ParagraphView View, QuoteSpan Span) Quote(string words)
    {
        foreach (var view in Views)
        {
            foreach (var span in view.Quotes)
            {
                if (span.Content(view.Text).StartsWith(words, StringComparison.Ordinal))
                {
                    return (view, span);
                }
            }
        }
        throw new ArgumentException($"No quotation starts with '{words}'.", nameof(words));
    }
}
