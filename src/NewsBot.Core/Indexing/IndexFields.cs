namespace NewsBot.Core.Indexing;

/// <summary>Field names of the passage index.</summary>
internal static class IndexFields
{
    /// <summary>The article file (relative path), for deleting an article's documents on change.</summary>
    public const string File = "file";

    /// <summary>Folded name words of a quote's speaker.</summary>
    public const string Speaker = "speaker";

    /// <summary>The stored record (JSON) the answer is built from.</summary>
    public const string Payload = "payload";

    public static KindFields Passage { get; } = new("passage");

    public static KindFields Quote { get; } = new("quote");

    public static KindFields Figure { get; } = new("figure");

    /// <summary>The fields whose words are indexed verbatim (no stemming, no stopwords).</summary>
    public static IEnumerable<string> ExactFields =>
        [Passage.Exact, Quote.Exact, Figure.Exact, Speaker];
}

/// <summary>
/// The searchable fields of one kind of document (passage, quote or figure). Each kind has fields of
/// its own, so a query walks the postings of its kind only, and BM25 compares a document with the
/// others of its kind.
/// </summary>
internal sealed record KindFields(string Kind)
{
    /// <summary>English text with stemming, for ranking.</summary>
    public string Text { get; } = Kind + ".text";

    /// <summary>Every word unstemmed and no stopword removed, for verbatim phrase matching.</summary>
    public string Exact { get; } = Kind + ".exact";
}
