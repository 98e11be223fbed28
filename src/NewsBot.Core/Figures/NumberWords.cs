using NewsBot.Core.Text;

namespace NewsBot.Core.Figures;

/// <summary>A run of number words in a text: "twenty-five", "two million", "hundreds of thousands" (vague).</summary>
internal readonly record struct NumberWordPhrase(int Start, int End, bool IsVague);

/// <summary>
/// English number words as values. A compact table is enough: news copy spells out small counts
/// ("three", "twenty-five", "a dozen") and scales ("two million"); anything larger is written in digits.
/// </summary>
internal static class NumberWords
{
    private static readonly Dictionary<string, double> Units = Lexicon.LoadNumbers("number-words");

    private static readonly Dictionary<string, double> Scales = Lexicon.LoadNumbers("scale-words");

    /// <summary>The lower bound a vague plural stands for: "hundreds" of something is at least 100.</summary>
    private static readonly Dictionary<string, double> VaguePlurals = Lexicon.LoadNumbers(
        "vague-plurals"
    );

    private static readonly HashSet<string> SpelledScales = Lexicon.Load("spelled-scales");

    private static readonly HashSet<string> LargeScales = Lexicon.Load("large-scales");

    /// <summary>
    /// Finds number-word phrases in one pass over the words (a regular expression with every number word as an
    /// alternative was the slowest step of extraction). A word glued to another by a hyphen ("nine-year",
    /// "two-thirds") is one token and never a number; "twenty-five" is.
    /// </summary>
    public static List<NumberWordPhrase> FindPhrases(string text)
    {
        var words = new List<(int Start, int End)>(text.Length / 5 + 1);
        for (var i = 0; i < text.Length; )
        {
            if (!char.IsAsciiLetter(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (
                i < text.Length
                && (
                    char.IsAsciiLetter(text[i])
                    || (text[i] == '-' && i + 1 < text.Length && char.IsAsciiLetter(text[i + 1]))
                )
            )
            {
                i++;
            }
            // Letters glued to other letters (accented names, "Ukraine’s") are not number words either way.
            words.Add((start, i));
        }
        var phrases = new List<NumberWordPhrase>();
        for (var w = 0; w < words.Count; w++)
        {
            // Every number word starts with one of these letters and is short: most words are skipped unread.
            var first = char.ToLowerInvariant(text[words[w].Start]);
            if (words[w].End - words[w].Start > 13 || !"adefhmnostb".Contains(first))
            {
                continue;
            }
            var word = Word(text, words[w]);
            bool NextIs(int k, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> set) =>
                w + k < words.Count
                && IsSpaceBetween(text, words[w + k - 1].End, words[w + k].Start)
                && set.Contains(Word(text, words[w + k]));
            bool NextEquals(int k, string value) =>
                w + k < words.Count
                && IsSpaceBetween(text, words[w + k - 1].End, words[w + k].Start)
                && Word(text, words[w + k]).Equals(value, StringComparison.OrdinalIgnoreCase);
            var last = -1;
            var vague = false;
            if (VaguePluralLookup.ContainsKey(word))
            {
                last = w;
                vague = true;
                if (NextEquals(1, "of") && w + 2 < words.Count && NextIs(2, LargeScalePluralLookup))
                {
                    last = w + 2;
                }
            }
            else if (
                word.Equals("half", StringComparison.OrdinalIgnoreCase)
                && NextEquals(1, "a")
                && NextIs(2, LargeScaleLookup)
            )
            {
                last = w + 2; // "half a million"
            }
            else if (
                (
                    word.Equals("several", StringComparison.OrdinalIgnoreCase)
                    && NextIs(1, SpelledScaleLookup)
                )
                || (
                    word.Equals("a", StringComparison.OrdinalIgnoreCase)
                    && NextEquals(1, "few")
                    && NextIs(2, SpelledScaleLookup)
                )
            )
            {
                last = word.Length == 1 ? w + 2 : w + 1;
                vague = true;
            }
            else if (
                IsCardinal(word)
                || word.Equals("one", StringComparison.OrdinalIgnoreCase)
                || SpelledScaleLookup.Contains(word)
                || (IsAOrOne(word) && NextIs(1, SpelledScaleLookup))
            )
            {
                last = w;
                if (!SpelledScaleLookup.Contains(word) && NextIs(1, SpelledScaleLookup))
                {
                    last = w + 1;
                }
                while (
                    last + 1 < words.Count
                    && IsSpaceBetween(text, words[last].End, words[last + 1].Start)
                    && LargeScaleLookup.Contains(Word(text, words[last + 1]))
                )
                {
                    last++;
                }
            }
            if (last >= 0)
            {
                phrases.Add(new NumberWordPhrase(words[w].Start, words[last].End, vague));
                w = last;
            }
        }
        return phrases;
    }

    private static readonly HashSet<string> LargeScalePlurals = Lexicon.Load("large-scale-plurals");

    /// <summary>"one" to "ninety-nine": the number words that can be glued to a noun ("a one-pack limit", "nine-year").</summary>
    public static bool IsCardinalWord(string word) =>
        word.Equals("one", StringComparison.OrdinalIgnoreCase) || IsCardinal(word);

    /// <summary>"two" to "ninety-nine" without "a" and "one", which are rarely counts on their own.</summary>
    private static bool IsCardinal(ReadOnlySpan<char> word)
    {
        var dash = word.IndexOf('-');
        if (dash < 0)
        {
            return UnitLookup.ContainsKey(word) && !IsAOrOne(word);
        }
        var tens = word[..dash];
        var unit = word[(dash + 1)..];
        return UnitLookup.TryGetValue(tens, out var t)
            && t >= 20
            && t % 10 == 0
            && UnitLookup.TryGetValue(unit, out var u)
            && u is >= 1 and <= 9
            && !unit.Equals("a", StringComparison.OrdinalIgnoreCase);
    }

    // The words are ASCII letters, so ignoring case is the same as comparing lowercased copies.
    private static bool IsAOrOne(ReadOnlySpan<char> word) =>
        word.Equals("a", StringComparison.OrdinalIgnoreCase)
        || word.Equals("one", StringComparison.OrdinalIgnoreCase);

    // The word tables are looked up with slices of the text, so reading a sentence allocates no strings.
    private static readonly Dictionary<string, double>.AlternateLookup<
        ReadOnlySpan<char>
    > UnitLookup = Units.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<string, double>.AlternateLookup<
        ReadOnlySpan<char>
    > VaguePluralLookup = VaguePlurals.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SpelledScaleLookup =
        SpelledScales.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LargeScaleLookup =
        LargeScales.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<
        ReadOnlySpan<char>
    > LargeScalePluralLookup = LargeScalePlurals.GetAlternateLookup<ReadOnlySpan<char>>();

    private static ReadOnlySpan<char> Word(string text, (int Start, int End) word) =>
        text.AsSpan(word.Start, word.End - word.Start);

    private static bool IsSpaceBetween(string text, int from, int to)
    {
        if (to <= from)
        {
            return false;
        }
        for (var i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }
        return true;
    }

    public static double? Scale(string word) =>
        Scales.TryGetValue(word.Trim(), out var value) ? value : null;

    /// <summary>Parses "twenty-five", "a dozen", "two hundred thousand"; null when a word is not a number word.</summary>
    public static double? Parse(string words)
    {
        if (words.StartsWith("half a ", StringComparison.OrdinalIgnoreCase))
        {
            return Parse(words[7..]) is { } whole ? whole / 2 : null;
        }
        double total = 0;
        double current = 0;
        var seen = false;
        foreach (
            var word in words.Split([' ', '-', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)
        )
        {
            if (Units.TryGetValue(word, out var unit))
            {
                current += unit;
                seen = true;
            }
            else if (Scales.TryGetValue(word, out var scale) && scale >= 12)
            {
                current = (current == 0 ? 1 : current) * scale;
                if (scale >= 1_000)
                {
                    total += current;
                    current = 0;
                }
                seen = true;
            }
            else if (!word.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
        }
        return seen ? total + current : null;
    }

    /// <summary>"hundreds of thousands" → 100,000; "thousands" → 1,000: the least the words can mean.</summary>
    public static double? ParseVague(string words)
    {
        double value = 1;
        var seen = false;
        foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (VaguePlurals.TryGetValue(word, out var plural))
            {
                value *= plural;
                seen = true;
            }
            else if (Scales.TryGetValue(word, out var scale))
            {
                value *= scale;
                seen = true;
            }
        }
        return seen ? value : null;
    }
}
