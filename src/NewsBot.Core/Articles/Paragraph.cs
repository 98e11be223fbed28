namespace NewsBot.Core.Articles;

/// <summary>What part a paragraph plays in the article.</summary>
public enum ParagraphKind
{
    /// <summary>Running text.</summary>
    Body,

    /// <summary>A section heading such as "Key Facts" or "Recruitment Crisis" (no sentence punctuation).</summary>
    Heading,

    /// <summary>A bullet line ("- ✓ …", "• …"); the bullet itself is not part of <see cref="Paragraph.Text"/>.</summary>
    ListItem,

    /// <summary>
    /// An attribution line after a pull quote: "— Mark Rutte, NATO Secretary General", whose
    /// <see cref="Paragraph.Text"/> is "Mark Rutte, NATO Secretary General" (the dash is left out).
    /// </summary>
    Attribution,
}

/// <summary>
/// One paragraph of an article with its hard-wrapped lines joined by single spaces.
/// <see cref="Text"/> is the exact text of the file apart from line breaks (and a leading bullet or
/// attribution dash; a headline is kept as a <see cref="ParagraphKind.Heading"/> paragraph);
/// <see cref="Lines"/> maps every character back to its file line.
/// </summary>
public sealed record Paragraph(int Index, string Text, ParagraphKind Kind, LineMap Lines)
{
    public int FirstLine => Lines.FirstLine;

    public int LineAt(int offset) => Lines.LineAt(offset);
}
