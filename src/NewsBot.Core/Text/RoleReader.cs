namespace NewsBot.Core.Text;

/// <summary>The role a paragraph gives a name next to it: a lowercase role before it, an appositive after it, a description before it in commas.</summary>
internal static class RoleReader
{
    /// <summary>
    /// "The mayor of the city, Jane Roe, said": a name set off by commas right after a description of a
    /// person is that person, and the description is the role.
    /// </summary>
    internal static string? DescriptionBefore(ParagraphView view, NameSequence seq)
    {
        var comma = seq.FirstWord - 1;
        if (
            comma < 0
            || view.IsQuoted(comma)
            || !view
                .Text.AsSpan(view.Words[comma].End, seq.Start - view.Words[comma].End)
                .Trim()
                .SequenceEqual(",")
        )
        {
            return null;
        }
        var afterName =
            seq.EndWord < view.Words.Count
                ? view
                    .Text.AsSpan(
                        view.Words[seq.EndWord - 1].End,
                        view.Words[seq.EndWord].Start - view.Words[seq.EndWord - 1].End
                    )
                    .Trim()
                : ".";
        if (afterName.IsEmpty || afterName[0] is not (',' or '.' or ':' or ';'))
        {
            return null;
        }
        for (var k = comma; k >= 0 && k > comma - 12; k--)
        {
            var word = view.Words[k];
            if (view.IsQuoted(k) || (k < comma && !view.AreAdjacent(k, k + 1)))
            {
                return null;
            }
            // "the governor's spokesman, Jane Roe,": a possessor's person noun right before the commas.
            if (word.IsPossessive && k < comma && Lexicon.IsPersonNoun(view.Words[comma].Text))
            {
                return view.Text[view.Words[k + 1].Start..view.Words[comma].End];
            }
            if (word.Text is "the" or "The" or "a" or "A" or "its" or "their" or "his" or "her")
            {
                if (k == comma)
                {
                    return null;
                }
                var role = view.Text[view.Words[k + 1].Start..view.Words[comma].End];
                var words = role.Split(' ');
                return words.Any(w => Lexicon.IsPersonNoun(w) || Lexicon.TitleWords.Contains(w))
                    ? role
                    : null;
            }
        }
        return null;
    }

    /// <summary>
    /// The first word of a lowercase role right before a name — "park director Anna Kowalczyk",
    /// "opposition leader Irena Kos" — or <paramref name="first"/> when there is none.
    /// </summary>
    internal static int LowercaseRoleStart(ParagraphView view, int first)
    {
        var k = first - 1;
        if (
            k < 0
            || view.IsQuoted(k)
            || !view.AreAdjacent(k, first)
            || !char.IsLower(view.Words[k].Text[0])
            || !Lexicon.IsPersonNoun(view.Words[k].Text)
        )
        {
            return first;
        }
        var start = k;
        for (var j = k - 1; j >= 0 && j >= k - 2; j--)
        {
            var word = view.Words[j];
            var isModifier =
                !view.IsQuoted(j)
                && view.AreAdjacent(j, j + 1)
                && !word.IsPossessive
                && !Lexicon.IsStopWord(word.Lower)
                && !Lexicon.SpeechVerbs.Contains(word.Text)
                && !Lexicon.AuxiliaryWords.Contains(word.Text)
                && !word.Text.Any(char.IsDigit)
                && !(
                    word.IsCapitalised
                    && PersonNameRecognizer.LeadingFunctionWords.Contains(word.Text)
                );
            if (!isModifier)
            {
                break;
            }
            start = j;
        }
        return start;
    }

    /// <summary>", a Russia research fellow at the Institute for the Study of War," after a name (002_…txt line 36).</summary>
    internal static string? Appositive(ParagraphView view, int endWord)
    {
        if (endWord >= view.Words.Count)
        {
            return null;
        }
        var afterName = view.Words[endWord - 1].End;
        if (afterName >= view.Text.Length || view.Text[afterName] != ',')
        {
            return null;
        }
        var stop = view.Text.IndexOfAny(AppositiveStops, afterName + 1);
        if (stop < 0)
        {
            stop = view.Text.Length;
        }
        // "U.S." keeps its period inside a word; only a period that ends a word stops the appositive.
        var candidate = view.Text[(afterName + 1)..stop].Trim();
        // An age comes first: "Marie Lefèvre, 43, a nurse who …".
        if (
            candidate.Length > 0
            && candidate.All(char.IsDigit)
            && stop < view.Text.Length
            && view.Text[stop] == ','
        )
        {
            var next = view.Text.IndexOfAny(AppositiveStops, stop + 1);
            candidate = view.Text[(stop + 1)..(next < 0 ? view.Text.Length : next)].Trim();
        }
        var words = candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 14 || words[0] is "who" or "which" or "that" or "and")
        {
            return null;
        }
        // "a nurse who joined the march": the role ends where a relative clause begins.
        var relative = Array.FindIndex(words, w => w is "who" or "which" or "whose");
        if (relative > 0)
        {
            words = words[..relative];
            candidate = string.Join(' ', words);
        }
        if (
            !words.Any(w =>
                Lexicon.PersonNouns.Contains(w.Trim('’', '\'')) || Lexicon.TitleWords.Contains(w)
            )
        )
        {
            return null;
        }
        return words[0] is "a" or "an" or "the" ? string.Join(' ', words[1..]) : candidate;
    }

    private static readonly char[] AppositiveStops = [',', ';', '.', '(', '“', '"', ':'];
}
