using System.Text.RegularExpressions;
using NewsBot.Core.Text;

namespace NewsBot.Core.Figures;

/// <summary>
/// Finds ordinals written as words that rank something: "the fourth ballot", "its third named storm", "the third
/// oldest party", "finished second", "second place", "a second-place finish". "First" ranks only a place ("came
/// first", "first place"): "for the first time" and "the first president to" rank nothing a member asks about.
/// Fractions ("a third of", "two-thirds") and days ("the third of May") are not ranks.
/// </summary>
internal static partial class RankReader
{
    private const int MaxRankedWords = 4;

    private static readonly Dictionary<string, int> Ordinals = Lexicon
        .LoadNumbers("ordinal-words")
        .ToDictionary(p => p.Key, p => (int)p.Value, StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<RankMention> Find(string sentence)
    {
        var places = new HashSet<int>();
        foreach (Match match in PlaceRank().Matches(sentence))
        {
            var word = match.Groups["o"];
            places.Add(word.Index);
            yield return new RankMention(
                word.Index,
                word.Index + word.Length,
                Ordinals[word.Value],
                "place"
            );
        }
        foreach (Match match in NounRank().Matches(sentence))
        {
            var word = match.Groups["o"];
            var value = Ordinals[word.Value];
            if (value == 1 || places.Contains(word.Index))
            {
                continue;
            }
            var ranked = Ranked(match.Groups["r"].Value);
            if (ranked.Length > 0)
            {
                yield return new RankMention(word.Index, word.Index + word.Length, value, ranked);
            }
        }
    }

    /// <summary>The words the ordinal ranks, up to the noun that ends them: "named storm", "oldest existing political party".</summary>
    private static string Ranked(string words)
    {
        var ranked = new List<string>();
        foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (Stops.Contains(word) || ranked.Count == MaxRankedWords)
            {
                break;
            }
            ranked.Add(word);
        }
        return string.Join(' ', ranked);
    }

    private static readonly HashSet<string> Stops = Lexicon.Load("rank-stops");

    private const string OrdinalWord =
        @"(?<o>(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth))";

    /// <summary>"finished second", "came in third", "placed fourth", "second place", "a second-place finish".</summary>
    [GeneratedRegex(
        @"(?i:\b(?:finish(?:ed|es|ing)?|plac(?:ed|es|ing)|came|comes|coming|end(?:ed|s)?|rank(?:ed|s)?)\s+(?:in\s+)?(?:a\s+)?)"
            + OrdinalWord
            + @"\b(?!\s+(?i:of|in\s+line)\b)(?:[\s-]+(?i:place[ds]?)\b)?|\b"
            + OrdinalWord
            + @"[\s-]+(?i:plac(?:e|ed))\b",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex PlaceRank();

    /// <summary>"the fourth ballot", "its third named storm", "Sunday's second round": a determiner, the ordinal, then words.</summary>
    [GeneratedRegex(
        @"(?:\b(?i:the|its|their|his|her|our|this|that)|['’]s)\s+"
            + OrdinalWord
            + @"\s+(?!of\b)(?<r>(?:\p{Ll}[\p{Ll}-]*\s*){1,5})",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex NounRank();
}
