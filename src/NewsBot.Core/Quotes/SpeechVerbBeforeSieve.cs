using NewsBot.Core.Text;

namespace NewsBot.Core.Quotes;

/// <summary>
/// A speech verb earlier in the quote's sentence: `X said: "…"`, `Roe warned the plan … "…"`, `declaring that
/// "…"` after the sentence's subject, `Rutte: "…"`, `Acme issued a statement: "…"`.
/// </summary>
internal sealed class SpeechVerbBeforeSieve(MentionResolver mentions)
{
    /// <summary>
    /// `X said: "…"`, `Stepanenko warns this system is unsustainable: "…"`, `The NATO chief praised the
    /// alliance’s “…”` (000_…txt line 9), `declaring that “…”` after the sentence's subject (000_…txt line 1).
    /// </summary>
    public Attribution? Find(ParagraphView view, int sentenceStart, int open)
    {
        var first = view.WordAtOrAfter(sentenceStart);
        var last = view.WordAtOrAfter(open) - 1;
        if (last < first)
        {
            return null;
        }
        // "Rutte: “…”" in a headline or summary line.
        var colon = view.Text.AsSpan(view.Words[last].End, open - view.Words[last].End).Trim();
        // Only as a label opening its sentence: in "she said about Roe: “…”" Roe is who is spoken of.
        if (
            colon.SequenceEqual(":")
            && view.MentionEndingAt(last) is { Kind: MentionKind.Name } named
            && named.FirstWord <= first
        )
        {
            return mentions.Resolve(named);
        }
        bool hasSpeechVerb;
        // "Remarked the park's director Jane Roe, “…”": a speech verb opening its sentence, its speaker after it.
        if (
            Lexicon.SpeechVerbs.Contains(view.Words[first].Text)
            && view.Words[first].IsCapitalised
            && first < last
            && SpeakerMentions.MentionAfterDeterminers(view, first + 1)
                is { Kind: MentionKind.Name } inverted
        )
        {
            return mentions.Resolve(SpeakerMentions.AppositiveNameOf(view, inverted));
        }
        // "Acme issued a statement: “…”", "The ministry's statement read “…”": a statement speaks for its author.
        hasSpeechVerb = HasStatementNoun(view, first, last);
        for (var k = last; k >= first; k--)
        {
            if (view.IsQuoted(k) || !SpeakerMentions.IsSpeechVerb(view, k))
            {
                continue;
            }
            hasSpeechVerb = true;
            // "Ash quoted Roe as saying: “…”": the words are those of the person quoted, not of the one quoting.
            if (
                k - 2 >= first
                && view.Words[k - 1].Text == "as"
                && !view.IsQuoted(k - 2)
                && view.MentionEndingAt(k - 2) is { } quotedPerson
            )
            {
                return mentions.Resolve(quotedPerson);
            }
            // "Roe paraphrased an old saying, commenting: “…”": a participle after a comma is said by the
            // subject of the clause it hangs from, not by whoever was named just before the comma.
            if (IsParticipleAfterComma(view, k))
            {
                var clauseSubject = view.Mentions.FirstOrDefault(m =>
                    m.FirstWord >= first && m.EndWord <= k && OpensClause(view, m, first)
                );
                if (clauseSubject is not null && mentions.Resolve(clauseSubject) is { } main)
                {
                    return main with { Rule = AttributionRule.Resolved };
                }
                continue;
            }
            var subject = SpeakerMentions.SubjectDirectlyBefore(view, k, first);
            if (subject is not null)
            {
                return mentions.Resolve(subject);
            }
        }
        // "Collins saw compromise as the best way: “…”": a sentence introducing a quote with a colon is
        // said by its subject, as one with a speech verb whose subject was not found next to it.
        if (!hasSpeechVerb && !colon.SequenceEqual(":"))
        {
            return null;
        }
        var sentenceSubject = view.Mentions.FirstOrDefault(m =>
            m.FirstWord >= first && m.EndWord <= last + 1
        );
        if (
            sentenceSubject is null
            || !OpensClause(view, sentenceSubject, first)
            || SpeakerMentions.NamesOnlyItsPhrase(view, sentenceSubject)
        )
        {
            return null;
        }
        return mentions.Resolve(sentenceSubject) is { } found
            ? found with
            {
                Rule = AttributionRule.Resolved,
            }
            : null;
    }

    private static bool HasStatementNoun(ParagraphView view, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (!view.IsQuoted(k) && Lexicon.StatementNouns.Contains(view.Words[k].Bare))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsParticipleAfterComma(ParagraphView view, int verb) =>
        verb > 0
        && view.Words[verb].Text.EndsWith("ing", StringComparison.Ordinal)
        && view.Text.AsSpan(
                view.Words[verb - 1].End,
                view.Words[verb].Start - view.Words[verb - 1].End
            )
            .Contains(',');

    /// <summary>A mention that opens its sentence, or its main clause after an opening phrase ("In 2019, …").</summary>
    private static bool OpensClause(ParagraphView view, Mention mention, int first)
    {
        var opening = first;
        while (opening < mention.FirstWord && view.Words[opening].Text is "The" or "A" or "An")
        {
            opening++;
        }
        if (mention.FirstWord <= opening)
        {
            return true;
        }
        var before = view.Text.AsSpan(
            view.Words[mention.FirstWord - 1].End,
            mention.Start - view.Words[mention.FirstWord - 1].End
        );
        return before.Contains(',') && view.WordAtOrAfter(view.Words[first].Start) == first;
    }
}
