using NewsBot.Core.Articles;
using NewsBot.Core.Figures;
using NewsBot.Core.Quotes;
using NewsBot.Core.Text;

namespace NewsBot.Core.Indexing;

/// <summary>Everything the index keeps of one article.</summary>
internal sealed record ArticleAnalysis(
    Article Article,
    IReadOnlyList<StoredPassage> Passages,
    IReadOnlyList<Quote> Quotes,
    IReadOnlyList<Figure> Figures
)
{
    /// <summary>
    /// Reads an article once (<see cref="ArticleText"/>) and takes from that one reading its passages (one
    /// per paragraph), its quotes and its figures, whose claimants are the quotes' speakers.
    /// </summary>
    public static ArticleAnalysis Of(Article article)
    {
        var text = new ArticleText(article);
        var passages = text
            .Views.Where(v => v.Paragraph.Kind != ParagraphKind.Heading || v.Text.Length > 0)
            .Select(v => new StoredPassage(
                article.File,
                v.Text,
                v.Paragraph.FirstLine,
                v.SentenceSpans.Select(s => s.Start).ToArray(),
                v.SentenceSpans.Select(s => v.Paragraph.LineAt(s.Start)).ToArray()
            ))
            .ToArray();
        var attribution = new QuoteExtractor().Read(text);
        return new ArticleAnalysis(
            article,
            passages,
            attribution.Quotes,
            new FigureExtractor().Extract(text, attribution)
        );
    }
}
