namespace NewsBot.Core.Articles;

/// <summary>
/// Maps character offsets of a reflowed paragraph back to the 1-based lines of the article file
/// they came from, so that every answer can cite <c>file:line</c> after hard-wrapped lines were joined.
/// </summary>
public sealed class LineMap
{
    private readonly int[] _offsets;
    private readonly int[] _lines;

    /// <param name="starts">Pairs of (offset in the paragraph text, file line) sorted by offset; the first offset is 0.</param>
    public LineMap(IReadOnlyList<(int Offset, int Line)> starts)
    {
        if (starts.Count == 0 || starts[0].Offset != 0)
        {
            throw new ArgumentException("A line map starts at offset 0.", nameof(starts));
        }
        _offsets = starts.Select(s => s.Offset).ToArray();
        _lines = starts.Select(s => s.Line).ToArray();
    }

    public static LineMap SingleLine(int line) => new([(0, line)]);

    public int FirstLine => _lines[0];

    public int LastLine => _lines[^1];

    public IReadOnlyList<(int Offset, int Line)> Starts =>
        _offsets.Zip(_lines, (o, l) => (o, l)).ToArray();

    /// <summary>The file line holding the character at <paramref name="offset"/>.</summary>
    public int LineAt(int offset)
    {
        var index = Array.BinarySearch(_offsets, Math.Max(0, offset));
        if (index < 0)
        {
            index = ~index - 1;
        }
        return _lines[Math.Max(0, index)];
    }
}
