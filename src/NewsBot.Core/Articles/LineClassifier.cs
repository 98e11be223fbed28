using System.Buffers;

namespace NewsBot.Core.Articles;

/// <summary>What a single line of an article is, before lines are joined into paragraphs.</summary>
internal enum LineKind
{
    Blank,
    Text,
    Url,
    RelatedArticle,

    /// <summary>"- ✓ NATO …" (seeds/002:2), "• …", "1. …".</summary>
    Bullet,

    /// <summary>"— Mark Rutte, NATO Secretary General" after a pull quote (seeds/002:19, 59).</summary>
    Attribution,
}

/// <summary>A classified line: its kind and where its text starts after any bullet or dash.</summary>
internal sealed record ClassifiedLine(SourceLine Source, LineKind Kind, int ContentStart)
{
    public int Number => Source.Number;

    /// <summary>The line's text without the bullet or dash and without surrounding whitespace.</summary>
    public string Content { get; } = Source.Text[ContentStart..].Trim();

    /// <summary>Whether the line starts with a dash that may be punctuation carried over by a hard wrap.</summary>
    public bool StartsWithDash { get; init; }
}

/// <summary>Classifies lines and answers the punctuation questions the paragraph rules ask.</summary>
internal static class LineClassifier
{
    // seeds/001:21 "Related article: …"; the others are the same kind of link seen on news sites.
    private static readonly string[] RelatedPrefixes =
    [
        "Related article:",
        "Related articles:",
        "Related:",
        "Read more:",
        "Read also:",
        "Also read:",
        "See also:",
        "More on this:",
        "READ MORE",
    ];

    private static readonly string[] BulletSymbols =
    [
        "-",
        "*",
        "•",
        "·",
        "▪",
        "►",
        "‣",
        "◦",
        "✓",
        "✔",
        "☑",
        "+",
    ];

    private const string ClosingMarks = "”’\"')]»";

    private static readonly SearchValues<char> Whitespace = SearchValues.Create(
        " \t\u00A0\u2000\u2001\u2002\u2003\u2009\u200A\u202F\u3000"
    );

    public static ClassifiedLine Classify(SourceLine line, SourceLine? previousNonBlank)
    {
        if (line.IsBlank)
        {
            return new ClassifiedLine(line, LineKind.Blank, 0);
        }
        var text = line.Text;
        var trimmed = line.Trimmed;
        if (IsUrlOnly(trimmed))
        {
            return new ClassifiedLine(line, LineKind.Url, 0);
        }
        if (IsRelatedArticle(trimmed))
        {
            return new ClassifiedLine(line, LineKind.RelatedArticle, 0);
        }
        var first = 0;
        while (first < text.Length && char.IsWhiteSpace(text[first]))
        {
            first++;
        }
        var attribution = AttributionMarkerLength(text, first, previousNonBlank);
        if (attribution > 0)
        {
            return new ClassifiedLine(
                line,
                LineKind.Attribution,
                SkipSpaces(text, first + attribution)
            )
            {
                StartsWithDash = true,
            };
        }
        var bullet = BulletMarkerLength(text, first);
        if (bullet > 0)
        {
            var content = SkipSpaces(text, first + bullet);
            // "- ✓ NATO …" (seeds/002:2): a symbol after the dash is part of the bullet.
            var second = BulletMarkerLength(text, content);
            if (second > 0 && !char.IsAsciiDigit(text[content]))
            {
                content = SkipSpaces(text, content + second);
            }
            return new ClassifiedLine(line, LineKind.Bullet, content)
            {
                StartsWithDash = IsDash(text[first]),
            };
        }
        return new ClassifiedLine(line, LineKind.Text, 0);
    }

    public static bool IsUrlOnly(string trimmed) =>
        trimmed.Length > 4
        && (
            trimmed.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
        )
        && !trimmed.AsSpan().ContainsAny(Whitespace);

    /// <summary>
    /// Whether text ends a sentence or a lead-in: . ! ? … or : at its end (closing quotes and
    /// brackets allowed after it), but not an abbreviation such as "St." (seeds/001:25).
    /// </summary>
    public static bool EndsSentence(string text)
    {
        var end = text.Length - 1;
        while (end >= 0 && (char.IsWhiteSpace(text[end]) || ClosingMarks.Contains(text[end])))
        {
            end--;
        }
        if (end < 0)
        {
            return false;
        }
        var last = text[end];
        if (last is '!' or '?' or ':' or '…')
        {
            return true;
        }
        if (last != '.')
        {
            return false;
        }
        return end == 0
            || text[end - 1] == '.'
            || Abbreviations.KindBefore(text, end) == AbbreviationKind.None;
    }

