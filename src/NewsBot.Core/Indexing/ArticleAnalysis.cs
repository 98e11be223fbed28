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
    /// <summary>Splits an article into passages (one per paragraph) and extracts its quotes and figures.</summary>
    public static ArticleAnalysis Of(Article article)
    {
        var passages = article
            .Paragraphs.Where(p => p.Kind != ParagraphKind.Heading || p.Text.Length > 0)
            .Select(p =>
            {
                var sentences = SentenceSplitter.Split(p);
                return new StoredPassage(
                    article.File,
                    p.Text,
                    p.FirstLine,
                    sentences.Select(s => s.Start).ToArray(),
                    sentences.Select(s => s.Line).ToArray()
                );
            })
            .ToArray();
        return new ArticleAnalysis(
            article,
            passages,
            QuoteExtraction(article),
            FigureExtraction(article)
        );
    }

    private static IReadOnlyList<Quote> QuoteExtraction(Article article) =>
        new QuoteExtractor().Extract(article);

    private static IReadOnlyList<Figure> FigureExtraction(Article article) =>
        new FigureExtractor().Extract(article);
}
