namespace NewsBot.Core.Indexing;

/// <summary>Field names and document kinds of the passage index.</summary>
internal static class IndexFields
{
    /// <summary>The kind of document: one of the <c>Kind*</c> values.</summary>
    public const string Kind = "kind";

    /// <summary>The article file (relative path), for deleting an article's documents on change.</summary>
    public const string File = "file";

    /// <summary>English text with stemming, for ranking.</summary>
    public const string Text = "text";

    /// <summary>Every word unstemmed and no stopword removed, for verbatim phrase matching.</summary>
    public const string Exact = "exact";

    /// <summary>Folded name words of a quote's speaker.</summary>
    public const string Speaker = "speaker";

    /// <summary>The stored record (JSON) the answer is built from.</summary>
    public const string Payload = "payload";

    public const string KindPassage = "passage";
    public const string KindQuote = "quote";
    public const string KindFigure = "figure";
}
