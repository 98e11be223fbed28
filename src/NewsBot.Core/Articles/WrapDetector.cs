namespace NewsBot.Core.Articles;

/// <summary>
/// Detects whether a file is hard-wrapped (one sentence running over several lines, as in
/// seeds/001) and at what width. Files that are not hard-wrapped (seeds/002, where every line is
/// a heading, a bullet or a whole paragraph and no blank line separates them) keep each line as
/// its own paragraph.
/// </summary>
internal static class WrapDetector
{
    /// <summary>The wrap width, or null when lines are not hard-wrapped.</summary>
    public static int? DetectWidth(IReadOnlyList<ClassifiedLine> lines)
    {
        // A wrap point is a line of prose that stops mid-sentence while the next line goes on.
        // Headings also stop without punctuation, but they are short, hence the word count; bullets
        // are left out for the same reason.
        var followed = 0;
        var widths = new List<int>();
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var line = lines[i];
            var next = lines[i + 1];
            if (line.Kind != LineKind.Text || next.Kind != LineKind.Text)
            {
                continue;
            }
            followed++;
            var content = line.Content;
            if (!LineClassifier.EndsSentence(content) && LineClassifier.HasWords(content, 6))
            {
                widths.Add(line.Source.Width);
            }
        }
        if (widths.Count == 0 || widths.Count * 4 < followed)
        {
            return null;
        }
        widths.Sort();
        var width = widths[(int)(0.8 * (widths.Count - 1))];
        // Wrapped lines have similar lengths; lines cut at random places (truncated text) do not.
        var similar = widths.Count(w => w >= 0.7 * width && w <= 1.3 * width);
        if (similar * 10 < widths.Count * 6)
        {
            return null;
        }
        // Little passes the wrap width: when many lines are much longer than the wrap points, the
        // short lines were ended by the writer (a title above unwrapped paragraphs), not by a
        // wrap; one pasted unwrapped paragraph in a wrapped article is tolerated.
        var prose = lines.Where(l => l.Kind == LineKind.Text).ToList();
        var longer = prose.Count(l => l.Source.Width > 1.15 * width);
        return longer * 5 <= prose.Count ? width : null;
    }
}
