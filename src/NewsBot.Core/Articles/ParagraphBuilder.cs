using System.Text;

namespace NewsBot.Core.Articles;

/// <summary>
/// Joins the lines of one paragraph with single spaces and remembers where each line starts,
/// so that every character of the reflowed text can be traced back to its file line.
/// </summary>
internal sealed class ParagraphBuilder(ClassifiedLine first)
{
    private readonly StringBuilder _text = new(first.Content);
    private readonly List<(int Offset, int Line)> _starts = [(0, first.Number)];
    private readonly List<ClassifiedLine> _lines = [first];

    public ClassifiedLine FirstLine => _lines[0];

    public ClassifiedLine LastLine => _lines[^1];

    public int LineCount => _lines.Count;

    public string Text => _text.ToString();

    public void Append(ClassifiedLine line)
    {
        // The whole line is text here: a dash that opened it was punctuation carried over by the
        // wrap, not a bullet.
        var content = line.Source.Trimmed;
        // "well-" + "known": a word hyphenated across lines keeps its hyphen and loses the space.
        var joinsWord =
            _text.Length >= 2
            && _text[^1] == '-'
            && char.IsLetter(_text[^2])
            && content.Length > 0
            && char.IsLower(content[0]);
        if (!joinsWord)
        {
            _text.Append(' ');
        }
        _starts.Add((_text.Length, line.Number));
        _text.Append(content);
        _lines.Add(line);
    }

    public Paragraph Build(int index, ParagraphKind kind) =>
        new(index, Text, kind, new LineMap(_starts));
}
