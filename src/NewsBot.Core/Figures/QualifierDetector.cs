using System.Text.RegularExpressions;

namespace NewsBot.Core.Figures;

/// <summary>
/// Reads the words in front of a number that hedge or bound it ("over", "approximately", "more than",
/// "an estimated", "averaging") and the verbs that make it a fall ("fell 0.25 percentage points").
/// </summary>
internal sealed record ChangeVerb(bool IsFall, int Start);

internal static partial class QualifierDetector
{
    /// <summary>The qualifier right before <paramref name="start"/>, normalised ("an estimated" → "estimated").</summary>
    public static string? Before(string sentence, int start)
    {
        // "~25 minutes": the tilde of technical copy is "about".
        if (TextWindow.Before(sentence, start).EndsWith('~'))
        {
            return "about";
        }
        var match = QualifierPattern().Match(TextWindow.Before(sentence, start));
        if (!match.Success)
        {
            return null;
        }
        var q = WhiteSpace().Replace(match.Groups["q"].Value.ToLowerInvariant(), " ");
        return q switch
        {
            "an estimated" => "estimated",
            "an average of"
            or "average of"
            or "averaging"
            or "averaged"
            or "averages"
            or "on average" => "average",
            "a total of" => "total",
            "some" => "about",
            _ => q,
        };
    }

    /// <summary>
    /// The verb of change that governs the number, if any: a fall ("fell 0.25 percentage points", "down 3%", "dropped by
    /// 5%") or a rise ("rose by a third", "up 4%"). "rose to 5%" is a level, not a change, and has none.
    /// </summary>
    public static ChangeVerb? ChangeBefore(string sentence, int start, bool lossIsFall = false)
    {
        var before = TextWindow.Before(sentence, start);
        var offset = start - before.Length;
        // "Dow +0.2%": market copy signs a rise.
        if (before.EndsWith('+'))
        {
            return new ChangeVerb(false, start - 1);
        }
        if (DecreasePattern().Match(before) is { Success: true } fall)
        {
            return new ChangeVerb(true, offset + fall.Index);
        }
        if (lossIsFall && LossPattern().Match(before) is { Success: true } loss)
        {
            return new ChangeVerb(true, offset + loss.Index);
        }
        return IncreasePattern().Match(before) is { Success: true } rise
            ? new ChangeVerb(false, offset + rise.Index)
            : null;
    }

    [GeneratedRegex(
        @"\b(?<q>more\s+than|less\s+than|fewer\s+than|no\s+more\s+than|no\s+fewer\s+than|no\s+less\s+than|well\s+over|just\s+over|just\s+under|over|under|above|below|about|around|approximately|roughly|nearly|almost|up\s+to|at\s+least|at\s+most|as\s+many\s+as|as\s+few\s+as|as\s+much\s+as|upwards\s+of|in\s+excess\s+of|close\s+to|some|an\s+estimated|estimated|an\s+average\s+of|average\s+of|averaging|averaged|averages|on\s+average|a\s+total\s+of|a\s+maximum\s+of|a\s+minimum\s+of|exactly|only)\s+(?:between\s+)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex QualifierPattern();

    [GeneratedRegex(
        @"\b(?:fell|fallen|falls|falling|fall|dropped|drops|dropping|drop|declined|declines|declining|decline|decreased|decreases|decreasing|decrease|slipped|slips|slipping|slid|slides|sliding|shrank|shrunk|shrinks|contracted|plunged|plunges|plunging|plunge|plummeted|plummeting|plummets|tumbled|tumbles|tumbling|sank|sinks|sinking|slumped|slumps|slumping|lowered|down|cut|reduced|retreated|eased|dipped|dips|dipping)\s+(?:by\s+)?(?:(?:a\s+)?(?:further\s+|mere\s+|more\s+than\s+|nearly\s+|almost\s+|about\s+|around\s+|some\s+|over\s+|under\s+|just\s+|only\s+|roughly\s+)){0,2}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex DecreasePattern();

    [GeneratedRegex(
        @"\b(?:rose|risen|rises|rising|rise|increased|increases|increasing|increase|grew|grown|grows|growing|grow|jumped|jumps|jumping|jump|climbed|climbs|climbing|climb|gained|gains|gaining|gain|surged|surges|surging|surge|soared|soars|soaring|soar|expanded|expands|advanced|advances|advancing|rallied|rallies|spiked|up)\s+(?:by\s+)?(?:(?:a\s+)?(?:further\s+|more\s+than\s+|nearly\s+|almost\s+|about\s+|around\s+|some\s+|over\s+|under\s+|just\s+|only\s+|roughly\s+)){0,2}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex IncreasePattern();

    [GeneratedRegex(
        @"\b(?:lost|loses|losing|shed|sheds|shedding)\s+(?:(?:a\s+)?(?:further\s+|more\s+than\s+|nearly\s+|almost\s+|about\s+|some\s+|over\s+|just\s+)){0,2}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex LossPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
