using System.Text.RegularExpressions;

namespace NewsBot.Core.Figures;

/// <summary>
/// Whose number is whose in a score or a vote tally. "Belgium 3 – 0 Panama" gives Belgium 3 and Panama 0; after
/// a verb the verb decides, whichever way the numbers are written: the side that "defeated" or is "winning" has
/// the higher number, the side that "lost … to" the lower ("Tunisia lost 1 – 2 to England", eval 309:5). A vote
/// ("a 23-19 vote", "27 votes to 18") gives the votes in favour first.
/// </summary>
internal static partial class ScoreSides
{
    /// <summary>The measure of each side: "goals scored by Belgium against Panama", "votes against".</summary>
    public static (string First, string Second) Measures(
        string sentence,
        NumberSpan first,
        NumberSpan second,
        string unit
    )
    {
        var before = sentence[..first.Start];
        var after = sentence[second.End..];
        var firstHigher = first.Value >= second.Value;
        string? a = null;
        string? b = null;
        bool? aHigher = null;
        if (Won().Match(before) is { Success: true } won)
        {
            // "drew with" gives no winner: the order of the text decides.
            (a, b) = (won.Groups["a"].Value, won.Groups["b"].Value);
            aHigher = won.Groups["drew"].Success ? null : true;
        }
        else if (
            SideVerb().Match(before) is { Success: true } lost
            && lost.Groups["lost"].Success
            && LostAfter().Match(after) is { Success: true } to
        )
        {
            (a, b, aHigher) = (lost.Groups["a"].Value, to.Groups["b"].Value, false);
        }
        else if (
            Leading().Match(before) is { Success: true } leading
            && LeadingAfter().Match(after) is { Success: true } direction
        )
        {
            (a, aHigher) = (leading.Groups["a"].Value, direction.Groups["up"].Success);
        }
        else if (
            SideVerb().Match(before) is { Success: true } winning
            && !winning.Groups["lost"].Success
        )
        {
            (a, aHigher) = (winning.Groups["a"].Value, true);
        }
        else if (WonOver().Match(before) is { Success: true } over)
        {
            // "Trump wins re-election over Biden with an electoral count of 362 to 176"
            (a, b, aHigher) = (over.Groups["a"].Value, over.Groups["b"].Value, true);
        }
        else if (
            SideBefore().Match(before) is { Success: true } left
            && SideAfter().Match(after) is { Success: true } right
        )
        {
            (a, b) = (left.Groups["a"].Value, right.Groups["b"].Value);
        }
        if (unit == "votes")
        {
            return Votes(a, b, aHigher is null || aHigher == firstHigher);
        }
        if (a is null)
        {
            var clause = MeasureFinder.WordsBefore(sentence, 0, first.Start, 5);
            var plain =
                clause.Length > 0 ? $"{unit} in the score ({clause})" : $"{unit} in the score";
            return (plain, plain);
        }
        // Which written number is side a's: the order of the text unless the verb says otherwise.
        var aIsFirst = aHigher is null || aHigher == firstHigher;
        var ofA = $"{unit} scored by {a}" + (b is null ? "" : $" against {b}");
        var ofB = b is null ? $"{unit} scored against {a}" : $"{unit} scored by {b} against {a}";
        return aIsFirst ? (ofA, ofB) : (ofB, ofA);
    }

    /// <summary>A vote between two sides is votes for each; a vote on a motion is votes in favour and against.</summary>
    private static (string First, string Second) Votes(string? a, string? b, bool aIsFirst)
    {
        if (a is null)
        {
            return ("votes in favour", "votes against");
        }
        var ofA = $"votes for {a}";
        var ofB = b is null ? $"votes against {a}" : $"votes for {b}";
        return aIsFirst ? (ofA, ofB) : (ofB, ofA);
    }

    private const string Name = @"\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}";

    /// <summary>The first side named: "(?&lt;a&gt;…)"; the second: "(?&lt;b&gt;…)".</summary>
    private const string SideA = "(?<a>" + Name + ")";

    private const string SideB = "(?<b>" + Name + ")";

    /// <summary>A side without a name: "the town's club beat Oldport".</summary>
    private const string Side = @"(?!the\b)\p{Ll}[\p{L}'’-]*(?:\s+\p{Ll}[\p{L}'’-]*)?";

    [GeneratedRegex(
        @"(?<a>"
            + Name
            + "|"
            + Side
            + @")\s+(?:defeated|defeats|beat|beats|thrashed|thrashes|edged(?:\s+past)?|routed|overcame|won\s+(?:against|over)|(?<drew>drew|draws|tied|ties)(?:\s+with)?)\s+(?:\p{Ll}+\s+){0,2}(?<b>"
            + Name
            + @")\s+$",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex Won();

    /// <summary>A side and its verb right before the numbers: "Tunisia lost 1 – 2", "England winning 2 – 1".</summary>
    [GeneratedRegex(
        SideA
            + @"\s+(?:(?<lost>lost|loses|fell|went\s+down)|winning|won|wins|win|leading|led|leads|beating)\s+(?:by\s+)?$",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex SideVerb();

    [GeneratedRegex(@"^\s+(?:to|against)\s+(?<b>" + Name + ")", RegexOptions.CultureInvariant)]
    private static partial Regex LostAfter();

    [GeneratedRegex(
        @"\b(?:putting|put|puts|leaving|left|leaves)\s+(?:the\s+)?(?<a>" + Name + @")\s+$",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex Leading();

    [GeneratedRegex(
        @"^\s+(?:(?<up>up|ahead|in\s+front)|down|behind)\b",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex LeadingAfter();

    [GeneratedRegex(@"(?<a>" + Name + @")\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex SideBefore();

    [GeneratedRegex(
        SideA
            + @"\s+(?:wins|won|defeats|defeated|beats|beat)\s+(?:(?:[\p{Ll}-]+\s+){0,3}(?:over|against)\s+)?(?:\p{Ll}+\s+){0,3}"
            + SideB
            + @"\b[^.;,0-9]*$",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex WonOver();

    [GeneratedRegex(@"^\s+(?<b>" + Name + ")", RegexOptions.CultureInvariant)]
    private static partial Regex SideAfter();
}
