using System.Text.RegularExpressions;
using NewsBot.Core.Articles;
using NewsBot.Core.Figures;

namespace NewsBot.Core.Answers;

/// <summary>
/// Decides which of the candidate figures answer a question. Each query term counts by its rarity among
/// the candidates and by where the figure has it: its measure, unit, claimant or period (full weight),
/// the words next to the number (less), the rest of the sentence (least). The score is the weighted share
/// of the question the figure covers, times penalties for a period that contradicts the question's
/// ("in January" for "in December", "daily" for "each month") and for a unit the question does not ask
/// for (a percentage for "how much money"). The same figure reported on several lines or in several
/// articles is one result citing every source. Below <see cref="MinConfidence"/> there is no answer,
/// only the closest miss.
/// </summary>
public sealed partial class FigureRanker
{
    public const double MinConfidence = 0.4;
    public const int MaxResults = 5;

    private const double CoreWeight = 1.0;
    private const double NearWeight = 0.8;
    private const double PassageWeight = 0.5;
    private const double ContextWeight = 0.3;
    private const double RelatedCredit = 0.7;
    private const int NearWindow = 8;

    public FigureAnswer Rank(string query, IReadOnlyList<Figure> candidates)
    {
        var queryPeriod = PeriodDetector.InQuery(query);
        var queryTerms = QueryTerms(query, queryPeriod);
        if (candidates.Count == 0 || queryTerms.Count == 0)
        {
            return FigureAnswer.Empty;
        }
        var profiles = candidates.Select(FigureProfile.Of).ToList();
        var idf = queryTerms.ToDictionary(t => t, t => Idf(t, profiles));
        var hint = UnitHintOf(query);
        var units = UnitTermsOf(queryTerms, profiles);
        if (
            AskedNoun().Match(query) is { Success: true } asked
            && FigureTerms.Normalize(asked.Groups["noun"].Value) is { } askedTerm
        )
        {
            // "How many drones…": the counted noun asked for rules even when no candidate counts it.
            units.TryAdd(
                askedTerm,
                FigureUnits.KindOf(asked.Groups["noun"].Value.ToLowerInvariant())
            );
        }
        var scored = profiles
            .Select(p =>
                (
                    Profile: p,
                    Score: Score(p, queryTerms, idf, queryPeriod, hint)
                        * CountedNounFactor(units, p)
                )
            )
            .ToList();
        var groups = Group(scored);
        var ordered = groups
            .OrderBy(g => g.Best.Figure.IsQualitative ? 1 : 0)
            .ThenByDescending(g => g.Score)
            .ToList();
        var results = ordered
            .Where(g => g.Score >= MinConfidence)
            .Take(MaxResults)
            .Select(g => g.ToResult())
            .ToList();
        if (results.Count > 0)
        {
            return new FigureAnswer(results);
        }
        var closest = groups.OrderByDescending(g => g.Score).FirstOrDefault();
        return new FigureAnswer([], closest?.ToResult());
    }

    /// <summary>
    /// The question's terms, its period phrase replaced by the normalised period: "since the start of the war"
    /// counts as the one term "war", not as "start" and "war" that a figure "since the invasion" would half miss.
    /// </summary>
    private static List<string> QueryTerms(string query, DetectedPeriod? period)
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

    /// <summary>The question's terms that name what some candidate counts ("tanks", "countries", "soldiers").</summary>
    private static Dictionary<string, UnitKind> UnitTermsOf(
        List<string> queryTerms,
        List<FigureProfile> profiles
    )
    {
        var units = new Dictionary<string, UnitKind>();
        foreach (var profile in profiles)
        {
            // "hundreds of thousands of Russians" (000:1) counts Russians, but "Russia" in a question names a country;
            // "losses" (000:3) is counted, but "lost" in a question is the verb.
            if (
                profile.UnitTerm is { } term
                && queryTerms.Contains(term)
                && !FigureTerms.IsPlace(term)
                && term != "loss"
            )
            {
                units.TryAdd(term, FigureUnits.KindOf(profile.Figure.Unit));
            }
        }
        return units;
    }

    /// <summary>
    /// A question naming what is counted ("How many tanks…") rules out figures counting something else
    /// (004:9 puts "15,000–20,000 Russian troops" and "hundreds of tanks" side by side). Counts of people
    /// answer for one another: a question about casualties accepts soldiers.
    /// </summary>
    private static double CountedNounFactor(
        Dictionary<string, UnitKind> units,
        FigureProfile profile
    )
    {
        var kind = FigureUnits.KindOf(profile.Figure.Unit);
        if (
            units.Count == 0
            || kind is UnitKind.Currency or UnitKind.Percent or UnitKind.PercentagePoints
        )
        {
            return 1;
        }
        var matches =
            (profile.UnitTerm is { } term && units.ContainsKey(term))
            || (kind is UnitKind.People or UnitKind.Count && units.ContainsValue(UnitKind.People));
        return matches ? 1 : 0.5;
    }

