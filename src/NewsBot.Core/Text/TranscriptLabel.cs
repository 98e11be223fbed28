using System.Text.RegularExpressions;

namespace NewsBot.Core.Text;

/// <summary>
/// The speaker's label opening a paragraph of a transcript or an interview: "JANE ROE (Acme Bank): …",
/// "Roe: …", "JR: …", "((Jane Roe)) …", "Q: …", "A: …". <see cref="TextStart"/> is where the words said begin.
/// </summary>
internal sealed partial record TranscriptLabel(string Name, int TextStart)
{
    /// <summary>"Q" and "A" of a question-and-answer interview.</summary>
    public bool IsQuestion => Name is "Q";

    public bool IsAnswer => Name is "A";

    /// <summary>All capitals of two or three letters ("JR"): a speaker's initials.</summary>
    public bool IsInitials => Name.Length is 2 or 3 && Name.All(char.IsUpper);

    public static TranscriptLabel? Find(string text)
    {
        var match = Bracketed().Match(text);
        if (!match.Success)
        {
            match = Colon().Match(text);
        }
        if (!match.Success || match.Length >= text.Length)
        {
            return null;
        }
        return new TranscriptLabel(match.Groups["name"].Value.Trim(), match.Length);
    }

    [GeneratedRegex(@"^\(\((?<name>[^()]{1,60})\)\)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Bracketed();

    [GeneratedRegex(
        @"^(?<name>\p{Lu}[\p{L}\p{M}.'’\-]*(?: \p{Lu}[\p{L}\p{M}.'’\-]*){0,3})(?: \([^()]{1,60}\))?:\s+(?=\S)",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex Colon();
}
