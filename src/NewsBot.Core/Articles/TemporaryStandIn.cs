namespace NewsBot.Core.Articles;

public sealed record ArticleFile(string RelativePath, string FullPath, long Length, DateTime LastWriteUtc);

public sealed record ArticleLoadResult(Article? Article, SkippedFile? Skipped, string? Hash);

public sealed class ArticleFolderReader(long maxBytes)
{
    public IReadOnlyList<ArticleFile> ListFiles(string folder)
    {
        if (!Directory.Exists(folder)) throw new NewsBotException($"Articles folder '{folder}' does not exist.");
        return Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(f => { var i = new FileInfo(f); return new ArticleFile(Path.GetRelativePath(folder, f), f, i.Length, i.LastWriteTimeUtc); }).ToArray();
    }

    public ArticleLoadResult Load(ArticleFile file)
    {
        var bytes = File.ReadAllBytes(file.FullPath);
        if (bytes.Length > maxBytes) return new(null, new SkippedFile(file.RelativePath, "too large"), null);
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        return new(ArticleParser.Parse(file.RelativePath, text), null, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes)));
    }
}

public static class ArticleParser
{
    public static Article Parse(string file, string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var paragraphs = new List<Paragraph>();
        for (var i = 0; i < lines.Length; i++)
            if (lines[i].Trim().Length > 0) paragraphs.Add(new Paragraph(paragraphs.Count, lines[i].Trim(), ParagraphKind.Body, LineMap.SingleLine(i + 1)));
        return new Article(file, null, null, paragraphs, []);
    }
}

public static class SentenceSplitter
{
    public static IReadOnlyList<Sentence> Split(Paragraph p) => [new Sentence(p.Text, 0, p.FirstLine)];
}