    private static double Idf(string term, List<FigureProfile> profiles)
    {
        var df = profiles.Count(p => p.All.Contains(term));
        return Math.Log(1 + ((profiles.Count + 1) / (df + 0.5)));
    }

    private static double Score(
        FigureProfile profile,
        IReadOnlyList<string> queryTerms,
        Dictionary<string, double> idf,
        DetectedPeriod? queryPeriod,
        UnitHint hint
    )
    {
        double matched = 0;
        double total = 0;
        foreach (var term in queryTerms)
        {
            var weight = idf[term];
            total += weight;
            var found = FieldWeight(profile, term);
            if (found == 0 && FigureTerms.Related(term) is { } related)
            {
                found = RelatedCredit * FieldWeight(profile, related);
            }
            matched += weight * found;
        }
        var score = total == 0 ? 0 : matched / total;
        score *= PeriodFactor(queryPeriod, profile.Period);
        score *= UnitFactor(hint, FigureUnits.KindOf(profile.Figure.Unit));
        if (profile.Figure.IsQualitative)
        {
            score *= 0.6;
        }
        return Math.Clamp(score, 0, 1);
    }

    private static double FieldWeight(FigureProfile profile, string term) =>
        profile.Core.Contains(term) ? CoreWeight
        : profile.Near.Contains(term) ? NearWeight
        : profile.Passage.Contains(term) ? PassageWeight
        : profile.Context.Contains(term) ? ContextWeight
        : 0;

    /// <summary>Period words weigh in strongly: a figure for another month or another rate is nearly ruled out.</summary>
    private static double PeriodFactor(DetectedPeriod? asked, DetectedPeriod? given)
    {
        if (asked is null)
        {
            return 1;
        }
        if (given is null)
        {
            return 0.8;
        }
        if (asked.Key == given.Key)
        {
            return 1;
        }
        return asked.Kind == given.Kind ? (asked.Kind == PeriodKind.Span ? 0.9 : 0.45) : 0.7;
    }

    private static double UnitFactor(UnitHint hint, UnitKind kind) =>
        hint switch
        {
            UnitHint.Money when kind != UnitKind.Currency => 0.5,
            UnitHint.Percent when kind is not (UnitKind.Percent or UnitKind.PercentagePoints) =>
                0.5,
            UnitHint.Count
                when kind is UnitKind.Currency or UnitKind.Percent or UnitKind.PercentagePoints =>
                0.45,
            _ => 1,
        };

    private static UnitHint UnitHintOf(string query) =>
        PercentHint().IsMatch(query) ? UnitHint.Percent
        : MoneyHint().IsMatch(query) ? UnitHint.Money
        : ShareHint().IsMatch(query) ? UnitHint.Percent
        : CountHint().IsMatch(query) ? UnitHint.Count
        : UnitHint.None;

    private static List<FigureGroup> Group(List<(FigureProfile Profile, double Score)> scored)
    {
        var groups = new List<FigureGroup>();
        foreach (var (profile, score) in scored.OrderByDescending(s => s.Score))
        {
            var group = groups.FirstOrDefault(g => g.Accepts(profile));
            if (group is null)
            {
                groups.Add(new FigureGroup(profile, score));
            }
            else
            {
                group.Add(profile);
            }
        }
        return groups;
    }

    private enum UnitHint
    {
        None,
        Money,
        Percent,
        Count,
    }

