namespace NewsBot.Core.Text;

/// <summary>
/// A run of capitalised words split into the role before a name and the name itself:
/// "NATO Secretary General Mark Rutte" → role "NATO Secretary General", name "Mark Rutte".
/// <see cref="FirstWord"/> and <see cref="EndWord"/> index the paragraph's words of the whole run; the name is
/// words [<see cref="NameWord"/>, <see cref="NameEndWord"/>) ("Pollster Frédéric Dabi of Ifop": the name ends before "of").
/// </summary>
internal sealed record NameSequence(
    int FirstWord,
    int NameWord,
    int NameEndWord,
    int EndWord,
    string Name,
    string? Role,
    int Start,
    int End
)
{
    public bool HasName => Name.Length > 0;

    public int NameTokens => NameEndWord - NameWord;

    /// <summary>The run as a mention of a name in paragraph <paramref name="paragraph"/>, of no one the article knows.</summary>
    public Mention ToMention(int paragraph) =>
        new(paragraph, FirstWord, EndWord, Start, End, MentionKind.Name, Name, null);
}

/// <summary>
/// A light person-name recogniser: capitalised word runs (with inner "of", "van", "al" …), title words
/// before the name make its role, and words that name organisations, places, nationalities, days or
/// publications never belong to a name. Whether a run is a person is decided by its context
/// (a title, an appositive, a speech verb) in <see cref="ArticleCast"/>.
/// </summary>
internal static class PersonNameRecognizer
{
    internal static readonly HashSet<string> LeadingFunctionWords = new(
        StringComparer.OrdinalIgnoreCase
    )
    {
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "For",
        "From",
        "To",
        "By",
        "With",
        "And",
        "But",
        "As",
        "If",
        "When",
        "While",
        "Despite",
        "After",
        "Before",
        "Since",
        "During",
        "Speaking",
        "According",
        "Meanwhile",
        "However",
        "Former",
        "Then",
        "Current",
        "Outgoing",
        // Conjunctions opening a clause ("Although I'm usually called …") are never a name's first word.
        "Although",
        "Though",
        "Because",
        "Unless",
        "Until",
        "Whether",
        "Whereas",
        "Once",
        // Numbers and quantifiers opening a sentence ("One of the victims said") stand for people left unnamed.
        "One",
        "Two",
        "Three",
        "Some",
        "Many",
        "Several",
        "Both",
        "Each",
        "Another",
        "Others",
        "Most",
        "All",
    };

    private static readonly HashSet<string> InnerNameParticles = new(StringComparer.Ordinal)
    {
        "van",
        "von",
        "de",
        "der",
        "den",
        "al",
        "bin",
        "da",
        "di",
        "le",
        "la",
        "du",
        "dos",
    };

    /// <summary>The capitalised runs of <paramref name="words"/>, skipping words for which <paramref name="isExcluded"/> holds (quoted words).</summary>
    public static List<NameSequence> Find(
        string text,
        IReadOnlyList<Word> words,
        Func<int, bool> isExcluded,
        IReadOnlySet<string>? familyNames = null
    )
    {
        var sequences = new List<NameSequence>();
        var i = 0;
        while (i < words.Count)
        {
            if (isExcluded(i) || !words[i].IsCapitalised || IsFirstPerson(words[i]))
            {
                i++;
                continue;
            }
            var j = i + 1;
            while (
                j < words.Count
                && !words[j - 1].IsPossessive
                && !isExcluded(j)
                && IsSingleSpace(text, words[j - 1], words[j])
            )
            {
                if (words[j].IsCapitalised && !IsFirstPerson(words[j]))
                {
                    j++;
                }
                else if (
                    Lexicon.NameConnectors.Contains(words[j].Text)
                    && j + 1 < words.Count
                    && !isExcluded(j + 1)
                    && words[j + 1].IsCapitalised
                    && IsSingleSpace(text, words[j], words[j + 1])
                )
                {
                    j += 2;
                }
                else
                {
                    break;
                }
            }
            // A photo credit ("John Thys / AFP", 001_…txt line 2) is a photographer, never a speaker.
            if (!IsFollowedBySlash(text, words[j - 1].End))
            {
                sequences.Add(Split(text, words, i, j, familyNames));
            }
            i = j;
        }
        return sequences;
    }

    /// <summary>"I", "I'm", "I’ve": capitalised, but the speaker's own voice, never a name ("So I said …").</summary>
    private static bool IsFirstPerson(Word word) =>
        word.Text.Length > 0
        && word.Text[0] == 'I'
        && (word.Text.Length == 1 || word.Text[1] is '\'' or '’');

    private static readonly HashSet<string> SegmentBreaks = new(StringComparer.Ordinal)
    {
        "of",
        "for",
        "the",
    };

