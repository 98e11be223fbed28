using NewsBot.Core.Text;

namespace NewsBot.Core.Quotes;

/// <summary>
/// Where the sieves look for a speaker's mention next to a speech verb: its subject right before (past an
/// aside, a prepositional phrase or "who"), the mention after a determiner or an organisation, a name in
/// commas after a description; and which verbs speak.
/// </summary>
internal static class SpeakerMentions
{
    /// <summary>"his father, Abdullah Roe": a description followed by a name in commas stands for the name.</summary>
    internal static Mention AppositiveNameOf(ParagraphView view, Mention mention)
    {
        if (mention.Kind == MentionKind.Name || mention.EndWord >= view.Words.Count)
        {
            return mention;
        }
        var gap = view
            .Text.AsSpan(mention.End, view.Words[mention.EndWord].Start - mention.End)
            .Trim();
        return
            gap.SequenceEqual(",")
            && view.MentionStartingAt(mention.EndWord) is { Kind: MentionKind.Name } named
            ? named
            : mention;
    }

    /// <summary>
    /// The mention starting at word <paramref name="k"/>, or after a determiner and a possessor:
    /// "the company’s chief executive Lee Jae-sung said".
    /// </summary>
    internal static Mention? MentionAfterDeterminers(ParagraphView view, int k)
    {
        for (var j = k; j < view.Words.Count && j <= k + 5; j++)
        {
            var mention = view.MentionStartingAt(j);
            if (mention is { Kind: MentionKind.Name } || (mention is not null && j > k))
            {
                return mention;
            }
            if (
                mention is not null
                && MentionAfterDeterminers(view, j + 1) is { Kind: MentionKind.Name } named
            )
            {
                return named;
            }
            if (mention is not null)
            {
                return mention;
            }
            var word = view.Words[j];
            // "said Acme University chemistry professor Jane Roe": the organisation before a role is skipped.
            var isDeterminer =
                word.Text is "the" or "The" or "a" or "an" or "its" or "their" or "his" or "her"
                || word.IsPossessive
                || (word.IsCapitalised && !Lexicon.IsStopWord(word.Lower))
                || (
                    j > k
                    && view.Words[j - 1].IsCapitalised
                    && Lexicon.NameConnectors.Contains(word.Text)
                );
            if (
                !isDeterminer
                || view.IsQuoted(j)
                || (j + 1 < view.Words.Count && !view.AreAdjacent(j, j + 1))
            )
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>The mention right before a speech verb, allowing "also", "directly" and the like between.</summary>
    internal static Mention? SubjectDirectlyBefore(ParagraphView view, int verb, int first)
    {
        var k = verb - 1;
        while (
            k >= first
            && !view.IsQuoted(k)
            && SpeechContext.IsAuxiliary(view.Words[k])
            && view.AreAdjacent(k, k + 1)
        )
        {
            k--;
        }
        // "… drafted by Jane Roe, who said …": the relative pronoun stands for the name before it.
        if (
            k > first
            && view.Words[k].Text == "who"
            && !view.IsQuoted(k - 1)
            && view.MentionEndingAt(k - 1) is { Kind: MentionKind.Name } antecedent
        )
        {
            return antecedent;
        }
        if (k >= first && !view.IsQuoted(k) && !view.AreAdjacent(k, k + 1))
        {
            return SubjectBeforeBrackets(view, k, first) ?? SubjectBeforeAppositive(view, k, first);
        }
        // "Rutte’s remarks underscored …" (000_…txt line 3): a possessive is not the speaker of the noun after it.
        if (k < first || view.IsQuoted(k) || view.Words[k].IsPossessive)
        {
            return null;
        }
        var direct = view.MentionEndingAt(k);
        if (direct is not null && NamesOnlyItsPhrase(view, direct))
        {
            return null;
        }
        // "President Jane Roe of Ruritania said": the person, not the country her phrase names.
        return direct is null or { Kind: MentionKind.Group }
            ? SubjectBeforePhrase(view, k, first) ?? direct
            : direct;
    }

    private static readonly System.Buffers.SearchValues<char> PhraseBreaks =
        System.Buffers.SearchValues.Create(",.;:“”\"");

    private static readonly HashSet<string> PhrasePrepositions = new(StringComparer.Ordinal)
    {
        "of",
        "from",
        "at",
        "with",
        "for",
        "in",
    };

    /// <summary>
    /// "Virologist Jane Roe of Acme Research said": words read as one name whose person is only the
    /// institution after "of" (the name before it is no person the article knows). The speaker is the
    /// one before the phrase, whom the article does not know as a person: nobody, rather than the
    /// institution. "Analyst Petra Novak of Danube Capital", whose person is the name before "of", is not.
    /// </summary>
    internal static bool NamesOnlyItsPhrase(ParagraphView view, Mention mention)
    {
        if (mention is not { Kind: MentionKind.Name, Member: { } member })
        {
            return false;
        }
        for (var j = mention.FirstWord + 1; j < mention.EndWord - 1; j++)
        {
            var before = view.Words[j - 1].Text;
            // "First Minister of Scotland Jane Roe": a title's phrase, the person after it.
            if (
                PhrasePrepositions.Contains(view.Words[j].Text)
                && !member.Name.Contains(before, StringComparison.Ordinal)
                && !Lexicon.TitleWords.Contains(before)
                && !Lexicon.IsPersonNoun(before.ToLowerInvariant())
            )
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "Jane Roe of the city council said", "Jane Roe from the opposition said in a statement": a name
    /// followed by a prepositional phrase of a few words, with no comma or other speaker between.
    /// </summary>
    private static Mention? SubjectBeforePhrase(ParagraphView view, int last, int first)
    {
        for (var j = last - 1; j >= first && j >= last - 10; j--)
        {
            if (
                view.IsQuoted(j)
                || view.Text.AsSpan(view.Words[j].End, view.Words[j + 1].Start - view.Words[j].End)
                    .IndexOfAny(PhraseBreaks) >= 0
                || IsSpeechVerb(view, j)
            )
            {
                return null;
            }
            if (
                view.MentionEndingAt(j) is { Kind: MentionKind.Name } mention
                && PhrasePrepositions.Contains(view.Words[j + 1].Text)
            )
            {
                return mention;
            }
        }
        return null;
    }

    /// <summary>"Ann Lee (Labour) said …", "Jane Roe (D-Ohio) said …": the name right before the brackets.</summary>
    private static Mention? SubjectBeforeBrackets(ParagraphView view, int lastInBrackets, int first)
    {
        var after = view.Text.AsSpan(
            view.Words[lastInBrackets].End,
            view.Words[lastInBrackets + 1].Start - view.Words[lastInBrackets].End
        );
        if (!after.Trim().SequenceEqual(")"))
        {
            return null;
        }
        for (var k = lastInBrackets; k > first && k > lastInBrackets - 6; k--)
        {
            var gap = view.Text.AsSpan(
                view.Words[k - 1].End,
                view.Words[k].Start - view.Words[k - 1].End
            );
            if (gap.IndexOf(')') >= 0 || view.IsQuoted(k))
            {
                return null;
            }
            if (gap.Trim().SequenceEqual("("))
            {
                return view.MentionEndingAt(k - 1) is { Kind: MentionKind.Name } named
                    ? named
                    : null;
            }
        }
        return null;
    }

    /// <summary>"Ilse Brandt, 54, said …", "Kateryna Stepanenko, a research fellow at …, said …": the name before the commas.</summary>
    private static Mention? SubjectBeforeAppositive(
        ParagraphView view,
        int lastOfAppositive,
        int first
    )
    {
        var gap = view
            .Text.AsSpan(
                view.Words[lastOfAppositive].End,
                view.Words[lastOfAppositive + 1].Start - view.Words[lastOfAppositive].End
            )
            .Trim();
        if (!gap.SequenceEqual(","))
        {
            return null;
        }
        // Asides can follow one another ("Ann Roe, of Acme, one of the founders, said"): the speaker is
        // the name the first of them hangs from, or a name set off by commas after a description
        // ("The mayor of the city, Jane Roe, said").
        Mention? nearest = null;
        for (var k = lastOfAppositive; k > first && k > lastOfAppositive - 24; k--)
        {
            if (view.IsQuoted(k))
            {
                break;
            }
            var between = view
                .Text.AsSpan(view.Words[k - 1].End, view.Words[k].Start - view.Words[k - 1].End)
                .Trim(" ()");
            if (between.Length == 0)
            {
                continue;
            }
            if (!between.SequenceEqual(",") || view.Words[k - 1].IsPossessive)
            {
                break;
            }
            if (
                nearest is null
                && view.MentionEndingAt(lastOfAppositive) is { Kind: MentionKind.Name } named
                && named.FirstWord >= k
                && IsRoleOnly(view, k, named.FirstWord)
            )
            {
                return named;
            }
            var before = view.MentionEndingAt(k - 1);
            if (before is { Kind: MentionKind.Name })
            {
                nearest = before;
            }
            else if (before is not null)
            {
                nearest ??= before;
            }
        }
        return nearest;
    }

    /// <summary>Words [from, to) before a name that can only be more of its role: "civil and" in "civil and environmental engineer Jane Roe".</summary>
    private static bool IsRoleOnly(ParagraphView view, int from, int to)
    {
        if (to - from > 3)
        {
            return false;
        }
        for (var k = from; k < to; k++)
        {
            var word = view.Words[k];
            if (
                word.Text != "and"
                && (
                    !char.IsLower(word.Text[0])
                    || Lexicon.IsStopWord(word.Lower)
                    || word.Text.EndsWith("ing", StringComparison.Ordinal)
                )
            )
            {
                return false;
            }
        }
        return true;
    }

    internal static int SkipAuxiliaries(ParagraphView view, int k)
    {
        while (k < view.Words.Count && SpeechContext.IsAuxiliary(view.Words[k]))
        {
            k++;
        }
        return k;
    }

    /// <summary>A speech verb in the active voice: "was described as" names no speaker before it.</summary>
    internal static bool IsSpeechVerb(ParagraphView view, int k) =>
        Lexicon.SpeechVerbs.Contains(view.Words[k].Text)
        && char.IsLower(view.Words[k].Text[0])
        && !IsPassive(view, k);

    private static bool IsPassive(ParagraphView view, int k)
    {
        for (var j = k - 1; j >= 0 && j >= k - 2; j--)
        {
            if (SpeechContext.IsPassiveAuxiliary(view.Words[j].Text))
            {
                return true;
            }
            if (!SpeechContext.IsAuxiliary(view.Words[j]))
            {
                return false;
            }
        }
        return false;
    }
}
