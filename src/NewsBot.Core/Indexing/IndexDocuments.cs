using System.Text.Json;
using Lucene.Net.Documents;
using NewsBot.Core.Figures;
using NewsBot.Core.Quotes;

namespace NewsBot.Core.Indexing;

/// <summary>Turns an analysed article into the Lucene documents of the index: passages, quotes, figures.</summary>
internal static class IndexDocuments
{
    public static IEnumerable<Document> For(ArticleAnalysis analysis)
    {
        var file = analysis.Article.File;
        foreach (var passage in analysis.Passages)
        {
            yield return Build(
                IndexFields.Passage,
                file,
                passage.Text,
                JsonSerializer.Serialize(passage, IndexJsonContext.Default.StoredPassage)
            );
        }
        foreach (var quote in analysis.Quotes)
        {
            // A direct quote is found by its own words; a partial quote or reported statement is
            // short or rephrased, so the sentence around it is searched too.
            var document = Build(
                IndexFields.Quote,
                file,
                quote.Kind == QuoteKind.Direct ? quote.Text : quote.Text + " \n " + quote.Passage,
                JsonSerializer.Serialize(quote, IndexJsonContext.Default.Quote),
                exact: quote.Text
            );
            if (quote.Speaker is { } speaker)
            {
                document.Add(new TextField(IndexFields.Speaker, speaker.Name, Field.Store.NO));
            }
            yield return document;
        }
        foreach (var figure in analysis.Figures)
        {
            yield return Build(
                IndexFields.Figure,
                file,
                FigureSearchText(figure),
                JsonSerializer.Serialize(figure, IndexJsonContext.Default.Figure),
                exact: ""
            );
        }
    }

    /// <summary>What a figure is found by: what it counts, when, who says so, and its sentence.</summary>
    public static string FigureSearchText(Figure figure) =>
        string.Join(
            " \n ",
            new[]
            {
                figure.Measure,
                figure.Unit,
                figure.Period,
                figure.ClaimedBy,
                figure.Context ?? figure.Passage,
            }.Where(s => !string.IsNullOrWhiteSpace(s))
        );

    /// <summary>A document; <paramref name="exact"/> is the text of the verbatim field (the whole text by default, none when empty).</summary>
    private static Document Build(
        KindFields kind,
        string file,
        string text,
        string payload,
        string? exact = null
    )
    {
        var document = new Document
        {
            new StringField(IndexFields.File, file, Field.Store.NO),
            new TextField(kind.Text, text, Field.Store.NO),
            new StoredField(IndexFields.Payload, payload),
        };
        if (exact is not "")
        {
            document.Add(new TextField(kind.Exact, exact ?? text, Field.Store.NO));
        }
        return document;
    }
}
