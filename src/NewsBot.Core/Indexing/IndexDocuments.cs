using System.Text.Json;
using Lucene.Net.Documents;
using NewsBot.Core.Figures;
using NewsBot.Core.Quotes;

namespace NewsBot.Core.Indexing;

/// <summary>Turns an analysed article into the Lucene documents of the index: passages, quotes, figures.</summary>
internal static class IndexDocuments
{
    /// <summary>
    /// The stemmed text is only ranked by its words, never matched as a phrase (phrases go to the
    /// verbatim field), so it keeps no positions: less to write and a smaller index.
    /// </summary>
    private static readonly FieldType RankedText = Frozen(
        new FieldType(TextField.TYPE_NOT_STORED)
        {
            IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS,
        }
    );

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    /// <summary>
    /// The documents of one article. They share one instance of the file field: Lucene.Net builds a
    /// token stream per field instance for an untokenised field, and the documents of an article are
    /// added together on one thread, never concurrently.
    /// </summary>
    public static IEnumerable<Document> For(ArticleAnalysis analysis)
    {
        var file = new StringField(IndexFields.File, analysis.Article.File, Field.Store.NO);
        foreach (var passage in analysis.Passages)
        {
            yield return Build(
                IndexFields.Passage,
                file,
                passage.Text,
                JsonSerializer.SerializeToUtf8Bytes(passage, IndexJsonContext.Default.StoredPassage)
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
                JsonSerializer.SerializeToUtf8Bytes(quote, IndexJsonContext.Default.Quote),
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
                JsonSerializer.SerializeToUtf8Bytes(figure, IndexJsonContext.Default.Figure),
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

    /// <summary>
    /// A document; <paramref name="payload"/> is its record as UTF-8 JSON (stored as bytes, so neither
    /// writing nor reading converts it to UTF-16); <paramref name="exact"/> is the text of the verbatim
    /// field (the whole text by default, none when empty).
    /// </summary>
    private static Document Build(
        KindFields kind,
        StringField file,
        string text,
        byte[] payload,
        string? exact = null
    )
    {
        var document = new Document
        {
            file,
            new Field(kind.Text, text, RankedText),
            new StoredField(IndexFields.Payload, payload),
        };
        if (exact is not "")
        {
            document.Add(new TextField(kind.Exact, exact ?? text, Field.Store.NO));
        }
        return document;
    }
}
