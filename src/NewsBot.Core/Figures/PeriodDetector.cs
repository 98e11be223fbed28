using System.Buffers;
using System.Text.RegularExpressions;
using NewsBot.Core.Text;

namespace NewsBot.Core.Figures;

/// <summary>What kind of time a period is: a rate (per month), a point (in December, in 2024) or a span (since the invasion).</summary>
internal enum PeriodKind
{
    Rate,
    Point,
    Span,
}

/// <summary>A period found in text: its normalised wording, a key for matching and where it was found.</summary>
internal sealed record DetectedPeriod(string Text, PeriodKind Kind, string Key, int Start, int End);

/// <summary>
/// Finds the period a figure is counted over: rates ("each month", "every single month", "monthly",
/// "a month", "daily"), points ("in December", "in 2024", "last year"), spans ("since the invasion",
/// "during the war", "in nine years"). Wordings are normalised so that a question's "per month" meets an
/// article's "each month" (002:2) and "monthly" (002:43).
/// </summary>
internal static partial class PeriodDetector
{
    /// <summary>Every period in <paramref name="text"/>, in order of appearance.</summary>
    public static IReadOnlyList<DetectedPeriod> FindAll(string text)
    {
        var found = new List<DetectedPeriod>();
        foreach (Match m in MatchesOf(RatePattern(), RateWords, text))
        {
            var unit = (
                m.Groups["u"].Success ? m.Groups["u"].Value : m.Groups["adv"].Value
            ).ToLowerInvariant();
            var normal = unit switch
            {
                "day" or "daily" => "daily",
                "week" or "weekly" => "per week",
                "month" or "monthly" => "per month",
                "quarter" or "quarterly" => "per quarter",
                _ => "per year",
            };
            found.Add(
                new DetectedPeriod(
                    normal,
                    PeriodKind.Rate,
                    "rate:" + normal,
                    m.Index,
                    m.Index + m.Length
                )
            );
        }
        foreach (Match m in MonthPattern().Matches(text))
        {
            var before = MonthPreposition().Match(TextWindow.Before(text, m.Index));
            var start = before.Success
                ? m.Index - (TextWindow.Before(text, m.Index).Length - before.Index)
                : m.Index;
            var prep = before.Success ? before.Groups["prep"].Value.ToLowerInvariant() : "in";
            prep = prep is "during" or "throughout" or "for" or "early" or "late" or "mid"
                ? "in"
                : prep;
            // "since Russia invaded in February 2022" counts from February 2022.
            if (prep == "in" && SinceClauseBefore().IsMatch(TextWindow.Before(text, m.Index)))
            {
                prep = "since";
            }
            var month = m.Groups["m"].Value;
            var year = m.Groups["y"].Success ? " " + m.Groups["y"].Value : "";
            var kind = prep is "since" or "until" or "by" ? PeriodKind.Span : PeriodKind.Point;
            found.Add(
                new DetectedPeriod(
                    $"{prep} {month}{year}",
                    kind,
                    $"{(kind == PeriodKind.Point ? "point" : "span")}:{prep} {month.ToLowerInvariant()}{year}",
                    start,
                    m.Index + m.Length
                )
            );
        }
        foreach (Match m in YearPattern().Matches(text))
        {
            var prep = m.Groups["prep"].Value.ToLowerInvariant();
            prep = prep is "during" or "throughout" ? "in" : prep;
            var kind = prep is "since" or "by" ? PeriodKind.Span : PeriodKind.Point;
            var normal = $"{prep} {m.Groups["y"].Value}";
            found.Add(
                new DetectedPeriod(
                    normal,
                    kind,
                    (kind == PeriodKind.Point ? "point:" : "span:") + normal,
                    m.Index,
                    m.Index + m.Length
                )
            );
        }
        foreach (Match m in MatchesOf(QuarterPattern(), QuarterWords, text))
        {
            var normal =
                "in the "
                + m.Groups["q"].Value.ToLowerInvariant()
                + " quarter"
                + (m.Groups["y"].Success ? " of " + m.Groups["y"].Value : "");
            found.Add(
                new DetectedPeriod(
                    normal,
                    PeriodKind.Point,
                    "point:" + normal,
                    m.Index,
                    m.Index + m.Length
                )
            );
        }
        foreach (Match m in MatchesOf(RelativePattern(), RelativeWords, text))
        {
            var normal = m.Value.ToLowerInvariant();
            found.Add(
                new DetectedPeriod(
                    normal,
                    PeriodKind.Point,
                    "point:" + normal,
                    m.Index,
                    m.Index + m.Length
                )
            );
        }
        foreach (Match m in MatchesOf(SincePattern(), SinceWords, text))
        {
            var rest = m.Groups["rest"].Value.Trim();
            var head = SinceHead().Match(rest);
            var headWord = head.Success ? head.Value.ToLowerInvariant() : null;
            var normal = headWord is null
                ? "since "
                    + string.Join(
                        ' ',
                        rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(4)
                    )
                : "since the " + headWord;
            if (MonthPattern().IsMatch(rest) || YearOnly().IsMatch(rest))
            {
                continue; // "since March 2022" is read by the month and year patterns
            }
            // "since the invasion" (000:3), "since launching its full-scale invasion" (002:4) and "since the start of
            // the war" all count from the same day.
            var key =
                headWord is not null && WarStartWords.Contains(headWord)
                    ? "span:since the war"
                    : "span:" + normal;
            found.Add(
                new DetectedPeriod(normal, PeriodKind.Span, key, m.Index, m.Index + m.Length)
            );
        }
        foreach (Match m in MatchesOf(DuringPattern(), DuringWords, text))
        {
            var normal =
                "during the "
                + m.Groups["h"].Value.ToLowerInvariant()
                + (
                    m.Groups["p"].Success
                        ? " " + m.Groups["pp"].Value.ToLowerInvariant() + " " + m.Groups["p"].Value
                        : ""
                );
            found.Add(
                new DetectedPeriod(
                    normal,
                    PeriodKind.Span,
                    "span:during the " + m.Groups["h"].Value.ToLowerInvariant(),
                    m.Index,
                    m.Index + m.Length
                )
            );
        }
        foreach (Match m in MatchesOf(SpanPattern(), SpanWords, text))
        {
            var n = m.Groups["n"].Value;
            if (
                !char.IsAsciiDigit(n[0])
                && NumberWords.Parse(n) is null
                && n is not ("several" or "few")
            )
            {
                continue;
            }
            var unit = m.Groups["u"].Value.ToLowerInvariant();
            var normal = $"in {n.ToLowerInvariant()} {unit}";
            found.Add(
                new DetectedPeriod(
                    normal,
                    PeriodKind.Span,
                    "span:" + normal,
                    m.Index,
                    m.Index + m.Length
                )
            );
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>
    /// The matches of a pattern, or none without running it when the text holds none of the words every match
    /// contains. The words are cut so that they keep no "k" or "s", whose case-insensitive matches differ between
    /// the pattern ("K" for the Kelvin sign) and ordinal comparison.
    /// </summary>
    private static IEnumerable<Match> MatchesOf(
        Regex pattern,
        SearchValues<string> necessaryWords,
        string text
    ) => text.AsSpan().ContainsAny(necessaryWords) ? pattern.Matches(text) : [];

    private static SearchValues<string> Words(params string[] words) =>
        SearchValues.Create(words, StringComparison.OrdinalIgnoreCase);

    /// <summary>Nouns after "since the" that count from the start of a war: "since the invasion", "since the outbreak".</summary>
    private static readonly HashSet<string> WarStartWords = Lexicon.LoadAsWritten(
        "war-start-words"
    );

    private static readonly SearchValues<string> RateWords = Words(
        "day",
        "dail",
        "wee",
        "month",
        "year",
        "quarter",
        "annu"
    );

    private static readonly SearchValues<string> QuarterWords = Words("quarter");

    private static readonly SearchValues<string> RelativeWords = Words("year", "month", "wee");

    private static readonly SearchValues<string> SinceWords = Words("ince");

    private static readonly SearchValues<string> DuringWords = Words("uring");

    private static readonly SearchValues<string> SpanWords = Words(
        "year",
        "month",
        "wee",
        "day",
        "hour",
        "decade"
    );

    /// <summary>The period of <paramref name="text"/> nearest to the span <paramref name="start"/>..<paramref name="end"/>.</summary>
    public static DetectedPeriod? Nearest(string text, int start, int end)
    {
        DetectedPeriod? best = null;
        var bestDistance = int.MaxValue;
        foreach (var period in FindAll(text))
        {
            var distance =
                period.End <= start ? start - period.End
                : period.Start >= end ? period.Start - end
                : 0;
            // Ties go to the period after the number ("lost 35,000 soldiers in December and 30,000 in January").
            if (distance < bestDistance || (distance == bestDistance && period.Start >= end))
            {
                best = period;
                bestDistance = distance;
            }
        }
        return best;
    }

    /// <summary>True when the text names a month ("in December 2024").</summary>
    public static bool NamesMonth(string text) => MonthPattern().IsMatch(text);

    /// <summary>True when the text starts with a month or a weekday: words of a date, not names of a party.</summary>
    public static bool IsCalendarWord(ReadOnlySpan<char> text) => CalendarWord().IsMatch(text);

    /// <summary>The period a question asks about: a point or a rate before a span.</summary>
    public static DetectedPeriod? InQuery(string query) =>
        FindAll(query).OrderBy(p => p.Kind == PeriodKind.Span ? 1 : 0).FirstOrDefault();

    /// <summary>The key of an already normalised period text (as stored in <see cref="Figure.Period"/>).</summary>
    public static DetectedPeriod? Parse(string? period) =>
        string.IsNullOrWhiteSpace(period)
            ? null
            : InQuery(period)
                ?? new DetectedPeriod(
                    period,
                    PeriodKind.Span,
                    "span:" + period.ToLowerInvariant(),
                    0,
                    period.Length
                );

    [GeneratedRegex(
        @"\b(?:(?:each|every|per|a|an)\s+(?:single\s+)?(?<u>day|week|month|year|quarter)\b(?!\s+(?:ago|earlier|later|before|after|or\b))|(?<adv>daily|weekly|monthly|yearly|annually|quarterly)\b|per\s+(?<adv>annum)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex RatePattern();

    [GeneratedRegex(
        @"\b(?<m>January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+[0-9]{1,2}\b)(?:,?\s+(?<y>(?:19|20)[0-9]{2})\b)?",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex MonthPattern();

    [GeneratedRegex(
        @"^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex CalendarWord();

    [GeneratedRegex(
        @"\b(?<prep>in|during|for|since|by|until|through|throughout|last|this|early|late|mid)\s+$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex MonthPreposition();

    [GeneratedRegex(
        @"\bsince\s+(?:[\p{L}'’]+\s+){1,3}in\s+$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex SinceClauseBefore();

    [GeneratedRegex(
        @"\b(?<prep>in|during|since|by|throughout)\s+(?<y>(?:19|20)[0-9]{2})\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"^(?:19|20)[0-9]{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex YearOnly();

    [GeneratedRegex(
        @"\b(?:in|during|for)\s+the\s+(?<q>first|second|third|fourth|final|last)\s+quarter\b(?:\s+of\s+(?<y>(?:19|20)[0-9]{2}))?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex QuarterPattern();

    [GeneratedRegex(
        @"\b(?:(?:so\s+far\s+)?this|last|next)\s+(?:year|month|week)\b(?!\s+ago)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex RelativePattern();

    [GeneratedRegex(
        @"\bsince\s+(?<rest>[^,.;:!?—–()“”""]{1,60}?)(?=\s*[,.;:!?—–()“”""]|\s+(?:began|begun|started|and|but|which|that|when|where|while|as)\b|$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex SincePattern();

    [GeneratedRegex(
        @"\b(?:invasion|war|conflict|outbreak|start|beginning|occupation|offensive|annexation|ceasefire|truce)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex SinceHead();

    [GeneratedRegex(
        @"\bduring\s+(?:the|its|their|his|her|this|that)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(?<h>war|invasion|conflict|occupation|campaign|offensive|counteroffensive|siege|battle|period|fighting|pandemic|crisis|year|month|week)\b(?:\s+(?<pp>of|in)\s+(?<p>\p{Lu}\p{L}+))?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex DuringPattern();

    [GeneratedRegex(
        @"\b(?:in|over|during|within|for|across)\s+(?:(?:more\s+than|less\s+than|fewer\s+than|nearly|almost|about|around|just|roughly|the\s+(?:past|last|first|next))\s+)*(?<n>[0-9]+|[a-z]+(?:-[a-z]+)?)\s+(?<u>years?|months?|weeks?|days?|hours?|decades?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex SpanPattern();
}
