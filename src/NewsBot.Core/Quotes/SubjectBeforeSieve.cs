using NewsBot.Core.Text;

namespace NewsBot.Core.Quotes;

/// <summary>A quote opening its sentence after a sentence whose subject is a named person: "Roe thanked the crews. “…”".</summary>
internal sealed class SubjectBeforeSieve(MentionResolver mentions)
{
    /// <summary>
    /// A quotation opening its sentence, with no attribution of its own, after a sentence of the same
    /// paragraph whose subject is a named person: that person, a weaker rule than an explicit pattern.
    /// </summary>
    public Attribution? Find(ParagraphView view, int open)
    {
        var sentence = view.Sentences.FindIndex(s =>
            open >= s.Start && open < Math.Max(s.End, s.Start + 1)
        );
        if (
            sentence <= 0
            || !view
                .Text.AsSpan(view.Sentences[sentence].Start, open - view.Sentences[sentence].Start)
                .Trim()
                .IsEmpty
        )
        {
            return null;
        }
        var (start, end) = view.Sentences[sentence - 1];
        var subject = view.Mentions.FirstOrDefault(m => m.Start >= start && m.End <= end);
        return
            subject is { Kind: MentionKind.Name }
            && SpeechContext.IsSubject(view, subject, start)
            && mentions.Resolve(subject) is { } found
            ? found with
            {
                Rule = AttributionRule.Resolved,
            }
            : null;
    }
}
