using NewsBot.Core.Text;

namespace NewsBot.Core.Quotes;

/// <summary>A few quoted words inside the writer's sentence, given to that sentence's subject.</summary>
internal sealed class SubjectOfSentenceSieve(MentionResolver mentions)
{
    /// <summary>
    /// `Roe characterized the attack as "designed to intimidate"`, `Ash introduced himself as "pro-life"`: a few
    /// quoted words inside the writer's sentence are the words of that sentence's subject — a named person or
    /// a pronoun standing for one — when nobody else is named between the subject and the quote and the verb
    /// is not passive ("Roe was described as …" gives the words to someone else).
    /// </summary>
    public Attribution? Find(ParagraphView view, int open)
    {
        var (start, _) = view.SentenceAt(open);
        var before = view
            .Mentions.Where(m =>
                m.Start >= start
                && m.End <= open
                && m.Kind is MentionKind.Name or MentionKind.Pronoun
                && !view.IsQuoted(m.FirstWord)
            )
            .ToList();
        if (before.Count == 0 || !SpeechContext.IsSubject(view, before[0], start))
        {
            return null;
        }
        var subject = before[0];
        var others = before
            .Skip(1)
            .Where(m => m.Kind == MentionKind.Name && m.Member != subject.Member);
        if (
            others.Any()
            || SpeechContext.HasPassiveBetween(view, subject.EndWord, view.WordAtOrAfter(open))
        )
        {
            return null;
        }
        return mentions.Resolve(subject) is { } found
            ? found with
            {
                Rule = AttributionRule.Resolved,
                Pattern = AttributionPattern.SubjectOfSentence,
            }
            : null;
    }
}
