namespace NewsBot.Core.Figures;

/// <summary>
/// The few words around a number. Patterns anchored at a number only look this far, so that a long
/// sentence (or a paragraph the splitter could not split) costs the same per number as a short one.
/// </summary>
internal static class TextWindow
{
    private const int Width = 80;

    public static string Before(string text, int index) => text[Math.Max(0, index - Width)..index];

    public static string After(string text, int index) =>
        text[index..Math.Min(text.Length, index + Width)];
}
