using NewsBot.Core.Articles;
using NewsBot.Core.Figures;
using NewsBot.Core.Quotes;
using NewsBot.Core.Text;

namespace NewsBot.Core.Indexing;

/// <summary>
/// Everything the index keeps of one article; <see cref="LeftOut"/> says what could not be read of it
/// (its quotes or its figures, and why), so that the rest is indexed all the same.
/// </summary>
internal sealed record ArticleAnalysis(
    Article Article,
    IReadOnlyList<StoredPassage> Passages,
    IReadOnlyList<Quote> Quotes,
    IReadOnlyList<Figure> Figures
)
{
    /// <summary>What was left out and why ("its figures: FormatException: …"); null when nothing was.</summary>
    public string? LeftOut { get; init; }

    /// <summary>
    /// Reads an article once (<see cref="ArticleText"/>) and takes from that one reading its passages (one
    /// per paragraph), its quotes and its figures, whose claimants are the quotes' speakers.
    /// </summary>
    public static ArticleAnalysis Of(Article article) =>
        Of(
            article,
            text => new QuoteExtractor().Read(text),
            (text, attribution) => new FigureExtractor().Extract(text, attribution)
        );

    /// <summary>
    /// The analysis with its two extractors given: one that fails costs the article only what it
    /// extracts. Passages come from the paragraphs alone (a paragraph that cannot be split into
    /// sentences is one sentence), so no article ever loses its passages to an extractor.
    /// </summary>
    internal static ArticleAnalysis Of(
        Article article,
        Func<ArticleText, ArticleAttribution> readQuotes,
        Func<ArticleText, ArticleAttribution, IReadOnlyList<Figure>> readFigures
    )
    {
        var problems = new List<string>();
        var text = Attempt(() => new ArticleText(article), "its quotes and figures", problems);
        var passages = article
            .Paragraphs.Where(p => p.Kind != ParagraphKind.Heading || p.Text.Length > 0)
            .Select(p => Passage(article.File, p, text?.Views[p.Index]))
            .ToArray();
        var attribution = text is null
            ? null
            : Attempt(() => readQuotes(text), "its quotes", problems);
        var figures = text is null
            ? null
            : Attempt(
                () => readFigures(text, attribution ?? ArticleAttribution.None),
                "its figures",
                problems
            );
        return new ArticleAnalysis(article, passages, attribution?.Quotes ?? [], figures ?? [])
        {
            LeftOut = problems.Count == 0 ? null : string.Join("; ", problems),
        };
    }

    private static StoredPassage Passage(string file, Paragraph paragraph, ParagraphView? view)
    {
        var sentences = view?.SentenceSpans ?? [(0, paragraph.Text.Length)];
        return new StoredPassage(
            file,
            paragraph.Text,
            paragraph.FirstLine,
            sentences.Select(s => s.Start).ToArray(),
            sentences.Select(s => paragraph.LineAt(s.Start)).ToArray()
        );
    }

    private static T? Attempt<T>(Func<T> read, string what, List<string> problems)
        where T : class
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            problems.Add($"indexed without {what}: {e.GetType().Name}: {e.Message}");
            return null;
        }
    }
}
