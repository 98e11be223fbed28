namespace NewsBot.Core.Articles;

/// <summary>
/// A parsed article: its file name (relative to the articles folder), the headline and dateline
/// where it has them, its paragraphs in order and the noise lines kept out of them.
/// </summary>
public sealed record Article(
    string File,
    string? Headline,
    string? Dateline,
    IReadOnlyList<Paragraph> Paragraphs,
    IReadOnlyList<NoiseLine> Noise
)
{
    public SourceRef SourceAt(Paragraph paragraph, int offset) =>
        new(File, paragraph.LineAt(offset));
}
