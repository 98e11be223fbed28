namespace NewsBot.Core.Articles;

/// <summary>
/// Words whose trailing period does not end a sentence ("St. Petersburg", seeds/001:25–26;
/// "on Feb. 12", seeds/001:2), shared by the sentence splitter and the line joiner.
/// </summary>
internal static class Abbreviations
{
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "Mr",
        "Mrs",
        "Ms",
        "Messrs",
        "Dr",
        "Prof",
        "St",
        "Mt",
        "Ft",
        "Gen",
        "Lt",
        "Col",
        "Maj",
        "Capt",
        "Cpt",
        "Sgt",
        "Cpl",
        "Pvt",
        "Adm",
        "Cmdr",
        "Brig",
        "Gov",
        "Sen",
        "Rep",
        "Rev",
        "Hon",
        "Pres",
        "Supt",
        "Insp",
        "Amb",
        "Jr",
        "Sr",
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
        "vs",
        "approx",
        "est",
        "Fig",
        "Vol",
        "Ave",
        "Blvd",
        "Rd",
        "Univ",
        "Dept",
        "Gens",
        "No",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup =
        Titles.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that start a new sentence after a dotted acronym ("… the U.S. The …").</summary>
    private static readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal)
    {
        "The",
        "A",
        "An",
        "He",
        "She",
        "It",
        "They",
        "We",
        "I",
        "But",
        "And",
        "This",
        "That",
        "These",
        "Those",
        "In",
        "On",
        "At",
        "However",
        "His",
        "Her",
        "Their",
        "Its",
        "There",
        "Our",
        "You",
        "If",
        "When",
        "While",
        "After",
        "Before",
        "Meanwhile",
        "Still",
        "Yet",
    };

    /// <summary>
    /// The kind of word that ends at <paramref name="periodIndex"/> (the index of its period).
    /// </summary>
    public static AbbreviationKind KindBefore(string text, int periodIndex)
    {
        var start = periodIndex;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }
        if (start == periodIndex)
        {
            return AbbreviationKind.None;
        }
        var word = text[start..periodIndex];
        if (Titles.Contains(word))
        {
            return AbbreviationKind.Title;
        }
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            // A single initial: "J. Smith".
            return AbbreviationKind.Title;
        }
        if (IsDottedAcronym(word))
        {
            return AbbreviationKind.DottedAcronym;
        }
        return AbbreviationKind.None;
    }

    /// <summary>
    /// Whether a word (without its period) is a short form that keeps its period as part of the word:
    /// "Dr", "Feb", "No" as written, or in capitals ("DR").
    /// </summary>
    public static bool IsShortForm(ReadOnlySpan<char> word)
    {
        if (TitleLookup.Contains(word))
        {
            return true;
        }
        if (word.Length < 2 || word.Length > 8)
        {
            return false;
        }
        Span<char> capitalised = stackalloc char[word.Length];
        capitalised[0] = char.ToUpperInvariant(word[0]);
        for (var i = 1; i < word.Length; i++)
        {
            capitalised[i] = char.ToLowerInvariant(word[i]);
        }
        return TitleLookup.Contains(capitalised);
    }

    public static bool StartsSentenceAfterAcronym(string text, int wordStart)
    {
        var end = wordStart;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }
        return SentenceStarters.Contains(text[wordStart..end]);
    }

    // "U.S", "U.K", "a.m", "e.g": single letters separated by periods.
    private static bool IsDottedAcronym(string word)
    {
        if (word.Length < 3)
        {
            return false;
        }
        for (var i = 0; i < word.Length; i++)
        {
            var expectLetter = i % 2 == 0;
            if (expectLetter != char.IsLetter(word[i]))
            {
                return false;
            }
        }
        return true;
    }
}

internal enum AbbreviationKind
{
    None,

    /// <summary>A title, month or initial: never ends a sentence.</summary>
    Title,

    /// <summary>"U.S.": ends a sentence only before a word that usually starts one.</summary>
    DottedAcronym,
}
