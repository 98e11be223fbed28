using NewsBot.Core.Text;

namespace NewsBot.AttributionEval;

/// <summary>
/// Whether the speaker NewsBot names is the one the gold gives: a person by the same full name or surname
/// (accents and case folded, as the public evaluation matches names; either half of a double surname), an organisation by a shared content
/// word ("State Department" for "United States Department of State"), an unnamed source by naming nobody
/// or only a description ("a senior official").
/// </summary>
internal static class SpeakerJudge
{
    private static readonly HashSet<string> FunctionWords =
    [
        "the",
        "of",
        "and",
        "for",
        "a",
        "an",
        "in",
        "on",
        "s",
    ];

    public static bool IsRight(GoldQuote gold, string? predicted) =>
        gold.SpeakerType switch
        {
            "unnamed" => predicted is null || IsDescription(predicted),
            "organisation" => predicted is not null
                && (
                    ContentWords(predicted).Overlaps(ContentWords(gold.Speaker ?? ""))
                    || IsAcronymOf(predicted, gold.Speaker ?? "")
                ),
            _ => predicted is not null && SamePerson(gold.Speaker ?? "", predicted),
        };

    /// <summary>
    /// A speaker opening in lower case ("a senior EU official"), or of several words lower case but for a capital
    /// opening its sentence ("Fifty former intelligence officials"), is a description NewsBot keeps for an
    /// unnamed source.
    /// </summary>
    public static bool IsDescription(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0
            && (
                !char.IsUpper(words[0][0])
                || (words.Length > 1 && words.Skip(1).All(w => !char.IsUpper(w[0])))
            );
    }

    /// <summary>"IRGC" for "Iranian Revolutionary Guard Corps": the initials of the name's capitalised words.</summary>
    private static bool IsAcronymOf(string acronym, string name) =>
        acronym.Length is >= 2 and <= 6
        && acronym.All(char.IsUpper)
        && string.Concat(
            name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Where(w => char.IsUpper(w[0]))
                .Select(w => w[0])
        ) == acronym;

    private static bool SamePerson(string gold, string predicted)
    {
        var g = NameFolding.NameKey(gold).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var p = NameFolding.NameKey(predicted).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "Rosselló" for "Ricardo Rosselló Nevares": a surname of a double surname names the person too.
        return g.Length > 0 && p.Length > 0 && (g[^1] == p[^1] || g.Skip(1).Contains(p[^1]));
    }

    private static HashSet<string> ContentWords(string name) =>
        NameFolding
            .NameKey(name)
            .Split([' ', '\'', '’', '-', '.'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !FunctionWords.Contains(w))
            .ToHashSet();
}
