namespace NewsBot.Core.Text;

/// <summary>
/// A top-level quotation in a paragraph: the offset of its opening mark and of its closing mark,
/// or <see cref="Close"/> = -1 when the paragraph ends inside it (a quote running into the next paragraph).
/// </summary>
/// <remarks>
/// A quotation running on from the paragraph before may have no opening mark of its own (the style of some
/// news sites, and of text scraped from them): then <see cref="IsOpened"/> is false and <see cref="Open"/>
/// is where its first word starts.
/// </remarks>
internal readonly record struct QuoteSpan(int Open, int Close, bool IsOpened = true)
{
    public bool IsClosed => Close >= 0;

    public int ContentStart => IsOpened ? Open + 1 : Open;

    public int ContentEnd(string text) => IsClosed ? Close : text.Length;

    /// <summary>The offset just after the closing mark (the paragraph end when unclosed).</summary>
    public int End(string text) => IsClosed ? Close + 1 : text.Length;

    public bool Contains(int offset, string text) => offset >= Open && offset < End(text);

    public string Content(string text) => text[ContentStart..ContentEnd(text)];
}

/// <summary>
/// Finds the top-level quotations of a paragraph. Curly and straight double quotes pair up; single quotes
/// (‘ ’ and ') are quotation marks only where they open before a word and a matching close follows,
/// so apostrophes ("Russia’s", "I'would" in 001_…txt line 28) never open or close a quote. Quotes nested
/// inside a quote belong to it (001_…txt line 28: ‘Do everything …’ inside “I'would say, …”).
/// </summary>
internal static class QuoteMarkScanner
{
    /// <param name="text">The paragraph's text.</param>
    /// <param name="continuesQuote">
    /// Whether the paragraph before ended inside a quotation: then a paragraph that does not open with a
    /// quotation mark but closes one later carries on that quotation up to the closing mark (a quote
    /// running over paragraphs with no mark at the start of the next one).
    /// </param>
    public static List<QuoteSpan> Scan(string text, bool continuesQuote = false)
    {
        var spans = new List<QuoteSpan>();
        var i = 0;
        if (continuesQuote)
        {
            var first = text.Length - text.AsSpan().TrimStart().Length;
            if (first < text.Length && text[first] is not ('“' or '"' or '„' or '«' or '‘'))
            {
                var close = text.AsSpan(first).IndexOfAny('”', '"');
                if (close > 0)
                {
                    spans.Add(new QuoteSpan(first, first + close, IsOpened: false));
                    i = first + close + 1;
                }
            }
        }
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '“' or '"' or '„' or '«')
            {
                var close = FindDoubleClose(text, i + 1, c);
                spans.Add(new QuoteSpan(i, close));
                if (close < 0)
                {
                    break;
                }
                i = close + 1;
                continue;
            }
            if (c is '‘' or '\'' && OpensSingle(text, i))
            {
                var close = FindSingleClose(text, i + 1);
                if (close > i + 2)
                {
                    spans.Add(new QuoteSpan(i, close));
                    i = close + 1;
                    continue;
                }
            }
            i++;
        }
        return spans;
    }

    /// <summary>
    /// The quotations nested inside a top-level one (<paramref name="outer"/>): single-quoted spans inside double
    /// quotes, double-quoted spans inside single quotes — `"She kept yelling 'keep your head up'," Ortiz said` —
    /// read with the same rules as top-level marks, so that apostrophes ("the players' bus") open nothing.
    /// </summary>
    public static List<QuoteSpan> ScanNested(string text, QuoteSpan outer)
    {
        var nested = new List<QuoteSpan>();
        var end = outer.ContentEnd(text);
        var isSingle = outer.IsOpened && text[outer.Open] is '‘' or '\'';
        var i = outer.ContentStart;
        while (i < end)
        {
            var c = text[i];
            var close = -1;
            if (isSingle && c is '“' or '"')
            {
                close = FindDoubleClose(text, i + 1, c);
            }
            else if (!isSingle && c is '‘' or '\'' && OpensSingle(text, i))
            {
                close = FindSingleClose(text, i + 1, end);
            }
            if (close > i + 2 && close < end)
            {
                nested.Add(new QuoteSpan(i, close));
                i = close + 1;
                continue;
            }
            i++;
        }
        return nested;
    }

    private static int FindDoubleClose(string text, int from, char opener)
    {
        var closer = opener switch
        {
            '“' => "”\"",
            '„' => "“”\"",
            '«' => "»",
            _ => "\"”",
        };
        for (var i = from; i < text.Length; i++)
        {
            if (closer.Contains(text[i]))
            {
                return i;
            }
        }
        return -1;
    }

    private static bool OpensSingle(string text, int i)
    {
        var before = i == 0 ? ' ' : text[i - 1];
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        return !char.IsLetterOrDigit(before) && char.IsLetter(after);
    }

    /// <summary>A single-quoted quotation longer than this is an apostrophe mistaken for a mark; the cap keeps the scan linear.</summary>
    private const int MaxSingleQuoteLength = 600;

    private static int FindSingleClose(string text, int from, int limit = int.MaxValue)
    {
        var end = Math.Min(Math.Min(text.Length, limit), from + MaxSingleQuoteLength);
        for (var i = from; i < end; i++)
        {
            var c = text[i];
            if (c is not ('’' or '\''))
            {
                continue;
            }
            var before = text[i - 1];
            var after = i + 1 < text.Length ? text[i + 1] : ' ';
            // "Russia’s", "it's": an apostrophe between letters; "allies’ " after an s is ambiguous and read as a close.
            if (char.IsLetter(after) || char.IsWhiteSpace(before))
            {
                continue;
            }
            return i;
        }
        return -1;
    }
}
