using NewsBot.Core.Text;

namespace NewsBot.Core.Quotes;

/// <summary>The person of the article a mention found by a sieve stands for, and whether it was named or resolved.</summary>
internal sealed class MentionResolver(ArticleCast cast)
{
    public Attribution? Resolve(Mention mention)
    {
        var member = cast.Resolve(mention);
        if (member is null)
        {
            return null;
        }
        return new Attribution(
            member,
            mention.Kind == MentionKind.Name ? AttributionRule.Explicit : AttributionRule.Resolved
        );
    }
}
