using System.Text;
using System.Text.RegularExpressions;

namespace NewsBot.Bench;

/// <summary>
/// How generated articles are cut into paragraphs and laid out on disk with the mess real files have:
/// hard wraps, one paragraph per line or blank lines between paragraphs, straight instead of curly
/// quotes, CRLF line endings, a byte-order mark.
/// </summary>
internal static partial class ArticleLayout
{
    /// <summary>Paragraphs separated by blank lines; a file without blank lines has one paragraph per line.</summary>
    public static IReadOnlyList<string> Paragraphs(string text)
    {
        var blocks = text.Contains("\n\n", StringComparison.Ordinal)
            ? BlankLines()
                .Split(text)
                .Select(b => string.Join(' ', b.Split('\n').Select(l => l.Trim())))
            : text.Split('\n');
        return blocks.Select(b => b.Trim()).Where(b => b.Length > 0).ToArray();
    }

    /// <summary>The article's bytes: <paramref name="blocks"/> laid out one of three ways, then perhaps straight quotes, CRLF and a BOM.</summary>
    public static byte[] Bytes(IReadOnlyList<string> blocks, DeterministicRandom random)
    {
        var text = Layout(blocks, random);
        if (random.Chance(0.15))
        {
            text = text.Replace('\u201C', '"').Replace('\u201D', '"').Replace('\u2019', '\'');
        }
        if (random.Chance(0.1))
        {
            text = text.Replace("\n", "\r\n", StringComparison.Ordinal);
        }
        var body = Encoding.UTF8.GetBytes(text);
        return random.Chance(0.1) ? [0xEF, 0xBB, 0xBF, .. body] : body;
    }

    /// <summary>Three layouts seen in the seeds: hard-wrapped paragraphs, one paragraph per line, long lines between blank lines.</summary>
    private static string Layout(IReadOnlyList<string> blocks, DeterministicRandom random)
    {
        var style = random.Next(3);
        var width = random.Between(70, 100);
        var builder = new StringBuilder();
        foreach (var block in blocks)
        {
            var paragraph =
                style == 0 && !block.Contains('\n', StringComparison.Ordinal)
                    ? Wrap(block, width)
                    : block;
            builder.Append(paragraph).Append('\n');
            if (style != 1)
            {
                builder.Append('\n');
            }
        }
        return builder.ToString();
    }

    private static string Wrap(string text, int width)
    {
        var builder = new StringBuilder(text.Length + 16);
        var column = 0;
        foreach (var word in text.Split(' '))
        {
            if (column > 0 && column + 1 + word.Length > width)
            {
                builder.Append('\n');
                column = 0;
            }
            else if (column > 0)
            {
                builder.Append(' ');
                column++;
            }
            builder.Append(word);
            column += word.Length;
        }
        return builder.ToString();
    }

    [GeneratedRegex(@"\n[ \t]*\n+")]
    private static partial Regex BlankLines();
}
