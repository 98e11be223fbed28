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
            var hasArticle = view.Words[k].Text is "The" or "the";
            var runStart = hasArticle ? k + 1 : k;
            var runEnd = CapitalisedRunEnd(view, runStart, end);
            if (!IsOrganisationName(view, runStart, runEnd, hasArticle))
            {
                continue;
            }
            // "The World Health Organization (WHO) declared …": the acronym in brackets stands between name and verb.
            var verb = SkipTimeAndAdverbs(view, AfterBracketedAcronym(view, runEnd, end), end);
            // A form of "be" is no verb here, so "the Department was called …" (passive) never qualifies.
            if (
                verb >= end
                || !SpeechContext.IsActionVerb(view.Words[verb])
                || NamesSomeoneBetween(view, view.Words[runStart].Start, open)
            )
            {
                // "Another eyewitness, Jane Roe, described …": a capitalised word opening the sentence that no verb
                // follows is no body's name; the name may come after it.
                if (runEnd - runStart == 1 && !hasArticle && !IsAcronym(view.Words[runStart].Bare))
                {
                    continue;
                }
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
            // "the ministry", or a possessive name before it: "Eastland's foreign ministry".
            var owned = view.Words[k].IsPossessive && view.Words[k].IsCapitalised;
            if ((view.Words[k].Lower != "the" && !owned) || view.IsQuoted(k))
            {
                continue;
            }
            var nounEnd = k + 1;
            var modifiers = 0;
            while (
                nounEnd < end
                && view.AreAdjacent(nounEnd - 1, nounEnd)
                && char.IsLower(view.Words[nounEnd].Text[0])
                && !view.Words[nounEnd].IsPossessive
                && !Lexicon.IsStopWord(view.Words[nounEnd].Lower)
                && (
                    Lexicon.GroupNouns.Contains(view.Words[nounEnd].Text)
                    || (
                        owned && modifiers++ < 2 && !SpeechContext.IsActionVerb(view.Words[nounEnd])
                    )
                )
            )
            {
                nounEnd++;
            }
            // "The proclamation said": a statement speaks for its author (see GroupMentionFinder), never as one.
            if (
                nounEnd == k + 1
                || !Lexicon.GroupNouns.Contains(view.Words[nounEnd - 1].Text)
                || Lexicon.StatementNouns.Contains(view.Words[nounEnd - 1].Text)
            )
            {
                continue;
            }
            var name = owned ? k : k + 1;
            // "The government of Eastland has denied …": the place or body it is of belongs to its name.
            var verb = OfItsName(view, nounEnd, end);
            var nameEnd = verb;
            verb = SkipTimeAndAdverbs(view, verb, end);
            if (
                verb < end
                && view.AreAdjacent(verb - 1, verb)
                && SpeechContext.IsActionVerb(view.Words[verb])
                && !NamesSomeoneBetween(view, view.Words[k].Start, open)
            )
            {
                return Speaker(view, name, nameEnd);
            }
        }
        return null;
    }

    /// <summary>After "government" in "the government of Eastland", the word after "of Eastland"; else <paramref name="k"/>.</summary>
    private static int OfItsName(ParagraphView view, int k, int end)
    {
        if (k + 1 >= end || view.Words[k].Text != "of" || !view.AreAdjacent(k - 1, k))
        {
            return k;
        }
        var runEnd = CapitalisedRunEnd(view, k + 1, end);
        return runEnd > k + 1 ? runEnd : k;
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
            if (
                view.IsQuoted(k)
                || (k > from && !view.AreAdjacent(k - 1, k))
                || Lexicon.CalendarWords.Contains(view.Words[k].Bare)
            )
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
                && !Lexicon.CalendarWords.Contains(view.Words[k + 1].Bare)
            )
            {
                continue;
            }
            break;
        }
        return end;
    }

    /// <summary>
    /// A name that is an organisation's: two words or more holding a group noun ("Harbour Safety Department") or
    /// naming nobody of the article ("Amnesty International", "The New York Times"); one word after "the" ("the
    /// Kremlin"), in capitals ("NASA") or that names a body (see <see cref="IsBodyName"/>). "Scientists discovered …" at a sentence's start is a description, and a
    /// day or a month is a time.
    /// </summary>
    private static bool IsOrganisationName(ParagraphView view, int from, int end, bool hasArticle)
    {
        if (
            end <= from
            || Enumerable
                .Range(from, end - from)
                .Any(k => Lexicon.CalendarWords.Contains(view.Words[k].Bare))
        )
        {
            return false;
        }
        if (end - from >= 2)
        {
            return HoldsGroupNoun(view, from, end) || !NamesAPerson(view, from, end);
        }
        var word = view.Words[from];
        return !NamesAPerson(view, from, end)
            && !Lexicon.IsStopWord(word.Lower)
            && (hasArticle || IsAcronym(word.Bare) || IsBodyName(word));
    }

    /// <summary>
    /// "Medialine rated …", "GitHub announced …": one capitalised word before a verb names a body, unless it is a
    /// plural ("Critics described …" are people of a kind; a capital inside, "GitHub", shows a name all the same),
    /// a title, a noun for people or groups, or a word that never names anyone (a pronoun, "Many", a place).
    /// </summary>
    private static bool IsBodyName(Word word) =>
        word.Bare.Length >= 3
        && word.Bare.All(char.IsLetter)
        && (word.Bare.Skip(1).Any(char.IsUpper) || !word.Bare.EndsWith('s'))
        && !Lexicon.NonPersonWords.Contains(word.Bare)
        && !Lexicon.TitleWords.Contains(word.Bare)
        && !Lexicon.IsPersonNoun(word.Lower)
        && !Lexicon.GroupNouns.Contains(word.Lower)
        && !PersonNameRecognizer.LeadingFunctionWords.Contains(word.Bare);

    private static bool IsAcronym(string word) =>
        word.Length >= 2 && word.All(char.IsAsciiLetterUpper);

    /// <summary>Whether a person of the article is mentioned among the words [from, end).</summary>
    private static bool NamesAPerson(ParagraphView view, int from, int end) =>
        view.Mentions.Any(m => m.Kind == MentionKind.Name && m.FirstWord < end && m.EndWord > from);

    /// <summary>The word after "(WHO)" when a bracketed acronym follows the name at <paramref name="k"/>, else k.</summary>
    private static int AfterBracketedAcronym(ParagraphView view, int k, int end)
    {
        var after = SpeechContext.AfterBrackets(view, k);
        return after == k + 1 && after < end && IsAcronym(view.Words[k].Bare) ? after : k;
    }

    /// <summary>"The ministry on Monday said", "Acme also said": the verb after a day and adverbs.</summary>
    private static int SkipTimeAndAdverbs(ParagraphView view, int k, int end)
    {
        while (k < end)
        {
            if (
                view.Words[k].Text == "on"
                && k + 1 < end
                && Lexicon.CalendarWords.Contains(view.Words[k + 1].Bare)
            )
            {
                k += 2;
            }
            else if (SpeechContext.IsAuxiliary(view.Words[k]))
            {
                k++;
            }
            else
            {
                break;
            }
        }
        return k;
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
                    && SpeechContext.IsActionVerb(view.Words[m.EndWord])
                )
            )
        );
}
