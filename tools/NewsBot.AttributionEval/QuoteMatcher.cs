using System.Text;
using NewsBot.Core.Quotes;

namespace NewsBot.AttributionEval;

/// <summary>
/// Finds the quote NewsBot extracted for a quotation of the gold: the one cited at the gold's line whose words
/// hold the gold's first words (or lie inside them, for a short partial quote); else the same words cited at
/// another line; of several, the tightest, so that a quotation nested in another is matched to its own quote.
/// </summary>
internal static class QuoteMatcher
{
    private const int OpeningWords = 5;

    public static (AttributedQuote? Quote, bool SameLine) Find(
        GoldQuote gold,
        IReadOnlyList<AttributedQuote> extracted
    )
    {
        var opening = Normalise(string.Join(' ', gold.Quote.Split(' ').Take(OpeningWords)));
        var whole = Normalise(gold.Quote);
        if (opening.Length == 0)
        {
            return (null, false);
        }
        bool Holds(AttributedQuote q)
        {
            var text = Normalise(q.Quote.Text);
            return text.Contains(opening, StringComparison.Ordinal)
                || (text.Length >= 3 && whole.Contains(text, StringComparison.Ordinal));
        }
        bool Opens(AttributedQuote q) =>
            Normalise(q.Quote.Text).Contains(opening, StringComparison.Ordinal);
        var candidates = extracted.Where(Holds).ToList();
        // The tightest quote holding the words: a quotation nested in another is its own quote, asked for by its
        // own words, while the outer quote is found by its opening words.
        var atLine = candidates
            .Where(q => q.Quote.Source.Line == gold.Line)
            .OrderBy(q => q.Quote.Kind == QuoteKind.Reported ? 1 : 0)
            .ThenBy(q => Opens(q) ? 0 : 1)
            .ThenBy(q => q.Quote.Text.Length)
            .FirstOrDefault();
        if (atLine is not null)
        {
            return (atLine, true);
        }
        var elsewhere = candidates
            .OrderBy(q => q.Quote.Kind == QuoteKind.Reported ? 1 : 0)
            .ThenBy(q => Math.Abs(q.Quote.Source.Line - gold.Line))
            .FirstOrDefault();
        return (elsewhere, false);
    }

    /// <summary>Lower-case letters and digits, one space between words: quotation marks and ellipses apart.</summary>
    public static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }
        return builder.ToString().Trim();
    }
}
