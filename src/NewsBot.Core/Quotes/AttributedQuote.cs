namespace NewsBot.Core.Quotes;

/// <summary>A quote with the sieve's attribution that named its speaker, if any.</summary>
internal sealed record AttributedQuote(Quote Quote, Attribution? Speaker);
