using NewsBot.Core.Text;

namespace NewsBot.Core.Quotes;

/// <summary>Who a sentence has put something forward, and where: what a figure outside quotation marks is claimed by.</summary>
internal sealed class ClaimFinder(MentionResolver mentions)
{
    /// <summary>
    /// Who a sentence says puts something forward, where in the sentence: the subject of a speech or
    /// claim verb ("the ministry reported", "he said"), the speaker after an inverted verb ("…, said Jane
    /// Roe"), the source of "according to". Each resolved as quotes are (pronouns, descriptions, groups).
    /// </summary>
    public List<(int Position, Attribution Speaker)> ClaimsIn(
        ParagraphView view,
        int start,
        int end
    )
    {
        var claims = new List<(int, Attribution)>();
        var first = view.WordAtOrAfter(start);
        var last = view.WordAtOrAfter(end) - 1;
        for (var k = first; k <= last; k++)
        {
            if (view.IsQuoted(k))
            {
                continue;
            }
            var word = view.Words[k];
            Mention? source = null;
            if (
                word.Text is "according" or "According"
                && k + 2 <= last
                && view.Words[k + 1].Text == "to"
            )
            {
                source = SpeakerMentions.MentionAfterDeterminers(view, k + 2);
            }
            else if (SpeechContext.IsAttributingVerb(view, k))
            {
                source =
                    SpeakerMentions.SubjectDirectlyBefore(view, k, first)
                    ?? (
                        k + 1 <= last && view.AreAdjacent(k, k + 1)
                            ? SpeakerMentions.MentionAfterDeterminers(view, k + 1)
                            : null
                    );
            }
            if (source is not null && mentions.Resolve(source) is { } speaker)
            {
                claims.Add((word.Start, speaker));
            }
        }
        return claims;
    }
}
