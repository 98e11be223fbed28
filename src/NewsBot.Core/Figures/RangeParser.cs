using System.Text.RegularExpressions;
using NewsBot.Core.Text;

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
    bool IsVague
)
{
    public bool IsRange => Low is not null;

    /// <summary>The word the number is glued to by a hyphen ("room" in "25-room"), if any.</summary>
    public string? Compound { get; init; }

    public bool IsOrdinal { get; init; }

    public bool IsWords { get; init; }

    /// <summary>The unit of measure glued to the number or to either end of the range ("5-10W"), if any.</summary>
    public string? MeasureUnit { get; init; }

    /// <summary>0 for the first number of a score or vote tally ("3" of "3 – 0"), 1 for the second; null otherwise.</summary>
    public int? TallySide { get; init; }

    /// <summary>
    /// True for a movement ("rose from 240 to 273", "dropping from 208 pounds to 193"): <see cref="Low"/> is where it
    /// started and <see cref="High"/> where it ended, in the order written, and <see cref="Value"/> is the end.
    /// </summary>
    public bool IsMovement { get; init; }

    public static NumberSpan Of(NumberMention m) =>
        new(m.Start, m.End, m.Value, null, null, m.Currency, m.Percent, m.IsVague)
        {
            Compound = m.Compound,
            IsOrdinal = m.IsOrdinal,
            IsWords = m.IsWords,
            MeasureUnit = m.MeasureUnit,
        };
}

