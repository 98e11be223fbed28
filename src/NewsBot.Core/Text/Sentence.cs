namespace NewsBot.Core.Text;

/// <summary>A sentence of a paragraph: its text, its start offset in the paragraph and its file line.</summary>
public sealed record Sentence(string Text, int Start, int Line)
{
    public int End => Start + Text.Length;
}
