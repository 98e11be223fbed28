using System.Text.RegularExpressions;

namespace NewsBot.Core.Figures;

/// <summary>A number or a range of numbers in a sentence, with the text it spans (ranges include "between").</summary>
internal sealed record NumberSpan(
    int Start,
    int End,
    double Value,
    double? Low,
    double? High,
    string? Currency,
    PercentKind Percent,
    bool IsQualitative
)
{
    public bool IsRange => Low is not null;
}

/// <summary>
/// Joins neighbouring numbers into ranges from the raw text — "between 20,000 and 25,000" (002:2),
/// "30,000 to 36,000" (002:6), "15,000–20,000" with an en dash (004:9), "20-25" — because a tokenizer
/// splits them apart. A scale, currency or percent sign written once applies to both ends
/// ("$20-25 million", "20–25%"). "rose from 2% to 3%" is a change between two figures, not a range.
/// </summary>
internal static partial class RangeParser
{
    public static IReadOnlyList<NumberSpan> Join(
        string sentence,
        IReadOnlyList<NumberMention> mentions
    )
    {
        var spans = new List<NumberSpan>();
        for (var i = 0; i < mentions.Count; i++)
        {
            var a = mentions[i];
            if (i + 1 < mentions.Count && TryJoin(sentence, a, mentions[i + 1]) is { } range)
            {
                spans.Add(range);
                i++;
                continue;
            }
            if (i + 1 < mentions.Count && IsTally(sentence, a, mentions[i + 1]))
            {
                i++; // "voted 256-40", "won 3-1": a tally or a score counts nothing on its own
                continue;
            }
            spans.Add(
                new NumberSpan(
                    a.Start,
                    a.End,
                    a.Value,
                    null,
                    null,
                    a.Currency,
                    a.Percent,
                    a.IsQualitative
                )
            );
        }
        return spans;
    }

    private static NumberSpan? TryJoin(string sentence, NumberMention a, NumberMention b)
    {
        if (a.IsQualitative || b.IsQualitative || a.IsWords != b.IsWords)
        {
            return null;
        }
        var gap = sentence[a.End..b.Start];
        var before = TextWindow.Before(sentence, a.Start);
        var start = a.Start;
        if (
            a.Percent != PercentKind.None
            && b.Percent != PercentKind.None
            && a.Percent != b.Percent
        )
        {
            return null; // "raised by 2 percentage points to 21%": a change and a level
        }
        if (BetweenBefore().Match(before) is { Success: true } between && AndGap().IsMatch(gap))
        {
            start = a.Start - before.Length + between.Index;
        }
        else if (ToGap().IsMatch(gap))
        {
            if (ChangeBefore().IsMatch(before) || ByBefore().IsMatch(before))
            {
                return null;
            }
        }
        else if (!DashGap().IsMatch(gap))
        {
            return null;
        }
        var low = a.Value;
        var high = b.Value;
        // "between 20 and 25 million": the scale written once belongs to both ends.
        if (!a.HasScale && b.HasScale && !a.IsWords)
        {
            var bScale = ScaleOf(b);
            if (low * bScale <= high)
            {
                low *= bScale;
            }
        }
        if (a.Currency is not null && b.Currency is not null && a.Currency != b.Currency)
        {
            return null;
        }
        if (low >= high)
        {
            return null;
        }
        var percent = a.Percent != PercentKind.None ? a.Percent : b.Percent;
        return new NumberSpan(
            start,
            b.End,
            (low + high) / 2,
            low,
            high,
            a.Currency ?? b.Currency,
            percent,
            false
        );
    }

    private static bool IsTally(string sentence, NumberMention a, NumberMention b) =>
        !a.IsWords
        && !b.IsWords
        && a.Value > b.Value
        && a.Currency is null
        && a.Percent == PercentKind.None
        && DashGap().IsMatch(sentence[a.End..b.Start])
        && !sentence[a.End..b.Start].Contains(' ');

    private static double ScaleOf(NumberMention mention)
    {
        foreach (var scale in (double[])[1e12, 1e9, 1e6, 1e3])
        {
            if (mention.Value >= scale)
            {
                return scale;
            }
        }
        return 1;
    }

    [GeneratedRegex(
        @"\bbetween\s+(?:(?:about|around|roughly|approximately|some)\s+)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex BetweenBefore();

    [GeneratedRegex(@"^\s+and\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AndGap();

    [GeneratedRegex(
        @"^\s+(?:to|through)\s+$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex ToGap();

    [GeneratedRegex(
        @"\bby\s+(?:(?:about|around|roughly|some|nearly|almost|just|more\s+than|over)\s+)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex ByBefore();

    [GeneratedRegex(@"^\s?[-–—‒]\s?$", RegexOptions.CultureInvariant)]
    private static partial Regex DashGap();

    [GeneratedRegex(
        @"\b(?:rose|risen|rising|rises|increased|increasing|grew|grown|growing|jumped|climbed|fell|fallen|falling|falls|dropped|declined|decreased|decreasing|shrank|slipped|cut|raised|lowered|went|changed|up|down)\s+(?:\w+\s+){0,2}from\s+$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex ChangeBefore();
}
