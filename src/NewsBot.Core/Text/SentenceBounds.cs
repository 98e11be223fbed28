namespace NewsBot.Core.Text;

/// <summary>
/// The sentences of a paragraph as attribution needs them: <see cref="SentenceSplitter"/>'s sentences,
/// rejoined where a boundary falls inside a quotation, so that a quote of several sentences
/// (“… Russia. It is so bad for Russia’,” he said. in 001_…txt line 28) stays one sentence with its attribution.
/// </summary>
internal static class SentenceBounds
{
    /// <summary>The sentence spans [start, end) of the paragraph, trailing spaces excluded.</summary>
    public static List<(int Start, int End)> Spans(
        string text,
        IReadOnlyList<(int Start, int End)> sentences,
        IReadOnlyList<QuoteSpan> quotes
    )
    {
        var spans = new List<(int Start, int End)>();
        foreach (var (start, end) in sentences)
        {
            if (spans.Count > 0 && IsInsideQuote(start, quotes, text))
            {
                spans[^1] = (spans[^1].Start, end);
            }
            else
            {
                spans.Add((start, end));
            }
        }
        if (spans.Count == 0)
        {
            spans.Add((0, text.Length));
        }
        return spans;
    }

    private static bool IsInsideQuote(int offset, IReadOnlyList<QuoteSpan> quotes, string text)
    {
        foreach (var quote in quotes)
        {
            if (offset > quote.Open && offset < quote.End(text))
            {
                return true;
            }
        }
        return false;
    }
}
