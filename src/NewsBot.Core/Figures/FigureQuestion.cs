using System.Globalization;
using System.Text.RegularExpressions;
using NewsBot.Core.Text;

namespace NewsBot.Core.Figures;

/// <summary>
/// A /figure question taken apart: what it measures (the terms a figure's measure must carry), when (its period),
/// whose word it asks for ("according to Rutte", "Britain's defense ministry's estimate"), the sort of quantity it
/// wants ("how old" an age, "how long" a duration, "how much" money, "which minute" a position), the counted noun
/// of "how many X", and the side named by "against X" in a score.
/// </summary>
internal sealed partial class FigureQuestion
{
    private FigureQuestion(string text)
    {
        Text = text;
        Kind = KindOf(text);
        // "since what year", "before 2016": in a year question the time named is what is asked or narrows it, and
        // the year figures it asks for have no period to agree with.
        Period = Kind == FigureKind.Year ? null : PeriodDetector.InQuery(text);
        var claimant = ClaimantPhrase().Match(text);
        var rest = text;
        if (claimant.Success)
        {
            Claimant =
            [
                .. FigureTerms.Of(
                    claimant.Groups["by"].Value + " " + claimant.Groups["whose"].Value
                ),
            ];
            rest = text[..claimant.Index] + " " + text[(claimant.Index + claimant.Length)..];
        }
        var terms = MeasureTerms(rest, Period is null ? null : PeriodDetector.InQuery(rest));
        // "what year", "which anniversary": the word that asks for a year names the sort, not what is dated.
        Terms = Kind == FigureKind.Year ? [.. terms.Where(t => t != YearTerm)] : terms;
        Names = [.. FigureTerms.NamesIn(rest.TrimStart(), skipFirst: true)];
        NamedEvents = DatedEvents.In(Terms);
        Events = Kind == FigureKind.Year ? NamedEvents : [];
        Befell = CountedEvents.In(Terms);
        NamedYears = YearsIn(text);
        if (AskedNoun().Match(rest) is { Success: true } asked)
        {
            var noun = asked.Groups["noun"].Value;
            if (FigureUnits.IsTime(noun))
            {
                Kind = FigureKind.Duration;
            }
            else
            {
                CountedNoun = noun.ToLowerInvariant();
            }
        }
        Head = HeadOf(rest);
        Optional =
        [
            .. HeadWords()
                .Matches(rest)
                .Where(m =>
                    AmountWords.Contains(m.Value.ToLowerInvariant())
                    || CurrencyWord().IsMatch(m.Value)
                )
                .Select(m => FigureTerms.Normalize(m.Value))
                .OfType<string>(),
        ];
        if (Against().Match(rest) is { Success: true } against)
        {
            Opponent = [.. FigureTerms.Of(against.Groups["x"].Value)];
        }
    }

    public string Text { get; }

    /// <summary>The events a year question names ("founded", "killed"), as groups of <see cref="DatedEvents"/>.</summary>
    public HashSet<int> Events { get; }

    /// <summary>The events the question names whatever it asks ("when he retired"), as groups of <see cref="DatedEvents"/>.</summary>
    public HashSet<int> NamedEvents { get; }

    /// <summary>What befell the people the question counts ("injured", "evacuated"), as groups of <see cref="CountedEvents"/>.</summary>
    public HashSet<int> Befell { get; }

    /// <summary>The years the question writes ("before 2016", "in 2019"): they narrow what is asked, never answer it.</summary>
    public HashSet<double> NamedYears { get; }

