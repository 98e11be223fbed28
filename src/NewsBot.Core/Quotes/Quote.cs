using NewsBot.Core.Articles;

namespace NewsBot.Core.Quotes;

/// <summary>How a statement appears in the text.</summary>
public enum QuoteKind
{
    /// <summary>Words in quotation marks forming a clause or more.</summary>
    Direct,

    /// <summary>A few quoted words inside a sentence: praised the alliance's “unprecedented cohesion”.</summary>
    Partial,

    /// <summary>Reported speech without quotation marks: X said (that) …, according to X, ….</summary>
    Reported,
}

/// <summary>
/// A quote or attributed statement found in an article: the quoted words, the speaker when the
/// attribution sieve found one, the passage (the sentences around it) and where it starts.
/// </summary>
public sealed record Quote(
    string Text,
    QuoteKind Kind,
    Person? Speaker,
    string Passage,
    SourceRef Source
)
{
    /// <summary>
    /// A quotation nested inside another whose own speaker the article does not name: <see cref="Speaker"/> is
    /// the outer quote's speaker, quoting someone else's words (`"A man told me 'you will never make it'," Roe said`).
    /// </summary>
    public bool Quoting { get; init; }
}
