using NewsBot.Core.Text;

namespace NewsBot.Core.Quotes;

/// <summary>
/// Someone other than the last speaker who is the subject of a clause between two quotes: `"…," Roe said.
/// A resident said "…"`, `"…," Roe said. Ash voted against the plan.` then a quote-only paragraph. A reader
/// no longer takes the next quote for the last speaker's once another person has done or said something in
/// between, so continuation stops there.
/// </summary>
internal sealed class InterveningSubject(MentionResolver mentions)
{
    /// <summary>
    /// Whether a clause in [<paramref name="from"/>, <paramref name="to"/>) of the paragraph has a subject
    /// that is not <paramref name="speaker"/>: a name, a group, a description or a pronoun standing for
    /// someone else, or a full name the article never showed to be anyone's ("Peter Hale nodded"), whom
    /// the last speaker cannot be.
    /// </summary>
    public bool IsBetween(ParagraphView view, int from, int to, CastMember? speaker)
    {
        foreach (var m in view.Mentions)
        {
            if (m.Start < from || m.End > to || !IsSubject(view, m))
            {
                continue;
            }
            var member = m.Kind is MentionKind.Name or MentionKind.Group
                ? m.Member
                : mentions.Resolve(m)?.Member;
            // A pronoun or description nobody in the article can be is still somebody else.
            if (member is null ? m.Kind != MentionKind.Pronoun : member != speaker)
            {
                return true;
            }
        }
        foreach (var seq in view.NameSequences)
        {
            if (
                !seq.HasName
                || seq.NameTokens < 2
                || seq.Start < from
                || seq.End > to
                || view.Mentions.Any(m => m.Start < seq.End && m.End > seq.Start)
            )
            {
                continue;
            }
            var unknown = seq.ToMention(view.Index);
            if (IsSubject(view, unknown))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsSubject(ParagraphView view, Mention m) =>
        SpeechContext.IsSubject(view, m, view.SentenceAt(m.Start).Start);
}
