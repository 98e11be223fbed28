using NewsBot.Core.Text;

namespace NewsBot.Core.Quotes;

/// <summary>The speaker a sieve found for a quote, by which rule and which pattern.</summary>
internal sealed record Attribution(CastMember Member, AttributionRule Rule)
{
    public AttributionPattern Pattern { get; init; }
}