    /// <summary>The years <paramref name="text"/> writes in digits ("in 2016", "the 2019–20 season").</summary>
    public static HashSet<double> YearsIn(string text) =>
        [
            .. YearWritten()
                .Matches(text)
                .Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture)),
        ];

    private static readonly string YearTerm = FigureTerms.Normalize("year") ?? "year";

    public DetectedPeriod? Period { get; }

    /// <summary>The terms of what is measured, the period phrase replaced by the normalised period.</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>The terms the question writes with a capital, but its first word: names of people, places, events.</summary>
    public HashSet<string> Names { get; }

    /// <summary>The terms of the claimant the question names, if it names one.</summary>
    public IReadOnlyList<string> Claimant { get; } = [];

    /// <summary>The sort of quantity asked for; null when the question does not say.</summary>
    public FigureKind? Kind { get; }

    /// <summary>The noun of "how many X" / "number of X", lower case ("girls", "offences").</summary>
    public string? CountedNoun { get; }

    /// <summary>The terms after "against" ("goals Tunisia scored against England"): the side scored against.</summary>
    public IReadOnlyList<string> Opponent { get; } = [];

    /// <summary>
    /// Terms that name the sort of amount rather than what it is of ("contribution", "cost", "funding"): they count
    /// when a figure has them and are not held against one that does not (the sort itself is checked apart).
    /// </summary>
    public HashSet<string> Optional { get; }

    /// <summary>
    /// The head of the question's first noun phrase ("possession" in "Belgium's ball possession against Panama"), or
    /// null when it is a word for an amount ("value", "contribution") or the question asks for a kind of figure.
    /// </summary>
    public string? Head { get; }

    /// <summary>True for a question asking for money without naming it: "How much did Britain give?".</summary>
    public bool AsksMoney => Kind == FigureKind.Money;

    public static FigureQuestion Parse(string text) => new(text);

    /// <summary>
    /// The question's terms, its period phrase replaced by the normalised period: "since the start of the war"
    /// counts as the one term "war", not as "start" and "war" that a figure "since the invasion" would half miss.
    /// </summary>
    private static List<string> MeasureTerms(string query, DetectedPeriod? period)
    {
        if (period is null)
        {
            return [.. FigureTerms.Of(query)];
        }
        var rest = query[..period.Start] + " " + query[period.End..];
        var terms = FigureTerms.Of(rest).ToList();
        foreach (var term in FigureTerms.Of(period.Key[(period.Key.IndexOf(':') + 1)..]))
        {
            if (!terms.Contains(term))
            {
                terms.Add(term);
            }
        }
        return terms;
    }

    private static string? HeadOf(string query)
    {
        var words = HeadWords().Matches(query).Select(m => m.Value).ToList();
        var i = 0;
        // "How many", "What is the", "value of the": the words before the noun phrase.
        while (
            i < words.Count
            && (
                FigureTerms.Normalize(words[i]) is null
                || AmountWords.Contains(words[i].ToLowerInvariant())
            )
        )
        {
            i++;
        }
        string? head = null;
        for (; i < words.Count; i++)
        {
            var word = words[i];
            var lower = word.ToLowerInvariant();
            if (
                StopWords.Contains(lower)
                || (head is not null && char.IsUpper(word[0]) && !char.IsUpper(head[0]))
            )
            {
                break;
            }
            if (head is not null && lower.EndsWith("ed", StringComparison.Ordinal))
            {
                break; // "soldiers killed in action"
            }
            head = word;
        }
        if (
            head is null
            || char.IsUpper(head[0])
            || AmountWords.Contains(head.ToLowerInvariant())
            || MoneyHint().IsMatch(head)
        )
        {
            return null;
        }
        return FigureTerms.Normalize(head);
    }

    private static readonly HashSet<string> StopWords = Lexicon.LoadAsWritten(
        "question-stop-words"
    );

    /// <summary>Words that name an amount rather than what it is of.</summary>
    private static readonly HashSet<string> AmountWords = Lexicon.LoadAsWritten("amount-words");

    [GeneratedRegex(@"[\p{L}][\p{L}'’-]*", RegexOptions.CultureInvariant)]
    private static partial Regex HeadWords();

    [GeneratedRegex(
        @"^(?:dollars?|euros?|pounds?|kronor|krona|kroner|francs?|yen|yuan|rupees?|roubles?|rubles?|usd|eur|gbp)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex CurrencyWord();

    private static FigureKind? KindOf(string query) =>
        AgeHint().IsMatch(query) ? FigureKind.Age
        : AsksYear(query) ? FigureKind.Year
        : OrdinalHint().IsMatch(query) || AsksRank(query) ? FigureKind.Ordinal
        : DurationHint().IsMatch(query) ? FigureKind.Duration
        : MeasurementHint().IsMatch(query) ? FigureKind.Measurement
        : PercentHint().IsMatch(query) ? FigureKind.Percent
        : MoneyHint().IsMatch(query) || HowMuchMoney().IsMatch(query) ? FigureKind.Money
        : ShareHint().IsMatch(query) ? FigureKind.Percent
        : CountHint().IsMatch(query) ? FigureKind.Count
        : null;

    /// <summary>
    /// "what year", "in which year", "since what year", and "when" only where a year is what is asked: of an event
    /// a year dates ("when was the party founded", "when was she born"), not "when did the storm hit".
    /// </summary>
    private static bool AsksYear(string query) =>
        YearHint().IsMatch(query)
        || (
            WhenHint().Match(query) is { Success: true } when
            && HeadWords()
                .Matches(query[(when.Index + when.Length)..])
                .Any(w => DatedEvents.IsEvent(w.Value))
        );

    /// <summary>
    /// "on which ballot", "which named storm", "which anniversary", "what place did she finish", "where did he place":
    /// the noun asked after "which" is one a rank is given of (<c>lexicon/rank-nouns.txt</c>).
    /// </summary>
    private static bool AsksRank(string query) =>
        RankPlaceHint().IsMatch(query)
        || WhichNoun()
            .Matches(query)
            .Any(m =>
                Lexicon.RankNouns.Contains(m.Groups["a"].Value)
                || Lexicon.RankNouns.Contains(m.Groups["b"].Value)
            );

    /// <summary>
    /// "according to X", "as estimated by X", "X's estimate": whose figure the question wants. A possessive of the
    /// measured thing ("Britain's contribution") is not a claimant.
    /// </summary>
    [GeneratedRegex(
        @"\b(?:according\s+to|as\s+(?:estimated|reported|claimed|stated|said)\s+by|(?:estimated|reported|claimed|cited)\s+by)\s+(?<by>[^?.,;]+)|\b(?<whose>(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}.-]*)['’]s\s+(?:\p{L}+\s+){0,2}?(?:estimates?|figures?|count|assessments?|reports?|claims?|address|briefing|remarks|speech|statement|interview|data|tally)\b",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex ClaimantPhrase();

    /// <summary>
    /// The counted noun of "how many X": the first plural of the noun phrase ("How many terror offences",
    /// "How many confirmed COVID-19 cases"), adjectives and names before it skipped.
    /// </summary>
    [GeneratedRegex(
        @"\b(?i:how\s+many|number\s+of|count\s+of)\s+(?:(?!(?:are|is|was|were|did|do|does|has|have|had|will|would|can|could)\b)(?:[\p{L}0-9'’.-]+)\s+){0,3}?(?<noun>people|men|women|children|police|staff|personnel|cattle|\p{Ll}[\p{Ll}'’-]*s)\b",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex AskedNoun();

    [GeneratedRegex(
        @"\bagainst\s+(?<x>[^?.,;]+)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex Against();

    [GeneratedRegex(
        @"\bhow\s+old\b|\bages?\s+(?:of|at|when)\b|\b(?:age|aged)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex AgeHint();

    [GeneratedRegex(
        @"\b(?:which|what)\s+(?:minute|round|place|position|rank|lap|inning|game|stage|spot)\b|\bin\s+what\s+place\b|\branked?\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex OrdinalHint();

    [GeneratedRegex(
        @"(?<![0-9])(?:1[0-9]{3}|20[0-9]{2}|21[0-9]{2})(?![0-9])",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex YearWritten();

    [GeneratedRegex(
        @"\b(?:what|which)\s+year\b|\byear\s+(?:did|was|were|had|has|is)\b|\bsince\s+when\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex YearHint();

    [GeneratedRegex(
        @"^\s*(?:since\s+)?when\s+(?:was|were|did|had|has|is|does)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex WhenHint();

    [GeneratedRegex(
        @"\bwhere\s+(?:did|does|do|will|would|could)\b(?:\s+\S+){1,8}?\s+(?:finish|place|rank|come|end\s+up)\b|\brank(?:s|ed)?\s+(?:among|in|on|as|of)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex RankPlaceHint();

    /// <summary>"which ballot", "which named storm": the word or two after "which".</summary>
    [GeneratedRegex(
        @"\b(?i:which|what)\s+(?<a>\p{Ll}+)(?:\s+(?<b>\p{Ll}+))?",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex WhichNoun();

    [GeneratedRegex(
        @"\bhow\s+long\b|\bfor\s+how\s+many\s+(?:years|months|weeks|days|hours|minutes|decades)\b|\b(?:duration|length)\s+of\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex DurationHint();

    [GeneratedRegex(
        @"\bhow\s+(?:far|tall|high|deep|heavy|wide)\b|\bweigh(?:s|ed)?\b|\b(?:distance|height|weight|depth|area)\s+of\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex MeasurementHint();

    [GeneratedRegex(
        @"%|\b(?:percent|per\s+cent|percentage|proportion)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex PercentHint();

    /// <summary>"share" asks for a percentage unless the question is about money ("Britain's share of the package").</summary>
    [GeneratedRegex(
        @"\b(?:share|fraction)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex ShareHint();

    [GeneratedRegex(
        @"[$€£¥₹]|\b(?:dollars?|euros?|pounds?|kronor|krona|kroner|francs?|yen|yuan|rupees?|roubles?|rubles?|usd|eur|gbp|money|cost|costs|worth|value|valued|funding|funds?|budget|spend|spending|spent|paid|pay|price|aid|package|contribution|contribute[sd]?|financing|loan|grant|award|prize|fine|fined|bail|compensation|salary|wages?|fees?|reward|donations?|revenue|profits?|debt|deficit|tax|taxes|investment|cash)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex MoneyHint();

    [GeneratedRegex(
        @"\bhow\s+much\b(?:\s+\S+){0,3}?\s+(?:give|gave|given|pay|paid|spend|spent|cost|raise|raised|donate|donated|earn|earned|invest|invested|owe|owed|pledge|pledged|lend|lent|receive|received|get|got)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex HowMuchMoney();

    [GeneratedRegex(
        @"\bhow\s+many\b|\bnumber\s+of\b|\b(?:soldiers|troops|people|men|personnel|casualties|deaths|recruits)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex CountHint();
}
