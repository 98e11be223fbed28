namespace NewsBot.Core.Articles;

/// <summary>One line of an article file, without its line break, and its 1-based number.</summary>
internal sealed record SourceLine(int Number, string Text)
{
    public bool IsBlank => Trimmed.Length == 0;

    public string Trimmed { get; } = Text.Trim();

    /// <summary>Length without trailing whitespace: what a hard-wrapping tool filled.</summary>
    public int Width { get; } = Text.AsSpan().TrimEnd().Length;

    public bool StartsWithWhitespace => Text.Length > 0 && char.IsWhiteSpace(Text[0]);

    /// <summary>
    /// Splits text into lines on CRLF, LF and CR alike, after dropping a leading byte-order mark,
    /// so that line numbers match what an editor shows whatever the file's line endings.
    /// </summary>
    public static IReadOnlyList<SourceLine> Read(string text)
    {
        var lines = new List<SourceLine>();
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var number = 1;
        while (start < text.Length)
        {
            var length = text.AsSpan(start).IndexOfAny('\r', '\n');
            if (length < 0)
            {
                break;
            }
            var i = start + length;
            lines.Add(new SourceLine(number++, Decode(text[start..i])));
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }
            start = i + 1;
        }
        if (start < text.Length)
        {
            lines.Add(new SourceLine(number, Decode(text[start..])));
        }
        return lines;
    }

    /// <summary>
    /// HTML entities decoded ("&amp;quot;" → '"', "&amp;#8217;" → '’'), so that text copied from a web page
    /// reads as its reader saw it; a line keeps its number whatever its length becomes.
    /// </summary>
    public static string Decode(string line) =>
        line.Contains('&', StringComparison.Ordinal)
            ? System.Net.WebUtility.HtmlDecode(line)
            : line;
}