/// <summary>
/// Joins neighbouring numbers into ranges from the raw text — "between 20,000 and 25,000" (002:2),
/// "30,000 to 36,000" (002:6), "15,000–20,000" with an en dash (004:9), "20-25", "one or two" — because a
/// tokenizer splits them apart. A scale, currency or percent sign written once applies to both ends
/// ("$20-25 million", "20–25%", "50.1 to 42.9 percent"). "rose from 2% to 3%" is a movement: one figure from
/// where it started to where it ended, whose value is the end (what a reader asks for). Scores and vote tallies ("Belgium 3 – 0 Panama", "lost 1 – 2 to England", "a 23-19 vote",
/// "27 votes to 18") are two figures, one per side, and never a range.
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
            if (i + 1 < mentions.Count)
            {
                var b = mentions[i + 1];
                if (TryMovement(sentence, a, b) is { } movement)
                {
                    spans.Add(movement);
                    i++;
                    continue;
                }
                if (IsTally(sentence, a, b))
                {
                    var shared = SharedUnit(a, b);
                    spans.Add(NumberSpan.Of(shared) with { TallySide = 0 });
                    spans.Add(NumberSpan.Of(b) with { TallySide = 1 });
                    i++;
                    continue;
                }
                if (TryJoin(sentence, a, b) is { } range)
                {
                    spans.Add(range);
                    i++;
                    continue;
                }
                if (IsPair(sentence, a, b))
                {
                    a = SharedUnit(a, b); // "50.1 to 42.9 percent": the sign written once is both numbers'
                }
            }
            spans.Add(NumberSpan.Of(a));
        }
        return spans;
    }

    private static NumberMention SharedUnit(NumberMention a, NumberMention b) =>
        a.Currency is null && a.Percent == PercentKind.None && !a.IsWords && !b.IsWords
            ? a with
            {
                Currency = b.Currency,
                Percent = b.Percent,
                MeasureUnit = a.MeasureUnit ?? b.MeasureUnit,
            }
            : a;

    private static bool IsPair(string sentence, NumberMention a, NumberMention b) =>
        PairGap().IsMatch(sentence[a.End..b.Start]) && a.Compound is null && !a.IsOrdinal;

    private static NumberSpan? TryJoin(string sentence, NumberMention a, NumberMention b)
    {
        if (
            a.IsVague
            || b.IsVague
            // "five per cent to 20 per cent": words and digits join when both are shares.
            || (a.IsWords != b.IsWords && (a.Percent == PercentKind.None || a.Percent != b.Percent))
            || a.IsOrdinal
            || b.IsOrdinal
            || a.Compound is not null
        )
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
        if (
            (a.Percent != PercentKind.None && b.Currency is not null)
            || (a.Currency is not null && b.Percent != PercentKind.None)
        )
        {
            return null; // "up 9.4 per cent to $84": a change and the price it reached
        }
        if (
            BetweenBefore().Match(before) is { Success: true } between
            && WordGap().Match(gap).Groups["and"].Success
        )
        {
            start = a.Start - before.Length + between.Index;
        }
        else if (WordGap().Match(gap).Groups["to"].Success)
        {
            if (MovesBefore(before) || ByBefore().IsMatch(before))
            {
                return null;
            }
        }
        else if (!DashGap().IsMatch(gap) && !WordGap().Match(gap).Groups["or"].Success)
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
        )
        {
            Compound = b.Compound,
            IsWords = a.IsWords,
            MeasureUnit = a.MeasureUnit ?? b.MeasureUnit,
        };
    }

    /// <summary>
    /// "from X … to Y" read as one figure: a movement when a word of movement stands a few words before "from"
    /// ("Horsepower jumped from 240 to 273", "dropped since October from $75 a barrel to $45.88") or when the
    /// number falls ("slow from 4.8 to 4.7 percent"), else a range whose value is its midpoint ("prices from
    /// $370,000 to $5.5 million"). The words between may name the unit or the time ("from 20 mpg in 2008 to 29");
    /// a clause break, another "from" or a second number between them keeps them apart.
    /// </summary>
    private static NumberSpan? TryMovement(string sentence, NumberMention a, NumberMention b)
    {
        if (
            a.IsVague
            || b.IsVague
            || a.IsOrdinal
            || b.IsOrdinal
            || a.Compound is not null
            || (a.Currency is not null && b.Currency is not null && a.Currency != b.Currency)
            || (
                a.Percent != PercentKind.None
                && b.Percent != PercentKind.None
                && a.Percent != b.Percent
            )
            || (a.Currency is not null && b.Percent != PercentKind.None)
            || (a.Percent != PercentKind.None && b.Currency is not null)
        )
        {
            return null;
        }
        var before = TextWindow.Before(sentence, a.Start);
        if (
            !FromBefore().IsMatch(before)
            || ToGap().Match(sentence[a.End..b.Start]) is not { Success: true } gap
        )
        {
            return null;
        }
        var start = a.Value;
        // "from 24.2 to 35 billion euros": the scale written once belongs to both ends when it keeps them alike.
        if (!a.HasScale && b.HasScale && !a.IsWords && ScaleOf(b) is > 1 and var scale)
        {
            var ratio = a.Value * scale / b.Value;
            if (ratio is >= 0.1 and <= 10)
            {
                start = a.Value * scale;
            }
        }
        var end = b.Value;
        var isMovement = end < start || MovesBefore(before);
        if (!isMovement && (gap.Groups["words"].Length == 0 || end == start))
        {
            return null; // "from 20 to 25" with nothing between: an ordinary range, joined as ranges are
        }
        // The unit may be written after the first number only ("from 208 pounds to 193").
        var unit =
            a.MeasureUnit
            ?? b.MeasureUnit
            ?? (
                UnitsOfMeasure.After(TextWindow.After(sentence, b.End), glued: false) is null
                    ? UnitsOfMeasure.After(TextWindow.After(sentence, a.End), glued: false)?.Name
                    : null
            );
        return new NumberSpan(
            a.Start,
            b.End,
            isMovement ? end : (start + end) / 2,
            start,
            end,
            a.Currency ?? b.Currency,
            a.Percent != PercentKind.None ? a.Percent : b.Percent,
            false
        )
        {
            Compound = b.Compound,
            IsWords = a.IsWords && b.IsWords,
            MeasureUnit = unit,
            IsMovement = isMovement,
        };
    }

    /// <summary>True when a word of movement stands within three words before a closing "from": "dropped since October from".</summary>
    private static bool MovesBefore(string before)
    {
        var from = MovementFrom().Match(before);
        if (!from.Success)
        {
            return false;
        }
        // "grow by anything from 3% to 12%": after "by" the numbers are how much it moved, a range.
        var words = from.Groups["words"].Captures.Select(w => w.Value).ToList();
        var verb = words.FindLastIndex(Lexicon.MovementWords.Contains);
        return verb >= 0
            && !words.Skip(verb + 1).Any(w => w.Equals("by", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Two whole numbers joined by a dash (or "to", or "votes to") that a game or a vote gives one each side: told by
    /// the order (a range never falls: "23-19"), by a team named each side ("Belgium 3 – 0 Panama"), or by the words
    /// around ("defeated … 1 – 0", "a 5-4 decision", "1 – 1 on the scoreboard").
    /// </summary>
    private static bool IsTally(string sentence, NumberMention a, NumberMention b)
    {
        if (
            a.IsWords
            || b.IsWords
            || a.Currency is not null
            || b.Currency is not null
            || a.HasScale
            || b.HasScale
            || a.IsOrdinal
            || b.IsOrdinal
            || a.Compound is not null
            || a.MeasureUnit is not null
            || b.MeasureUnit is not null
            || a.Value != Math.Floor(a.Value)
            || b.Value != Math.Floor(b.Value)
        )
        {
            return false;
        }
        var gap = sentence[a.End..b.Start];
        var before = TextWindow.Before(sentence, a.Start);
        var after = TextWindow.After(sentence, b.End);
        if (VotesGap().IsMatch(gap))
        {
            return true;
        }
        var dash = DashGap().IsMatch(gap);
        if (!dash && !(WordGap().Match(gap).Groups["to"].Success && a.Value > b.Value))
        {
            return false;
        }
        if (
            a.Percent == PercentKind.None
            && b.Percent == PercentKind.None
            && dash
            && !gap.Contains(' ')
            && a.Value >= b.Value
        )
        {
            return true; // "voted 256-40", "won 3-1", "drew 1-1"
        }
        // "lost 20-25 tanks" counts tanks: a noun after the numbers makes them a range, whatever the verb.
        if (NounAfter().IsMatch(after))
        {
            return false;
        }
        return TallyBefore().IsMatch(before)
            || TallyAfter().IsMatch(after)
            || (NameBefore().IsMatch(before) && NameAfter().IsMatch(after))
            || (dash && a.Value == b.Value);
    }

    /// <summary>True when "by" (and a hedge) ends the text before a number: "fell by 20,000", "by about 3%".</summary>
    public static bool IsAfterBy(string before) => ByBefore().IsMatch(before);

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

    /// <summary>A word between two numbers: "and" (after "between"), "to" or "through", "or".</summary>
    [GeneratedRegex(
        @"^\s+(?:(?<and>and)|(?<to>to|through)|(?<or>or))\s+$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex WordGap();

    [GeneratedRegex(
        @"^\s*(?:,\s*)?(?:to|and|or|through|[-–—‒])\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex PairGap();

    [GeneratedRegex(
        @"^\s+(?:votes?|points?|goals?|runs?)\s+(?:to|against)\s+$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex VotesGap();

    [GeneratedRegex(
        @"\bby\s+(?:(?:about|around|roughly|some|nearly|almost|just|more\s+than|over)\s+)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex ByBefore();

    [GeneratedRegex(@"^\s?[-–—‒]\s?$", RegexOptions.CultureInvariant)]
    private static partial Regex DashGap();

    [GeneratedRegex(
        @"\bfrom\s+(?:(?:up\s+to|about|around|roughly|nearly|almost|some|just|over|under|more\s+than|less\s+than)\s+)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex FromBefore();

    /// <summary>What may stand between the two ends of "from X … to Y": the unit or a time, no clause break.</summary>
    [GeneratedRegex(
        @"^(?<words>(?:\s*(?!(?:from|and|but|or|while|whereas|which|then)\b)[\p{L}\p{N}.$%/'’-]+){0,6}?)\s+to\s+(?:(?:about|around|roughly|nearly|almost|just|over|under)\s+)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex ToGap();

    /// <summary>The (up to three) words before a closing "from", each captured: "dropped since October from".</summary>
    [GeneratedRegex(
        @"(?:(?<words>\p{L}+)\W+){1,3}?from\s+(?:(?:up\s+to|about|around|roughly|nearly|almost|some|just|over|under|more\s+than|less\s+than)\s+)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex MovementFrom();

    /// <summary>A word of a game or a vote shortly before the numbers: "defeated debutants Panama 3 – 0", "voted 27 to 18".</summary>
    [GeneratedRegex(
        @"\b(?:defeated|defeats?|beat|beats|beating|won|wins?|winning|lost|lose|loses|losing|drew|draws?|drawing|tied|ties|trailed|trailing|trails?|led|leads?|leading|ended|ends|ending|finished|finishing|scored?|scoreline|result|votes?|voted|voting|tally|count|margin|putting|leaving|thrashed|edged|routed|overcame|victory|defeat)\b[^.;:!?0-9]{0,40}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex TallyBefore();

    [GeneratedRegex(
        @"^\s*(?:on\s+the\s+scoreboard|up\b|down\b|lead\b|victory|wins?\b|defeat|loss\b|draw\b|votes?\b|decision|ruling|majority|scoreline|result|(?:to|against)\s+\p{Lu}|in\s+(?:favou?r|the\s+(?:final|first|second|match|game)))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex TallyAfter();

    [GeneratedRegex(
        @"^\s+(?!(?:and|or|to|on|in|at|with|after|before|against|for|up|down|as|but|the|a|an|when|while|thanks|from|into|over|lead|victory|win|wins|defeat|loss|draw|vote|votes|decision|ruling|majority|scoreline|result|score)\b)\p{Ll}",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex NounAfter();

    [GeneratedRegex(@"\p{Lu}[\p{L}.'’-]*\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex NameBefore();

    [GeneratedRegex(@"^\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex NameAfter();
}
