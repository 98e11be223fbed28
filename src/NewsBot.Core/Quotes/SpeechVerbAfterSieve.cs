using NewsBot.Core.Text;

namespace NewsBot.Core.Quotes;

/// <summary>
/// The attribution right after a quote's closing mark: `"…," Rutte said`, `"…," said Rutte`, `"…," he
/// stated`, `"…," according to X`, `"…," Acme Bank director of research Jane Roe said`.
/// </summary>
internal sealed class SpeechVerbAfterSieve(MentionResolver mentions)
{
    /// <summary>`"…," Rutte said`, `"…," said Rutte`, `"…," he stated`, `"…," according to X`: the attribution right after a closing mark.</summary>
    public Attribution? Find(ParagraphView view, int offset, bool longSubject = true)
    {
        var k = view.WordAtOrAfter(offset);
        if (k >= view.Words.Count || !IsOnlyPunctuation(view.Text, offset, view.Words[k].Start))
        {
            return null;
        }
        // `"… a sad day". Former minister Tom Ash said, "…"`: a full stop after the closing mark ends the
        // quote's sentence, so the name after it opens the next sentence and speaks the next quote.
        if (view.Text.AsSpan(offset, view.Words[k].Start - offset).IndexOfAny(SentenceEnds) >= 0)
        {
            return null;
        }
        // `Ash argued the town needs "steady leadership." Lee argued against …`: a quote inside the writer's
        // sentence that ends the sentence with its own full stop is followed by a new sentence, not by its
        // attribution.
        if (EndsTheWritersSentence(view, offset))
        {
            return null;
        }
        var mention = SpeakerMentions.MentionAfterDeterminers(view, k);
        if (mention is not null)
        {
            var verb = SpeakerMentions.SkipAuxiliaries(view, mention.EndWord);
            if (
                verb < view.Words.Count
                && SpeakerMentions.IsSpeechVerb(view, verb)
                && view.AreAdjacent(mention.EndWord - 1, verb)
            )
            {
                return IntroducesNextQuote(view, offset, view.Words[verb].End)
                    ? null
                    : mentions.Resolve(mention);
            }
            // `"…," Lee, who led the study, said` / `"…" — Ann Lee, the mayor, said`: an aside between name and verb.
            // `"…," his lawyer, Ann Lee, said`: a description with the name after it in commas.
            return
                longSubject
                && SpeakerMentions.AppositiveNameOf(view, mention).Kind == MentionKind.Name
                ? LongSubjectAfter(view, k)
                : null;
        }
        if (
            SpeakerMentions.IsSpeechVerb(view, k)
            && k + 1 < view.Words.Count
            && view.AreAdjacent(k, k + 1)
        )
        {
            var subject = SpeakerMentions.MentionAfterDeterminers(view, k + 1);
            return
                subject is null
                || IntroducesNextQuote(view, offset, view.Words[subject.EndWord - 1].End)
                ? null
                : mentions.Resolve(SpeakerMentions.AppositiveNameOf(view, subject));
        }
        if (
            view.Words[k].Text is "according" or "According"
            && k + 2 < view.Words.Count
            && view.Words[k + 1].Text == "to"
        )
        {
            var source = view.MentionStartingAt(k + 2);
            return source is null ? null : mentions.Resolve(source);
        }
        return longSubject ? LongSubjectAfter(view, k) : null;
    }

    /// <summary>
    /// `"…," Acme Bank director of research Jane Roe said`: a subject of several words between the
    /// closing mark and its speech verb, with no sentence break between.
    /// </summary>
    private Attribution? LongSubjectAfter(ParagraphView view, int k)
    {
        for (var j = k + 1; j < view.Words.Count && j <= k + 12; j++)
        {
            if (
                view.IsQuoted(j)
                || view.Text.AsSpan(
                        view.Words[j - 1].End,
                        view.Words[j].Start - view.Words[j - 1].End
                    )
                    .IndexOfAny(SentenceBreaks) >= 0
            )
            {
                return null;
            }
            if (SpeakerMentions.IsSpeechVerb(view, j))
            {
                var subject = SpeakerMentions.SubjectDirectlyBefore(view, j, k);
                return subject is { Kind: MentionKind.Name } && subject.FirstWord >= k
                    ? mentions.Resolve(subject)
                    : null;
            }
        }
        return null;
    }

    private static bool EndsTheWritersSentence(ParagraphView view, int afterClose)
    {
        var index = view.Quotes.FindIndex(q => q.IsClosed && q.Close + 1 == afterClose);
        if (index < 0)
        {
            return false;
        }
        var span = view.Quotes[index];
        var last = view.Text.AsSpan(span.ContentStart, span.Close - span.ContentStart).TrimEnd();
        if (last.IsEmpty || last[^1] is not ('.' or '!' or '?'))
        {
            return false;
        }
        var (start, _) = view.SentenceAt(span.Open);
        return view.HasWordsBetween(start, span.Open);
    }

    private static readonly System.Buffers.SearchValues<char> SentenceEnds =
        System.Buffers.SearchValues.Create(".!?");

    private static readonly System.Buffers.SearchValues<char> SentenceBreaks =
        System.Buffers.SearchValues.Create(".;:“”\"");

    /// <summary>
    /// `"…endless curiosity." Lab director Tom Brill said "He changed the field."`: after a quote closed by
    /// the end of its sentence, a speaker whose speech verb opens a quotation of its own speaks that one.
    /// </summary>
    private static bool IntroducesNextQuote(
        ParagraphView view,
        int afterClose,
        int afterAttribution
    )
    {
        var end = afterClose - 1;
        while (
            end > 0
            && (
                view.Text[end] is '”' or '"' or '»' or '’' or '\''
                || char.IsWhiteSpace(view.Text[end])
            )
        )
        {
            end--;
        }
        if (end < 0 || view.Text[end] is not ('.' or '!' or '?'))
        {
            return false;
        }
        var next = afterAttribution;
        while (
            next < view.Text.Length
            && (char.IsWhiteSpace(view.Text[next]) || view.Text[next] is ',' or ':')
        )
        {
            next++;
        }
        return view.Quotes.Any(q => q.Open == next);
    }

    private static bool IsOnlyPunctuation(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (
                !(
                    char.IsWhiteSpace(text[i])
                    || text[i] is ',' or '.' or '!' or '?' or ';' or '—' or '–' or '-' or ':'
                )
            )
            {
                return false;
            }
        }
        return true;
    }
}
