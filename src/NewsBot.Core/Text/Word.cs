using NewsBot.Core.Articles;

namespace NewsBot.Core.Text;

/// <summary>A word of a text: its offsets and its characters (an abbreviation keeps its final period: "U.S.", "St.").</summary>
internal readonly record struct Word
{
    public Word(int start, int end, string text)
    {
        Start = start;
        End = end;
        Text = text;
        IsPossessive =
            text.Length > 2
            && (
                text.EndsWith("’s", StringComparison.Ordinal)
                || text.EndsWith("'s", StringComparison.Ordinal)
            );
        Bare = IsPossessive ? text[..^2] : text;
        // "al-Assad", "el-Sisi": a name whose lowercase particle is joined to it by a hyphen.
        IsCapitalised =
            text.Length > 0
            && (
                char.IsUpper(text[0])
                || (
                    text.IndexOf('-', StringComparison.Ordinal) is > 0 and <= 3 and var hyphen
                    && hyphen + 1 < text.Length
                    && char.IsUpper(text[hyphen + 1])
                    && text.AsSpan(0, hyphen) is "al" or "el" or "ul" or "bin" or "ibn" or "abu"
                )
            );
    }

    public int Start { get; }

    public int End { get; }

    public string Text { get; }

    public bool IsCapitalised { get; }

    public bool IsAllCaps
    {
        get
        {
            if (Text.Length <= 1)
            {
                return false;
            }
            foreach (var c in Text)
            {
                if (char.IsLetter(c) && !char.IsUpper(c))
                {
                    return false;
                }
            }
            return true;
        }
    }

    public string Lower => Text.ToLowerInvariant();

    /// <summary>The word without a possessive ending: "Rutte’s" → "Rutte".</summary>
    public string Bare { get; }

    public bool IsPossessive { get; }
}

/// <summary>
/// Splits text into words without regular expressions: letters and digits with inner apostrophes,
/// hyphens and periods ("U.S", "it’s", "Soviet-Afghan"), plus the final period of abbreviations.
/// </summary>
internal static class WordScanner
{
    public static List<Word> Scan(string text, int from = 0, int to = -1)
    {
        if (to < 0)
        {
            to = text.Length;
        }
        // About one word per six to nine characters of news copy: sized once instead of grown.
        var words = new List<Word>((to - from) / 6 + 4);
        var i = from;
        while (i < to)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < to)
            {
                if (IsWordChar(text[i]))
                {
                    i++;
                }
                else if (
                    IsInnerJoiner(text[i])
                    && i + 1 < to
                    && IsWordChar(text[i + 1])
                    && (text[i] != '.' || IsInitialish(text, start, i))
                )
                {
                    i++;
                }
                else
                {
                    break;
                }
            }
            var end = i;
            if (end < to && text[end] == '.' && IsAbbreviation(text, start, end))
            {
                end++;
                i = end;
            }
            words.Add(new Word(start, end, text[start..end]));
        }
        return words;
    }

    /// <summary>How many pieces <c>text.Split(' ', StringSplitOptions.RemoveEmptyEntries)</c> would give, without making them.</summary>
    public static int CountSpaceSeparated(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var piece in text.Split(' '))
        {
            if (!text[piece].IsEmpty)
            {
                count++;
            }
        }
        return count;
    }

    public static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c)
        || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    private static bool IsInnerJoiner(char c) => c is '\'' or '’' or '-' or '.' or '‑';

    // "U.S" keeps its inner period; "end.Next" (a missing space) does not join two words.
    private static bool IsInitialish(string text, int start, int dot) =>
        dot - start <= 2
        && (dot + 2 >= text.Length || !char.IsLetter(text[dot + 2]) || text[dot + 2] == '.');

    private static bool IsAbbreviation(string text, int start, int end)
    {
        var token = text.AsSpan(start, end - start);
        if (token.Contains('.'))
        {
            return true; // U.S.
        }
        if (token.Length == 1 && char.IsUpper(token[0]))
        {
            return true; // an initial: "John F. Kennedy"
        }
        return Abbreviations.IsShortForm(token);
    }
}
