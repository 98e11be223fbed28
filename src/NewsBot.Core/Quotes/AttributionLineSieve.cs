using NewsBot.Core.Text;

namespace NewsBot.Core.Quotes;

/// <summary>The attribution line under a pull quote: "— Jane Roe, Mayor of Eastport".</summary>
internal sealed class AttributionLineSieve(ArticleCast cast)
{
    /// <summary>The pull quote's attribution line: "— Mark Rutte, NATO Secretary General" (002_…txt lines 58–59).</summary>
    public Attribution? Find(ParagraphView next)
    {
        if (!next.IsAttributionLine)
        {
            return null;
        }
        var member = cast.FromAttributionLine(next);
        return member is null ? null : new Attribution(member, AttributionRule.Explicit);
    }
}
