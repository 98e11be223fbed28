using System.Text.RegularExpressions;
using NewsBot.Core.Answers;
using NewsBot.Core.Articles;

namespace NewsBot.Core.Figures;

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
    private const int NearWindow = 8;

    public FigureAnswer Rank(string query, IReadOnlyList<Figure> candidates)
    {
        var queryTerms = FigureTerms.Of(query);
        if (candidates.Count == 0 || queryTerms.Count == 0)
        {
            return FigureAnswer.Empty;
        }
        var profiles = candidates.Select(FigureProfile.Of).ToList();
        var idf = queryTerms.ToDictionary(t => t, t => Idf(t, profiles));
        var queryPeriod = PeriodDetector.InQuery(query);
        var hint = UnitHintOf(query);
        var scored = profiles.Select(p => (Profile: p, Score: Score(p, queryTerms, idf, queryPeriod, hint))).ToList();
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
            matched += weight * (profile.Core.Contains(term) ? CoreWeight
                : profile.Near.Contains(term) ? NearWeight
                : profile.Passage.Contains(term) ? PassageWeight
                : profile.Context.Contains(term) ? ContextWeight
                : 0);
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
            UnitHint.Percent when kind is not (UnitKind.Percent or UnitKind.PercentagePoints) => 0.5,
            UnitHint.Count when kind is UnitKind.Currency or UnitKind.Percent or UnitKind.PercentagePoints => 0.6,
            _ => 1,
        };

    private static UnitHint UnitHintOf(string query) =>
        PercentHint().IsMatch(query) ? UnitHint.Percent
        : MoneyHint().IsMatch(query) ? UnitHint.Money
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

    [GeneratedRegex(@"%|\b(?:percent|per\s+cent|percentage|share|proportion|fraction)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PercentHint();

    [GeneratedRegex(@"[$€£]|\b(?:dollars?|euros?|pounds?|usd|eur|gbp|money|cost|costs|worth|value|valued|funding|funds?|budget|spend|spending|paid|pay|price|aid|package|contribution|contribute[sd]?|financing|loan|grant)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MoneyHint();

    [GeneratedRegex(@"\bhow\s+many\b|\bnumber\s+of\b|\b(?:soldiers|troops|people|men|personnel|casualties|deaths|recruits)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountHint();

    /// <summary>A figure's terms by field, computed once per ranking.</summary>
    private sealed class FigureProfile
    {
        private FigureProfile(Figure figure)
        {
            Figure = figure;
            Period = PeriodDetector.Parse(figure.Period);
            Core = [.. FigureTerms.Of(figure.Measure), .. FigureTerms.Of(figure.Unit), .. FigureTerms.Of(figure.ClaimedBy), .. FigureTerms.Of(figure.Period)];
            Measure = [.. FigureTerms.Of(figure.Measure), .. FigureTerms.Of(figure.Unit)];
            Passage = [.. FigureTerms.Of(figure.Passage)];
            Near = NearTerms(figure);
            Context = [.. FigureTerms.Of(figure.Context)];
            All = [.. Core, .. Passage, .. Context];
        }

        public Figure Figure { get; }

        public DetectedPeriod? Period { get; }

        public HashSet<string> Core { get; }

        public HashSet<string> Measure { get; }

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
            for (var i = first - 1; i >= Math.Max(0, first - NearWindow) && tokens[i].Term != "#"; i--)
            {
                near.Add(tokens[i].Term);
            }
            for (var i = last + 1; i <= Math.Min(tokens.Count - 1, last + NearWindow) && tokens[i].Term != "#"; i++)
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
                && (Best.Period is null || other.Period is null || Best.Period.Key == other.Period.Key || (Best.Period.Kind == PeriodKind.Span && other.Period.Kind == PeriodKind.Span))
                && (Best.Measure.Count == 0 || other.Measure.Count == 0 || Best.Measure.Overlaps(other.Measure));
        }

        public FigureResult ToResult()
        {
            var sources = new List<SourceRef> { Best.Figure.Source };
            foreach (var source in _members.Skip(1).Select(m => m.Figure.Source).OrderBy(s => s.File, StringComparer.Ordinal).ThenBy(s => s.Line))
            {
                if (!sources.Contains(source))
                {
                    sources.Add(source);
                }
            }
            return FigureResults.ToResult(Best.Figure, sources, Score, Score);
        }

        private static bool Same(double? a, double? b) =>
            a is null ? b is null : b is not null && Math.Abs(a.Value - b.Value) <= 1e-6 * Math.Max(1, Math.Abs(a.Value));

    }
}
