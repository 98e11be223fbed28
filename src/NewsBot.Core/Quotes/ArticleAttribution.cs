using System.Text.RegularExpressions;
using NewsBot.Core.Text;

namespace NewsBot.Core.Quotes;

/// <summary>
/// What the attribution sieve found in one article: its quotes, and who says or claims the words at any
/// place of it. Figures take their claimant from here, so that a figure inside a quote is claimed by the
/// speaker /who-said names for that quote, and a figure in "…, the ministry reported" by the ministry.
/// </summary>
internal sealed partial class ArticleAttribution(
    IReadOnlyList<AttributedQuote> attributed,
    IReadOnlyList<SpokenSpan> spoken,
    AttributionSieve? sieve
)
{
    /// <summary>No quotes and nobody claiming anything: what figures are read with when quotes could not be.</summary>
    public static ArticleAttribution None { get; } = new([], [], null);

    private readonly ILookup<int, SpokenSpan> _spoken = spoken.ToLookup(s => s.Paragraph);
    private readonly Dictionary<(int, int), List<(int Position, Attribution Speaker)>> _claims = [];

    public IReadOnlyList<Quote> Quotes { get; } = attributed.Select(a => a.Quote).ToList();

    /// <summary>Each quote with the attribution that named its speaker: which pattern of the sieve, and how.</summary>
    public IReadOnlyList<AttributedQuote> Attributed => attributed;

    /// <summary>
    /// Who says or claims the words at <paramref name="offset"/> of a paragraph, in <paramref name="sentence"/>:
    /// the speaker of the quotation or reported statement holding them, else the nearest claim of the
    /// sentence — the one before, else the first after unless a subordinate clause starts in between
    /// ("…since 2022, when the president announced…" is not the president's figure).
    /// </summary>
    public string? ClaimantAt(ParagraphView view, (int Start, int End) sentence, int offset)
    {
        foreach (var span in _spoken[view.Index])
        {
            if (offset >= span.Start && offset < span.End)
            {
                return span.Speaker.Name;
            }
        }
        if (sieve is null)
        {
            return null;
        }
        if (!_claims.TryGetValue((view.Index, sentence.Start), out var claims))
        {
            claims = sieve.Claims.ClaimsIn(view, sentence.Start, sentence.End);
            _claims[(view.Index, sentence.Start)] = claims;
        }
        (int Position, Attribution Speaker)? before = null;
        foreach (var claim in claims)
        {
            if (claim.Position <= offset)
            {
                before = claim;
                continue;
            }
            if (before is not null)
            {
                break;
            }
            return SubordinateClause().IsMatch(view.Text.AsSpan(offset, claim.Position - offset))
                ? null
                : claim.Speaker.Member.Name;
        }
        return before?.Speaker.Member.Name;
    }

    [GeneratedRegex(
        @"\b(?:when|which|who|whom|where|while|because|after|before|if|although|though|until|whereas)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex SubordinateClause();
}
