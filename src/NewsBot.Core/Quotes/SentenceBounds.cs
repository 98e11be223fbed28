namespace NewsBot.Core.Quotes;

/// <summary>
/// Sentence boundaries of a paragraph that never fall inside a quotation: a quote of several sentences
/// (“… Russia. It is so bad for Russia’,” he said.) stays in one sentence with its attribution.
/// </summary>
internal static class SentenceBounds
{
    /// <summary>Start offsets of the sentences of <paramref name="text"/> (the first is 0).</summary>
    public static List<int> Starts(string text, IReadOnlyList<QuoteSpan> quotes)
    {
        var starts = new List<int> { 0 };
        var q = 0;
        for (var i = 0; i < text.Length; i++)
        {
            while (q < quotes.Count && quotes[q].End(text) <= i)
            {
                q++;
            }
            if (q < quotes.Count && quotes[q].Contains(i, text) && i != quotes[q].Close)
            {
                continue;
            }
            var c = text[i];
            var endsQuotedSentence = q < quotes.Count && i == quotes[q].Close && i > 0 && text[i - 1] is '.' or '!' or '?';
            if (!endsQuotedSentence && (c is not ('.' or '!' or '?') || IsAbbreviationPeriod(text, i)))
            {
                continue;
            }
            var j = i + 1;
            while (j < text.Length && (text[j] is '.' or '!' or '?' or ')' or ']' || IsClosingMark(text, j, quotes)))
            {
                j++;
            }
            if (j >= text.Length || !char.IsWhiteSpace(text[j]))
            {
                continue;
            }
            while (j < text.Length && char.IsWhiteSpace(text[j]))
            {
                j++;
            }
            if (j < text.Length && (char.IsUpper(text[j]) || char.IsDigit(text[j]) || text[j] is '“' or '"' or '‘' or '\'' or '(' or '—' or '–'))
            {
                starts.Add(j);
                i = j - 1;
            }
        }
        return starts;
    }

    /// <summary>The sentence spans [start, end) of the paragraph, trailing spaces excluded.</summary>
    public static List<(int Start, int End)> Spans(string text, IReadOnlyList<QuoteSpan> quotes)
    {
        var starts = Starts(text, quotes);
        var spans = new List<(int, int)>(starts.Count);
        for (var k = 0; k < starts.Count; k++)
        {
            var end = k + 1 < starts.Count ? starts[k + 1] : text.Length;
            while (end > starts[k] && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }
            spans.Add((starts[k], end));
        }
        return spans;
    }

    private static bool IsClosingMark(string text, int j, IReadOnlyList<QuoteSpan> quotes) =>
        text[j] is '”' or '’' || (text[j] is '"' or '\'' && quotes.Any(s => s.Close == j));

    private static bool IsAbbreviationPeriod(string text, int i)
    {
        if (text[i] != '.')
        {
            return false;
        }
        var words = WordScanner.Scan(text, Math.Max(0, i - 12), Math.Min(text.Length, i + 1));
        return words.Count > 0 && words[^1].End == i + 1 && words[^1].Text.EndsWith('.');
    }
}
