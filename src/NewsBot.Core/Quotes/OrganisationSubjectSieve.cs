using NewsBot.Core.Text;

namespace NewsBot.Core.Quotes;

/// <summary>
/// The last sieve: an organisation that is the subject of the quote's sentence, or of a clause of it before the
/// quote, speaks its words — `The State Department gave its "deepest sympathies"`, `…, the Department of Defense
/// justified the strike as "defensive": "…"`. The subject is a capitalised name of two words or more holding an
/// organisation's noun (department, ministry, court, police …), followed by a verb; no person is the subject of
/// a clause between it and the quote, and the verb is not passive. Only quotes no other sieve could attribute come here.
/// </summary>
internal static class OrganisationSubjectSieve
{
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "of",
        "and",
        "for",
        "on",
        "&",
    };

    public static Attribution? Find(ParagraphView view, int open)
    {
        var (start, _) = view.SentenceAt(open);
        var first = view.WordAtOrAfter(start);
        var end = view.WordAtOrAfter(open);
        return NamedSubject(view, open, first, end) ?? GroupSubject(view, open, first, end);
    }

    /// <summary>A capitalised organisation's name opening a clause: `The Harbour Safety Department justified …`.</summary>
    private static Attribution? NamedSubject(ParagraphView view, int open, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (!OpensClause(view, k, first) || view.IsQuoted(k))
            {
                continue;
            }
            var runStart = view.Words[k].Text is "The" or "the" ? k + 1 : k;
            var runEnd = CapitalisedRunEnd(view, runStart, end);
            // "Scientists discovered …" at a sentence's start is a description, not an organisation's name.
            if (runEnd - runStart < 2 || !HoldsGroupNoun(view, runStart, runEnd))
            {
                continue;
            }
            // A form of "be" is no verb here, so "the Department was called …" (passive) never qualifies.
            if (
                runEnd >= end
                || !IsVerb(view.Words[runEnd])
                || NamesSomeoneBetween(view, view.Words[runStart].Start, open)
            )
            {
                return null;
            }
            return Speaker(view, runStart, runEnd);
        }
        return null;
    }

    /// <summary>
    /// "the" and a lowercase group noun right before a verb, anywhere before the quote: `in what the police declared
    /// a "terrorist-related" attack`, `the ministry called the report "baseless"`.
    /// </summary>
    private static Attribution? GroupSubject(ParagraphView view, int open, int first, int end)
    {
        for (var k = first; k + 2 < end; k++)
        {
            if (view.Words[k].Lower != "the" || view.IsQuoted(k))
            {
                continue;
            }
            var nounEnd = k + 1;
            while (
                nounEnd < end
                && view.AreAdjacent(nounEnd - 1, nounEnd)
                && char.IsLower(view.Words[nounEnd].Text[0])
                && !view.Words[nounEnd].IsPossessive
                && Lexicon.GroupNouns.Contains(view.Words[nounEnd].Text)
            )
            {
                nounEnd++;
            }
            if (
                nounEnd > k + 1
                && nounEnd < end
                && view.AreAdjacent(nounEnd - 1, nounEnd)
                && IsVerb(view.Words[nounEnd])
                && !NamesSomeoneBetween(view, view.Words[k].Start, open)
            )
            {
                return Speaker(view, k + 1, nounEnd);
            }
        }
        return null;
    }

    private static Attribution Speaker(ParagraphView view, int from, int end) =>
        new(
            new CastMember(view.Text[view.Words[from].Start..view.Words[end - 1].End])
            {
                IsGroup = true,
            },
            AttributionRule.Explicit
        )
        {
            Pattern = AttributionPattern.OrganisationSubject,
        };

    /// <summary>The sentence's first word, or a word after a comma or a dash.</summary>
    private static bool OpensClause(ParagraphView view, int k, int first)
    {
        if (k == first)
        {
            return true;
        }
        var gap = view.Text.AsSpan(
            view.Words[k - 1].End,
            view.Words[k].Start - view.Words[k - 1].End
        );
        return gap.IndexOfAny([',', '—', '–', ';']) >= 0;
    }

    /// <summary>"United States Department of Health and Human Services": capitalised words and the connectors between them.</summary>
    private static int CapitalisedRunEnd(ParagraphView view, int from, int limit)
    {
        var end = from;
        for (var k = from; k < limit; k++)
        {
            if (view.IsQuoted(k) || (k > from && !view.AreAdjacent(k - 1, k)))
            {
                break;
            }
            var word = view.Words[k];
            if (word.IsCapitalised && !word.IsPossessive)
            {
                end = k + 1;
                continue;
            }
            if (
                k > from
                && Connectors.Contains(word.Text)
                && k + 1 < limit
                && view.Words[k + 1].IsCapitalised
            )
            {
                continue;
            }
            break;
        }
        return end;
    }

    private static bool HoldsGroupNoun(ParagraphView view, int from, int end)
    {
        for (var k = from; k < end; k++)
        {
            if (Lexicon.GroupNouns.Contains(view.Words[k].Bare))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A lowercase speech or claim verb, or a verb in the past tense: "justified", "says", "declared", "gave".</summary>
    private static bool IsVerb(Word word) =>
        char.IsLower(word.Text[0])
        && !Lexicon.IsStopWord(word.Lower)
        && !Lexicon.IsPersonNoun(word.Lower)
        && (
            Lexicon.SpeechVerbs.Contains(word.Text)
            || Lexicon.ClaimVerbs.Contains(word.Text)
            || Lexicon.IrregularPastVerbs.Contains(word.Text)
            || word.Text.EndsWith("ed", StringComparison.Ordinal)
        );

    /// <summary>A person who is the subject of a clause between the organisation and the quote may be its speaker.</summary>
    private static bool NamesSomeoneBetween(ParagraphView view, int from, int to) =>
        view.Mentions.Any(m =>
            m.Kind is MentionKind.Name or MentionKind.Pronoun
            && m.Start >= from
            && m.End <= to
            && !view.IsQuoted(m.FirstWord)
            && (
                SpeechContext.IsSubject(view, m, view.SentenceAt(m.Start).Start)
                // "…, and Mayor Ann Lee criticised": a title before the name hides it from IsSubject.
                || (
                    m.EndWord < view.Words.Count
                    && view.AreAdjacent(m.EndWord - 1, m.EndWord)
                    && IsVerb(view.Words[m.EndWord])
                )
            )
        );
}