    /// <summary>Whether text ends with any punctuation a heading would not end with.</summary>
    public static bool EndsWithPunctuation(string text)
    {
        var end = text.Length - 1;
        while (end >= 0 && ClosingMarks.Contains(text[end]))
        {
            end--;
        }
        return end >= 0 && text[end] is '.' or '!' or '?' or ':' or ';' or ',' or '…' or '—' or '-';
    }

    private static bool IsRelatedArticle(string trimmed)
    {
        foreach (var prefix in RelatedPrefixes)
        {
            if (trimmed.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether text has at least <paramref name="count"/> words, without counting them all.</summary>
    public static bool HasWords(string text, int count) => CountWords(text, count) >= count;

    public static int CountWords(string text, int stopAt = int.MaxValue)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isSpace = char.IsWhiteSpace(c);
            if (!isSpace && !inWord && ++count >= stopAt)
            {
                return count;
            }
            inWord = !isSpace;
        }
        return count;
    }

    /// <summary>
    /// A heading: a short line without sentence punctuation that is not a quote ("Key Facts",
    /// "Unsustainable Carnage", seeds/002:1, 8).
    /// </summary>
    public static bool IsHeadingLike(string text) =>
        text.Length > 0
        && !HasWords(text, 11)
        && ContainsLetter(text)
        && !EndsWithPunctuation(text)
        && text[0] is not ('“' or '"' or '‘' or '\'' or '«');

    /// <summary>
    /// Whether nearly every word of four letters or more is capitalised, as in a title
    /// ("Russia Lost More Soldiers Than It Recruited, Officials Say").
    /// </summary>
    public static bool IsTitleCased(string text)
    {
        var words = 0;
        var capitalised = 0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var letters = word.Trim('“', '”', '‘', '’', '"', '\'', ',', ':', '(', ')');
            if (letters.Length < 4 || !char.IsLetter(letters[0]))
            {
                continue;
            }
            words++;
            if (char.IsUpper(letters[0]))
            {
                capitalised++;
            }
        }
        return words >= 2 && capitalised * 10 >= words * 8;
    }

    private static bool ContainsLetter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }
        return false;
    }

    public static bool IsDash(char c) => c is '-' or '–' or '—' or '―';

    private static int SkipSpaces(string text, int index)
    {
        while (index < text.Length && char.IsWhiteSpace(text[index]))
        {
            index++;
        }
        return index;
    }

    // An em dash, horizontal bar or "--" opens an attribution line; an en dash or a hyphen does
    // too right after a line ending in a closing quote (a pull quote), otherwise it is a bullet.
    private static int AttributionMarkerLength(string text, int first, SourceLine? previousNonBlank)
    {
        if (first >= text.Length)
        {
            return 0;
        }
        var length =
            text[first] is '—' or '―' ? 1
            : string.CompareOrdinal(text, first, "--", 0, 2) == 0
            && !text.AsSpan(first).StartsWith("---")
                ? 2
            : text[first] is '–' or '-' && EndsWithClosingQuote(previousNonBlank) ? 1
            : 0;
        if (length == 0)
        {
            return 0;
        }
        var rest = first + length;
        return rest < text.Length && (char.IsWhiteSpace(text[rest]) || char.IsLetter(text[rest]))
            ? length
            : 0;
    }

    private static bool EndsWithClosingQuote(SourceLine? line)
    {
        var trimmed = line?.Trimmed;
        return !string.IsNullOrEmpty(trimmed) && trimmed[^1] is '”' or '"' or '’' or '\'' or '»';
    }

    private static int BulletMarkerLength(string text, int first)
    {
        if (first >= text.Length)
        {
            return 0;
        }
        foreach (var symbol in BulletSymbols)
        {
            if (
                text.AsSpan(first).StartsWith(symbol)
                && FollowedBySpace(text, first + symbol.Length)
            )
            {
                return symbol.Length;
            }
        }
        if (text[first] == '–' && FollowedBySpace(text, first + 1))
        {
            return 1;
        }
        // "1. " or "2) ": a numbered list item (one or two digits, so years are not taken).
        var digits = 0;
        while (
            first + digits < text.Length && char.IsAsciiDigit(text[first + digits]) && digits < 3
        )
        {
            digits++;
        }
        if (
            digits is 1 or 2
            && first + digits < text.Length
            && text[first + digits] is '.' or ')'
            && FollowedBySpace(text, first + digits + 1)
        )
        {
            return digits + 1;
        }
        return 0;
    }

    private static bool FollowedBySpace(string text, int index) =>
        index < text.Length && char.IsWhiteSpace(text[index]);
}
