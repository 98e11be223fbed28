using NewsBot.Core.Text;

namespace NewsBot.Core.Quotes;

/// <summary>The speaker a transcript's label names: "JANE ROE: …", "ROE: …", "JR: …", "A: …" for the interviewee.</summary>
internal sealed class TranscriptLabelSieve(ArticleCast cast)
{
    /// <summary>The labelled speaker of a transcript paragraph ("JANE ROE: …", "A: …").</summary>
    public Attribution? Find(ParagraphView view) =>
        cast.LabelSpeaker(view) is { } member
            ? new Attribution(member, AttributionRule.Explicit)
            : null;

    /// <summary>The interviewee, as the speaker of an answer no label names.</summary>
    public Attribution? Interviewee() =>
        cast.Interviewee() is { } interviewee
            ? new Attribution(interviewee, AttributionRule.Resolved)
            : null;

    /// <summary>
    /// An interviewer's question quoting the interviewee back: `((Q)) On your website, you wrote "…" — how?`. In a
    /// labelled paragraph whose label names nobody of the article ("Q", the publication's initials), words quoted
    /// after "you" and a speech verb in the same sentence are the interviewee's.
    /// </summary>
    public Attribution? FindQuotedByInterviewer(ParagraphView view, int open)
    {
        if (view.Label is null || cast.LabelSpeaker(view) is not null)
        {
            return null;
        }
        var (start, _) = view.SentenceAt(open);
        var end = view.WordAtOrAfter(open);
        for (var k = view.WordAtOrAfter(start); k + 1 < end; k++)
        {
            if (view.Words[k].Lower != "you")
            {
                continue;
            }
            var verb = k + 1;
            while (verb < end && SpeechContext.IsAuxiliary(view.Words[verb]))
            {
                verb++;
            }
            if (verb < end && Lexicon.SpeechVerbs.Contains(view.Words[verb].Text))
            {
                return cast.Interviewee() is { } interviewee
                    ? new Attribution(interviewee, AttributionRule.Resolved)
                    {
                        Pattern = AttributionPattern.QuotedByInterviewer,
                    }
                    : null;
            }
        }
        return null;
    }
}
