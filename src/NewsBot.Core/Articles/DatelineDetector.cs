using System.Text.RegularExpressions;

namespace NewsBot.Core.Articles;

/// <summary>
/// Finds the dateline that opens a story: "MUNICH, Germany — " (seeds/001:4, 003:1),
/// "BRUSSELS, Belgium (AP) — " (seeds/004:3), "WASHINGTON (Reuters) - ", "KYIV, Ukraine, Feb. 3 — ".
/// </summary>
internal static partial class DatelineDetector
{
    /// <summary>The dateline without its dash ("BRUSSELS, Belgium (AP)"), or null.</summary>
    public static string? Detect(string paragraph)
    {
        // Only the opening of a paragraph can hold a dateline, which also bounds the matching work.
        var head = paragraph.Length > 120 ? paragraph[..120] : paragraph;
        var match = Dateline().Match(head);
        return match.Success ? match.Groups["dateline"].Value : null;
    }

    // The place is in capitals (each word); then optional ", Country", ", Feb. 3" parts and an
    // agency in parentheses; then a dash between spaces and the first word of the story.
    [GeneratedRegex(
        @"^(?<dateline>\p{Lu}[\p{Lu}'’.\-]+(?: \p{Lu}[\p{Lu}'’.\-]*){0,3}(?:, [\p{L}0-9][\p{L}0-9.'’\-]*(?: [\p{L}0-9][\p{L}0-9.'’\-]*){0,3}){0,3}(?: \([\p{L}. ]{1,30}\))?)\s?(?:—|–|--|-)\s?(?=[\p{Lu}0-9“""‘'])",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex Dateline();
}