    private static NameSequence Split(
        string text,
        IReadOnlyList<Word> words,
        int first,
        int end,
        IReadOnlySet<string>? familyNames
    )
    {
        // "Secretary of State Marco Rubio" names the person in its last part, "Analyst Petra Novak of Danube
        // Capital" in its first: the last part whose name follows a title wins, else the last part holding a
        // full name, else a one-word name at the very end.
        (int Start, int Length)? titled = null;
        (int Start, int Length)? full = null;
        (int Start, int Length)? single = null;
        var segmentEnd = end;
        for (var k = end; k >= first; k--)
        {
            if (k > first && !SegmentBreaks.Contains(words[k - 1].Text))
            {
                continue;
            }
            var candidate = NameIn(words, k, segmentEnd, familyNames);
            var hasTitle = HasTitle(words, k, candidate.Start);
            if (candidate.Length > 0 && hasTitle)
            {
                titled ??= candidate;
            }
            if (candidate.Length >= 2)
            {
                full ??= candidate;
            }
            if (candidate.Length == 1 && segmentEnd == end)
            {
                single = candidate;
            }
            segmentEnd = k - 1;
        }
        var chosen = titled ?? full ?? single ?? (end, 0);
        var (nameStart, nameEnd) = (chosen.Start, chosen.Start + chosen.Length);
        var roleFirst = first;
        while (roleFirst < nameStart && LeadingFunctionWords.Contains(words[roleFirst].Bare))
        {
            roleFirst++;
        }
        string? role = null;
        var roleEnd = nameStart;
        while (roleEnd > roleFirst && Lexicon.NameConnectors.Contains(words[roleEnd - 1].Text))
        {
            roleEnd--;
        }
        if (roleEnd > roleFirst && HasTitle(words, roleFirst, roleEnd))
        {
            role = text[words[roleFirst].Start..words[roleEnd - 1].End];
        }
        var name = nameStart < nameEnd ? text[words[nameStart].Start..words[nameEnd - 1].End] : "";
        if (name.Length > 0 && words[nameEnd - 1].IsPossessive)
        {
            name = name[..^2];
        }
        return new NameSequence(
            first,
            nameStart,
            nameEnd,
            end,
            name,
            role,
            words[first].Start,
            words[end - 1].End
        );
    }

    /// <summary>True when a word of [<paramref name="from"/>, <paramref name="to"/>) is a title or a person noun.</summary>
    private static bool HasTitle(IReadOnlyList<Word> words, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (
                Lexicon.TitleWords.Contains(words[k].Bare)
                || Lexicon.PersonNouns.Contains(words[k].Bare)
            )
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The name at the end of the words [segmentStart, segmentEnd): at most four name words.</summary>
    private static (int Start, int Length) NameIn(
        IReadOnlyList<Word> words,
        int segmentStart,
        int segmentEnd,
        IReadOnlySet<string>? familyNames
    )
    {
        if (segmentEnd <= segmentStart)
        {
            return (segmentEnd, 0);
        }
        var nameStart = segmentEnd;
        while (
            nameStart > segmentStart
            && IsNameWord(
                words,
                nameStart - 1,
                segmentStart,
                segmentEnd,
                isLast: nameStart == segmentEnd,
                familyNames
            )
        )
        {
            nameStart--;
        }
        // A name is at most four words ("Ursula von der Leyen"); longer runs are organisations or headings.
        if (segmentEnd - nameStart > 4)
        {
            return (segmentEnd, 0);
        }
        while (nameStart < segmentEnd && InnerNameParticles.Contains(words[nameStart].Text))
        {
            nameStart++;
        }
        return (nameStart, segmentEnd - nameStart);
    }

    /// <summary>A word of a name; before the last word, a person noun ("Coach", "Economist") is a title, not a first name.</summary>
    private static bool IsNameWord(
        IReadOnlyList<Word> words,
        int k,
        int first,
        int end,
        bool isLast,
        IReadOnlySet<string>? familyNames
    )
    {
        var word = words[k];
        if (InnerNameParticles.Contains(word.Text))
        {
            return k > first && k + 1 < end;
        }
        var bare = word.Bare;
        return word.IsCapitalised
            && !word.IsAllCaps
            && HasAny(bare, char.IsLetter)
            && !HasAny(bare, char.IsDigit)
            && !Lexicon.TitleWords.Contains(bare)
            && !(bare.EndsWith('s') && Lexicon.TitleWords.Contains(bare[..^1]))
            && (isLast || !Lexicon.PersonNouns.Contains(bare))
            && (!Lexicon.NonPersonWords.Contains(bare) || familyNames?.Contains(bare) == true)
            && (!bare.Contains('.') || (bare.Length == 2 && char.IsUpper(bare[0])));
    }

    private static bool HasAny(string word, Func<char, bool> isKind)
    {
        foreach (var c in word)
        {
            if (isKind(c))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsSingleSpace(string text, Word a, Word b) =>
        b.Start - a.End == 1 && text[a.End] == ' ';

    private static bool IsFollowedBySlash(string text, int offset)
    {
        while (offset < text.Length && text[offset] == ' ')
        {
            offset++;
        }
        return offset < text.Length && text[offset] == '/';
    }
}
