using NewsBot.Core.Articles;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>
/// Builds an <see cref="Article"/> from inline text for tests: paragraphs split on blank lines (or one per
/// line when the text has no blank lines between long lines), hard-wrapped lines joined by a space with
/// a line map, "- " bullets as list items and "— Name, Role" lines as attributions.
/// </summary>
internal static class TestArticles
{
    public static Article Parse(string file, string text)
    {
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n").Split('\n');
        var onePerLine = lines.Any(l => l.Length > 300);
        var paragraphs = new List<Paragraph>();
        var buffer = new List<(string Text, int Line)>();
        void Flush()
        {
            if (buffer.Count == 0)
            {
                return;
            }
            var starts = new List<(int, int)>();
            var joined = "";
            foreach (var (t, line) in buffer)
            {
                if (joined.Length > 0)
                {
                    joined += " ";
                }
                starts.Add((joined.Length, line));
                joined += t;
            }
            var kind = ParagraphKind.Body;
            if (joined.StartsWith("- ", StringComparison.Ordinal))
            {
                kind = ParagraphKind.ListItem;
            }
            else if (joined.StartsWith('—'))
            {
                kind = ParagraphKind.Attribution;
            }
            else if (joined.Length < 60 && !".!?\"”:".Contains(joined[^1]))
            {
                kind = ParagraphKind.Heading;
            }
            paragraphs.Add(new Paragraph(paragraphs.Count, joined, kind, new LineMap(starts)));
            buffer.Clear();
        }
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith("http", StringComparison.Ordinal) || line.StartsWith("Related article:", StringComparison.Ordinal))
            {
                Flush();
                continue;
            }
            buffer.Add((line, i + 1));
            if (onePerLine)
            {
                Flush();
            }
        }
        Flush();
        return new Article(file, null, null, paragraphs, []);
    }

    public static string SeedsFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "seeds")))
        {
            dir = dir.Parent;
        }
        return dir is null ? throw new DirectoryNotFoundException("seeds") : Path.Combine(dir.FullName, "seeds");
    }

    public static IReadOnlyList<Article> Seeds() =>
        Directory.GetFiles(SeedsFolder(), "*.txt").Order(StringComparer.Ordinal).Select(f => Parse(Path.GetFileName(f), File.ReadAllText(f))).ToList();
}
