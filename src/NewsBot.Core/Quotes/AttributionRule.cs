namespace NewsBot.Core.Quotes;

/// <summary>Which rule of the sieve found a speaker; lower is more reliable.</summary>
internal enum AttributionRule
{
    /// <summary>"…," X said / said X / X said: "…" / an attribution line after a pull quote.</summary>
    Explicit = 1,

    /// <summary>The explicit pattern names a pronoun or a description, resolved to a person of the article.</summary>
    Resolved = 2,

    /// <summary>A quote-only paragraph (or a later quote of the same paragraph) continues the previous speaker.</summary>
    Continuation = 3,
}
