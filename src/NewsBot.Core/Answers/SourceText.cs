using System.Text;
using NewsBot.Core.Articles;
using NewsBot.Core.Text;

namespace NewsBot.Core.Answers;

/// <summary>
/// The text of an article file as a reader checks a citation against it: HTML entities decoded and
/// lines joined as NewsBot joins them, each character traced to its 1-based file line. It answers
/// whether words NewsBot shows between quotation marks are the article's own at the line it cites.
/// </summary>
public sealed class SourceText
{
    private readonly string _text;
    private readonly string _folded;
    private readonly int[] _lineStarts;

    private SourceText(string text, int[] lineStarts)
    {
        _text = text;
        _folded = NameFolding.Fold(text);
        _lineStarts = lineStarts;
    }

    /// <summary>The file's whole text with its lines joined by single spaces and runs of spaces made one.</summary>
    public string Text => _text;

    /// <summary>A line of an article file with its HTML entities decoded, as NewsBot reads it.</summary>
    public static string DecodeEntities(string line) => SourceLine.Decode(line);

    /// <summary>Reads an article file (UTF-8, a byte-order mark allowed).</summary>
    public static SourceText Read(string path) => Of(File.ReadAllText(path));

    public static SourceText Of(string fileText)
    {
        var joined = new StringBuilder(fileText.Length);
        var starts = new List<int>();
        foreach (var line in SourceLine.Read(fileText))
        {
            starts.Add(joined.Length);
            var content = Collapse(line.Trimmed);
            // "well-" + "known": a word hyphenated across lines is joined without a space, as in a paragraph.
            var joinsWord =
                joined.Length >= 2
                && joined[^1] == '-'
                && char.IsLetter(joined[^2])
                && content.Length > 0
                && char.IsLower(content[0]);
            if (joined.Length > 0 && content.Length > 0 && !joinsWord)
            {
                joined.Append(' ');
                starts[^1] = joined.Length;
            }
            joined.Append(content);
        }
        return new SourceText(joined.ToString(), [.. starts]);
    }

    /// <summary>
    /// Whether <paramref name="shown"/> is the article's own text: each of its parts (joined by
    /// <paramref name="separator"/>) is a contiguous span of the file, the first starting on
    /// <paramref name="line"/>.
    /// </summary>
    public bool IsVerbatimAt(string shown, int line, string separator = " … ")
    {
        var parts = shown
            .Split(
                separator,
                StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries
            )
            .Select(Collapse)
            .ToArray();
        if (
            parts.Length == 0
            || parts.Skip(1).Any(p => !_text.Contains(p, StringComparison.Ordinal))
        )
        {
            return false;
        }
        for (
            var at = _text.IndexOf(parts[0], StringComparison.Ordinal);
            at >= 0;
            at = _text.IndexOf(parts[0], at + 1, StringComparison.Ordinal)
        )
        {
            if (LineAt(at) == line)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the words (a name) occur in the article, without regard to case or accents.</summary>
    public bool Mentions(string words) =>
        _folded.Contains(NameFolding.Fold(Collapse(words)), StringComparison.Ordinal);

    /// <summary>The 1-based file line of a character of <see cref="Text"/>.</summary>
    public int LineAt(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }
        // Blank lines share the offset of the next line with text: the last of equal starts is the line.
        while (index + 1 < _lineStarts.Length && _lineStarts[index + 1] == _lineStarts[index])
        {
            index++;
        }
        return Math.Max(0, index) + 1;
    }

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space)
            {
                builder.Append(' ');
                space = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }
}
