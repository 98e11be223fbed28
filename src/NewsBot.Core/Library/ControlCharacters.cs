using System.Text;

namespace NewsBot.Core.Library;

/// <summary>
/// Takes control characters out of text that came from outside: an escape sequence in a page
/// (<c>ESC [2J</c>, an OSC 8 hyperlink, raw or written as <c>&amp;#27;</c>) would otherwise be saved in the
/// article and replayed by every terminal that prints an answer quoting it. Line breaks stay; a tab is a space.
/// </summary>
internal static class ControlCharacters
{
    public static string Strip(string text)
    {
        if (!text.Any(c => char.IsControl(c) && c != '\n'))
        {
            return text;
        }
        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == '\t')
            {
                clean.Append(' ');
            }
            else if (c == '\n' || !char.IsControl(c))
            {
                clean.Append(c);
            }
        }
        return clean.ToString();
    }

    public static ExtractedArticle Strip(ExtractedArticle article) =>
        article with
        {
            Headline = Strip(article.Headline),
            Byline = article.Byline is null ? null : Strip(article.Byline),
            Paragraphs = [.. article.Paragraphs.Select(Strip)],
        };
}