    [GeneratedRegex(
        @"\b(?i:how\s+many|number\s+of)\s+(?:(?:\p{Lu}[\p{L}'’.-]*|new|more|of|the|total|additional|extra|active|regular)\s+)*(?<noun>\p{Ll}+)",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex AskedNoun();

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
        @"[$€£]|\b(?:dollars?|euros?|pounds?|usd|eur|gbp|money|cost|costs|worth|value|valued|funding|funds?|budget|spend|spending|paid|pay|price|aid|package|contribution|contribute[sd]?|financing|loan|grant)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex MoneyHint();

    [GeneratedRegex(
        @"\bhow\s+many\b|\bnumber\s+of\b|\b(?:soldiers|troops|people|men|personnel|casualties|deaths|recruits)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex CountHint();

    /// <summary>A figure's terms by field, computed once per ranking.</summary>
    private sealed class FigureProfile
    {
        private FigureProfile(Figure figure)
        {
            Figure = figure;
            Period = PeriodDetector.Parse(figure.Period);
            Core =
            [
                .. FigureTerms.Of(figure.Measure),
                .. FigureTerms.Of(figure.Unit),
                .. FigureTerms.Of(figure.ClaimedBy),
                .. FigureTerms.Of(figure.Period),
            ];
            Measure = [.. FigureTerms.Of(figure.Measure), .. FigureTerms.Of(figure.Unit)];
            UnitTerm = FigureTerms.Normalize(figure.Unit);
            Passage = [.. FigureTerms.Of(figure.Passage)];
            Near = NearTerms(figure);
            Context = [.. FigureTerms.Of(figure.Context)];
            All = [.. Core, .. Passage, .. Context];
        }

        public Figure Figure { get; }

        public DetectedPeriod? Period { get; }

        public HashSet<string> Core { get; }

        public HashSet<string> Measure { get; }

        public string? UnitTerm { get; }

        public HashSet<string> Near { get; }

        public HashSet<string> Passage { get; }

        public HashSet<string> Context { get; }

        public HashSet<string> All { get; }

        public static FigureProfile Of(Figure figure) => new(figure);

        /// <summary>The words within a few tokens of the number, not reaching past another number (003:5 has two).</summary>
        private static HashSet<string> NearTerms(Figure figure)
        {
            var tokens = FigureTerms.Positioned(figure.Passage);
            var at = figure.Passage.IndexOf(figure.Text, StringComparison.Ordinal);
            var near = new HashSet<string>();
            if (at < 0)
            {
                return near;
            }
            var end = at + figure.Text.Length;
            var first = tokens.Count;
            var last = -1;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (tokens[i].End > at && tokens[i].Start < end)
                {
                    first = Math.Min(first, i);
                    last = Math.Max(last, i);
                }
            }
            if (last < 0)
            {
                return near;
            }
            for (
                var i = first - 1;
                i >= Math.Max(0, first - NearWindow) && tokens[i].Term != "#";
                i--
            )
            {
                near.Add(tokens[i].Term);
            }
            for (
                var i = last + 1;
                i <= Math.Min(tokens.Count - 1, last + NearWindow) && tokens[i].Term != "#";
                i++
            )
            {
                near.Add(tokens[i].Term);
            }
            near.Remove("");
            return near;
        }
    }

    /// <summary>
    /// One figure as reported in one or more places: same value or range, same kind of unit, a compatible period
    /// and a measure sharing a term. The claimant may differ: 001:13 has Rutte say it, 003:11 has "NATO reports".
    /// </summary>
    private sealed class FigureGroup(FigureProfile best, double score)
    {
        private readonly List<FigureProfile> _members = [best];

        public FigureProfile Best { get; } = best;

        public double Score { get; } = score;

        public void Add(FigureProfile profile) => _members.Add(profile);

        public bool Accepts(FigureProfile other)
        {
            var a = Best.Figure;
            var b = other.Figure;
            return a.IsQualitative == b.IsQualitative
                && Same(a.Value, b.Value)
                && Same(a.Low, b.Low)
                && Same(a.High, b.High)
                && FigureUnits.ClassOf(a.Unit) == FigureUnits.ClassOf(b.Unit)
                && (
                    Best.Period is null
                    || other.Period is null
                    || Best.Period.Key == other.Period.Key
                    || (Best.Period.Kind == PeriodKind.Span && other.Period.Kind == PeriodKind.Span)
                )
                && (
                    Best.Measure.Count == 0
                    || other.Measure.Count == 0
                    || Best.Measure.Overlaps(other.Measure)
                );
        }

        public FigureResult ToResult()
        {
            var sources = new List<SourceRef> { Best.Figure.Source };
            foreach (
                var source in _members
                    .Skip(1)
                    .Select(m => m.Figure.Source)
                    .OrderBy(s => s.File, StringComparer.Ordinal)
                    .ThenBy(s => s.Line)
            )
            {
                if (!sources.Contains(source))
                {
                    sources.Add(source);
                }
            }
            return FigureResults.ToResult(Best.Figure, sources, Score, Score);
        }

        private static bool Same(double? a, double? b) =>
            a is null
                ? b is null
                : b is not null
                    && Math.Abs(a.Value - b.Value) <= 1e-6 * Math.Max(1, Math.Abs(a.Value));
    }
}
