using System.Text.RegularExpressions;
using NewsBot.Core.Articles;
using NewsBot.Core.Figures;
using NewsBot.Core.Meaning;
using NewsBot.Core.Text;

namespace NewsBot.Core.Answers;

/// <summary>
/// Decides which of the candidate figures answer a question. The question is matched against what each figure
/// measures: every term counts by its rarity among the candidates and by where the figure has it — its measure,
/// unit or period (full weight), the words next to the number (less), the rest of its sentence (less again) and
/// the sentences around (least). Words of the figure's claimant count for nothing there: a question about
/// "Ukrainian casualties" is not answered by Russian losses that Ukrainian reports count. The share of the
/// question covered is then weighed by the period (another month, another rate), the sort of quantity (an age
/// for "how old", money for "how much"), the counted noun ("how many tanks"), the claimant the question names
/// ("according to Stoltenberg"), the side of a score ("against England") and whether the figure's measure names
/// someone or something else than the question does. A figure whose measure shares nothing with the question
/// stays below <see cref="MinConfidence"/>: then there is no answer, only the closest miss, given apart. The
/// same figure reported by the same claimant on several lines or in several articles is one result citing them all.
/// With a sentence <paramref name="meaning"/> model, a figure whose sentence means what the question asks, in other
/// words than its own ("houses inspected" for "checked more than 1,200 homes"), is answered as a close match when
/// its sort, its counted noun and its parties agree (docs/figures.md, "Matching by meaning").
/// </summary>
public sealed partial class FigureRanker(ISentenceEmbedder? meaning = null)
{
    public const double MinConfidence = 0.4;

    /// <summary>Below this confidence an answer is a close match only, and says so.</summary>
    public const double SureConfidence = 0.6;
    public const int MaxResults = 5;

    /// <summary>
    /// Each figure's terms, built once for as long as the index keeps the figure read: a figure is a candidate of many
    /// questions, and its terms depend on the figure alone.
    /// </summary>
    private readonly RecordMemo<Figure, FigureProfile> _profiles = new(FigureProfile.Of);

    /// <summary>How many figures' terms were built, those built for an earlier question left out.</summary>
    internal long ProfilesBuilt => _profiles.Computed;

    private const double CoreWeight = 1.0;
    private const double NearWeight = 0.8;
    private const double PassageWeight = 0.5;
    private const double ContextWeight = 0.3;
    private const double RelatedCredit = 0.7;
    private const int NearWindow = 8;

    /// <summary>
    /// The share of the best score another result needs to be listed: on the public and held-out questions, results
    /// scoring below it were mostly other figures of the same article (docs/figures.md).
    /// </summary>
    private const double NearTheBest = 0.85;

    /// <summary>The weight of a figure whose article never names what the question names.</summary>
    private const double OtherStory = 0.5;

    /// <summary>
    /// The most a figure may score when no term of the question is in its measure, unit or period and it is not the
    /// sort asked for either.
    /// </summary>
    private const double OffMeasureCeiling = 0.3;

    /// <summary>
    /// The part of what its words miss that a figure of the very sort asked ("how many justices": a count of
    /// justices) makes up, chosen on the dev half of the figure gold (docs/figures.md).
    /// </summary>
    internal const double SortCredit = 0.35;

    /// <summary>
    /// The agreement of period, claimant, side, parties and story a figure of the sort asked needs for its sort to
    /// count: Britain's $200 million for air defense is money, but not Russia's defense budget.
    /// </summary>
    internal const double SortAgreement = 0.7;

    /// <summary>
    /// The weight of a figure of the sort asked whose measure has no word of the question: "a three-week trial" is a
    /// length of time, but "seven-year prison terms" says what was asked.
    /// </summary>
    internal const double OffMeasureSort = 0.8;

    // Matching by meaning, chosen on the dev half of the figure gold (docs/figures.md, "Matching by meaning"): the
    // floor, span and word weight were tried on dev alone; sentences on a question's topic reach 0.5–0.7, so
    // meaning raises a figure only as far as a close match.

    /// <summary>A cosine at or below this says nothing: sentences on the question's topic reach it.</summary>
    internal const double MeaningFloor = 0.55;

    /// <summary>The cosine above the floor from which a sentence means what the question asks.</summary>
    internal const double MeaningSpan = 0.2;

    /// <summary>The share of a figure's confidence by meaning that its words give.</summary>
    internal const double WordWeight = 0.4;

    /// <summary>
    /// The most confidence meaning can give: a figure found by meaning is a close match, never stated as sure,
    /// however close.
    /// </summary>
    internal const double MeaningCeiling = SureConfidence - 0.01;

    /// <summary>
    /// From this cosine a figure counting another noun than "how many X" asks ("homes" for "houses") means it:
    /// the nouns differ in words only. Nouns of people of other groups never do.
    /// </summary>
    internal const double SameNounCosine = 0.75;

    /// <summary>
    /// The figures answering <paramref name="query"/>, best first. With <paramref name="nearTheBest"/> only those
    /// scoring close to the best are listed (a distant second is another figure, not another answer); a comparison
    /// asks for all, so that a side can fall back on its next figure.
    /// </summary>
    public FigureAnswer Rank(
        string query,
        IReadOnlyList<Figure> candidates,
        bool nearTheBest = true,
        CancellationToken cancellationToken = default
    )
    {
        var question = FigureQuestion.Parse(query);
        // Years and ranks are candidates only for the questions that ask for them: elsewhere they could never answer,
        // and their words would change what the other candidates' words weigh.
        candidates =
        [
            .. candidates.Where(c =>
                c.Kind is not (FigureKind.Year or FigureKind.Ordinal) || c.Kind == question.Kind
            ),
        ];
        if (candidates.Count == 0 || question.Terms.Count == 0)
        {
            return FigureAnswer.Empty;
        }
        var profiles = candidates.Select(_profiles.Of).ToList();
        var idf = question.Terms.Distinct().ToDictionary(t => t, t => Idf(t, profiles));
        var counting = Lenient(idf, profiles);
        var askedNoun = question.CountedNoun is { } noun ? FigureTerms.Normalize(noun) : null;
        // A term written with a capital somewhere in the candidates names someone or something ("Ukrainian", "Coles").
        // …and never in lower case: "new" in "New Democrat" is not a name.
        var lower = profiles.SelectMany(p => p.LowerTerms).ToHashSet();
        var names = profiles.SelectMany(p => p.Names).Where(n => !lower.Contains(n)).ToHashSet();
        var asked = question.Terms.Where(names.Contains).ToHashSet();
        // What the candidates of each article say, as far as they show it: a name the question capitalises ("the
        // Karaj crash") that a figure's article never writes marks a figure of another story.
        var articles = profiles
            .GroupBy(p => p.Figure.Source.File, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.SelectMany(p => p.All.Concat(p.Claimant)).ToHashSet(),
                StringComparer.Ordinal
            );
        var units = UnitTermsOf(question, profiles);
        // A word no candidate has says nothing of which article is the story asked about.
        var known = idf
            .Keys.Where(t => profiles.Any(p => ArticleCoverage.Has(p.All, t)))
            .ToHashSet();
        var judged = profiles
            .Select(p =>
            {
                var weights = askedNoun is not null && p.UnitTerm == askedNoun ? counting : idf;
                var articleTerms = articles[p.Figure.Source.File];
                return Judge(
                    p,
                    question,
                    weights,
                    asked,
                    units,
                    articleTerms,
                    ArticleCoverage.Of(weights, articleTerms, known, question.Optional),
                    ArticleCoverage.Known(weights, known),
                    AskedSort.Fits(question.Kind, askedNoun, p.Figure, p.UnitTerm)
                );
            })
            .ToList();
        // Scores held at a close match (by meaning or by the sort) keep the order of what the words and the sort
        // say, so that the figure whose words fit better still comes first ("163 teams in the competition" before
        // "two Syrian teams scheduled to compete").
        var scored = profiles
            .Zip(ByMeaning(query, profiles, judged, cancellationToken), judged)
            .Select(p => (Profile: p.First, Score: p.Second, p.Third.Order))
            .ToList();
        // Ties go to the figure that counts the very thing asked ("casualties" asked, "losses" counted), then to
        // the one more sources report.
        var groups = Group(scored)
            .OrderByDescending(g => Math.Round(g.Score, 6))
            .ThenByDescending(g => Math.Round(g.Order, 6))
            .ThenByDescending(g => question.Head is { } head && g.Best.UnitTerm == head)
            .ThenByDescending(g => g.Size)
            .ThenBy(g => g.Best.Figure.Source.File, StringComparer.Ordinal)
            .ThenBy(g => g.Best.Figure.Source.Line)
            .ToList();
        var best = groups.FirstOrDefault()?.Score ?? 0;
        var tied = groups.Count > 1 && TiedWithAnother(groups);
        var results = groups
            .Where(g => g.Score >= MinConfidence && (!nearTheBest || g.Score >= NearTheBest * best))
            .Take(MaxResults)
            .Select(g => g.ToResult())
            .Select(r =>
                tied && r.Confidence >= SureConfidence ? r with { Confidence = MeaningCeiling } : r
            )
            .Select(r => r.Confidence < SureConfidence ? r with { CloseMatch = true } : r)
            .ToList();
        if (results.Count > 0)
        {
            return new FigureAnswer(results);
        }
        return new FigureAnswer([], groups.FirstOrDefault()?.ToResult());
    }

    /// <summary>
    /// Whether another figure of the best one's sort, with another value, fits the question about as well
    /// (<see cref="EqualFits"/>): then neither is a sure answer.
    /// </summary>
    private static bool TiedWithAnother(List<FigureGroup> groups)
    {
        var best = groups[0];
        return best.Score >= SureConfidence
            && groups
                .Skip(1)
                .Any(g =>
                    g.Best.Figure.Kind == best.Best.Figure.Kind
                    && !FigureGroup.SameValue(g.Best.Figure, best.Best.Figure)
                    && EqualFits.Tie(best.Score, g.Score)
                );
    }

    /// <summary>
    /// Each figure's score, its words' judgement raised by meaning where the model finds the figure's sentence
    /// close to the question: only for the best candidates by words, and only where the sort of figure, its
    /// counted noun and its parties agree with the question.
    /// </summary>
    private IEnumerable<double> ByMeaning(
        string query,
        List<FigureProfile> profiles,
        List<Judgement> judged,
        CancellationToken cancellationToken
    )
    {
        var scores = judged.Select(j => j.Score).ToArray();
        // Meaning raises a figure to a close match at most: when words already answer surely, it could not change
        // the answer, and the model's cost (tens of milliseconds a question on a busy core) is not paid.
        if (meaning is null || scores.Length == 0 || scores.Max() >= SureConfidence)
        {
            return scores;
        }
        var chosen = Enumerable
            .Range(0, profiles.Count)
            .Where(i => judged[i].MayMean && !ReadsAsYear(profiles[i].Figure))
            .OrderByDescending(i => judged[i].Share * judged[i].Agreement)
            .ThenBy(i => i)
            .Take(FigureMeaning.Candidates)
            .ToList();
        var sentences = chosen
            .Select(i => FigureMeaning.Window(profiles[i].Figure.Passage, profiles[i].Figure.Text))
            .ToList();
        if (new FigureMeaning(meaning, cancellationToken).Of(query, sentences) is not { } cosines)
        {
            return scores;
        }
        for (var k = 0; k < chosen.Count; k++)
        {
            scores[chosen[k]] = judged[chosen[k]].WithMeaning(cosines[k]);
        }
        return scores;
    }

    /// <summary>
    /// Four digits of a year read as a count ("Toronto Comicon 2019 welcomes fans") are close in meaning to any
    /// question on the event: meaning never raises them.
    /// </summary>
    private static bool ReadsAsYear(Figure figure) =>
        figure.Text.Length == 4
        && figure.Text.All(char.IsAsciiDigit)
        && figure.Value is >= FirstYear and < LastYear;

    private const double FirstYear = 1800;
    private const double LastYear = 2100;

    /// <summary>
    /// The question's terms that name what some candidate counts ("tanks", "countries", "soldiers"), each with whether
    /// it counts people.
    /// </summary>
    private static Dictionary<string, bool> UnitTermsOf(
        FigureQuestion question,
        List<FigureProfile> profiles
    )
    {
        var units = new Dictionary<string, bool>();
        foreach (var profile in profiles)
        {
            // "losses" is counted, but "lost" in a question is the verb.
            if (
                profile.UnitTerm is { } term
                && profile.Figure.Kind is FigureKind.Count or FigureKind.Score
                && question.Terms.Contains(term)
                && term != "loss"
            )
            {
                units.TryAdd(term, FigureUnits.CountsPeople(profile.Figure.Unit));
            }
        }
        if (question.CountedNoun is { } noun && FigureTerms.Normalize(noun) is { } askedTerm)
        {
            // "How many drones…": the counted noun asked for rules even when no candidate counts it.
            units.TryAdd(askedTerm, FigureUnits.CountsPeople(noun));
        }
        return units;
    }

    /// <summary>
    /// The weights for a figure counting the very noun of "how many X": a word no candidate has ("fought" when the
    /// article says "took part in putting out") is missing from every figure alike, and counts against this one only
    /// as much as the commonest word found, so that a verb the article does not use does not sink it. Other figures
    /// keep the full weight: an absent noun ("Russia's defense budget") is what was asked and is not there.
    /// </summary>
    private static Dictionary<string, double> Lenient(
        Dictionary<string, double> idf,
        List<FigureProfile> profiles
    )
    {
        var found = idf.Keys.Where(t => profiles.Any(p => p.All.Contains(t))).ToHashSet();
        if (found.Count == 0)
        {
            return idf;
        }
        var floor = found.Min(t => idf[t]);
        return idf.ToDictionary(t => t.Key, t => found.Contains(t.Key) ? t.Value : floor);
    }

    private static double Idf(string term, List<FigureProfile> profiles)
    {
        var df = profiles.Count(p => p.All.Contains(term));
        return Math.Log(1 + ((profiles.Count + 1) / (df + 0.5)));
    }

    private static Judgement Judge(
        FigureProfile profile,
        FigureQuestion question,
        Dictionary<string, double> idf,
        HashSet<string> askedNames,
        Dictionary<string, bool> units,
        HashSet<string> articleTerms,
        double articleCover,
        double knownShare,
        bool fits
    )
    {
        double matched = 0;
        double total = 0;
        var onMeasure = false;
        foreach (var term in idf.Keys)
        {
            var weight = idf[term];
            var found = FieldWeight(profile, term);
            if (found == 0 && FigureTerms.Related(term) is { } related)
            {
                found = RelatedCredit * FieldWeight(profile, related);
            }
            var sameEvent = SameEvent(question, term, profile);
            if (found == 0 && sameEvent)
            {
                found = CoreWeight; // "founded" asked, "established in 1869" written
            }
            if (found == 0 && question.Optional.Contains(term))
            {
                continue;
            }
            total += weight;
            // A word for the amount ("cost", "value") names the sort of figure, not what it is of.
            onMeasure |=
                !question.Optional.Contains(term)
                && (
                    sameEvent
                    || profile.Anchor.Contains(term)
                    || (FigureTerms.Related(term) is { } near && profile.Anchor.Contains(near))
                );
            matched += weight * found;
        }
        var kind = KindFactor(question.Kind, question.NamedYears, profile.Figure);
        var agreement =
            kind
            * PeriodFactor(question.Period, profile.Period)
            * ClaimantFactor(question.Claimant, profile)
            * OpponentFactor(question.Opponent, profile)
            * NameFactor(askedNames, question, profile)
            * (question.Names.All(articleTerms.Contains) ? 1 : OtherStory)
            * TimeSideFactor(question, profile)
            * EventFactor(question, profile)
            * YearFactor(question, profile)
            * AgeEventFactor(question, profile);
        return new Judgement(
            total == 0 ? 0 : matched / total,
            agreement,
            CountedNounFactor(units, profile),
            HeadFactor(question, profile),
            onMeasure,
            kind == 1,
            fits,
            articleCover,
            knownShare
        )
        {
            Dated = DatedFactor(question, profile),
        };
    }

    /// <summary>
    /// What the words say of one figure: the share of the question it covers, the agreement of period, sort,
    /// claimant, side and parties, the counted noun's and the head noun's factors, and whether a term of the
    /// question is in its measure, unit or period.
    /// </summary>
    private readonly record struct Judgement(
        double Share,
        double Agreement,
        NounAgreement Noun,
        double Head,
        bool OnMeasure,
        bool SameKind,
        bool Fits,
        double ArticleCover,
        double KnownShare
    )
    {
        /// <summary>Whether a year dates the event a year question names, another event, or neither is said.</summary>
        public EventAgreement Dated { get; init; }

        /// <summary>
        /// The words' share weighed by the agreements and by how much of the question its article says. A figure of
        /// the very sort asked, with nothing against it (period, claimant, side, parties and story agree), is raised
        /// as a part of what its words miss were said by the sort, though never past a close match by the sort alone:
        /// only words make an answer sure. A figure neither of the sort asked nor measuring a word of the question
        /// stays a miss. A year of the very event a year question names is sure; a year of another event is a miss.
        /// </summary>
        public double Score
        {
            get
            {
                var byWords = Dated switch
                {
                    // "what year was the party founded" and "established in 1869": the year of the very event asked.
                    EventAgreement.Same when Share >= SureYearShare => Math.Max(
                        Share * Weights,
                        (SureConfidence + ((1 - SureConfidence) * Share)) * Agreement
                    ),
                    // "what year did he retire" is not answered by the year he died.
                    EventAgreement.Other => Math.Min(Share * Weights, OffMeasureCeiling),
                    EventAgreement.Same or EventAgreement.Unsaid => Share * Weights,
                    _ => throw new InvalidOperationException($"Unknown event agreement {Dated}."),
                };
                if (!SortSpeaks || Dated == EventAgreement.Other)
                {
                    return Math.Clamp(
                        OnMeasure ? byWords : Math.Min(byWords, OffMeasureCeiling),
                        0,
                        1
                    );
                }
                return Math.Clamp(Math.Max(byWords, Math.Min(BySort, MeaningCeiling)), 0, 1);
            }
        }

        /// <summary>The score before the sort's raise is held at a close match: it orders equal scores.</summary>
        public double Order =>
            SortSpeaks ? Math.Clamp(Math.Max(Share * Weights, BySort), 0, 1) : Score;

        private double Weights => Agreement * Noun.Factor * Head * ArticleCover;

        /// <summary>
        /// The words' share raised by the sort, which says only what the coverage speaks of (a word no article has
        /// stays missing); a figure whose measure has no word of the question comes after one whose measure has.
        /// </summary>
        private double BySort =>
            (Share + (SortCredit * (1 - Share) * KnownShare))
            * Weights
            * (OnMeasure ? 1 : OffMeasureSort);

        /// <summary>The figure is the sort asked for and nothing else speaks against it.</summary>
        private bool SortSpeaks => Fits && Agreement >= SortAgreement;

        /// <summary>Whether meaning may raise it: the sort agrees and the counted noun may mean the one asked.</summary>
        public bool MayMean => SameKind && Noun.MayMeanSame;

        /// <summary>
        /// The score with the sentence's <paramref name="cosine"/>: never lower than by words, raised by the
        /// meaning the words miss (the head noun and the measure's own words are what a paraphrase changes), at
        /// most <see cref="MeaningCeiling"/>.
        /// </summary>
        public double WithMeaning(double cosine)
        {
            var meant = Math.Clamp((cosine - MeaningFloor) / MeaningSpan, 0, 1);
            if (meant == 0 || (Noun.Factor < 1 && cosine < SameNounCosine))
            {
                return Score;
            }
            var blended = Agreement * ((WordWeight * Share) + ((1 - WordWeight) * meant));
            return Math.Max(Score, Math.Min(blended, MeaningCeiling));
        }
    }

    /// <summary>
    /// The least share of a year question a year of the very event asked must cover to be a sure answer: the event
    /// alone ("founded") is said of other parties' years too.
    /// </summary>
    private const double SureYearShare = 0.5;

    /// <summary>Whether a year dates the event its question names.</summary>
    private enum EventAgreement
    {
        Unsaid,
        Same,
        Other,
    }

    /// <summary>Whether the question's term names the event the year's measure dates, in its words or in others.</summary>
    private static bool SameEvent(FigureQuestion question, string term, FigureProfile profile) =>
        question.Events.Count > 0
        && profile.Figure.Kind == FigureKind.Year
        && DatedEvents.In([term]).Overlaps(profile.MeasureEvents);

    /// <summary>
    /// The event of a year question against the event the year dates: the same ("founded", "established in 1869"),
    /// another ("retired" against "died in 2019", or no event at all), or unsaid by the question.
    /// </summary>
    private static EventAgreement DatedFactor(FigureQuestion question, FigureProfile profile)
    {
        if (question.Events.Count == 0 || profile.Figure.Kind != FigureKind.Year)
        {
            return EventAgreement.Unsaid;
        }
        // A year whose clause does not say the event asked dates something else ("Reyes ran for mayor in 2019" does
        // not say when he was born).
        return
            profile.MeasureEvents.Overlaps(question.Events)
            || DatedEvents.In(profile.Near).Overlaps(question.Events)
            ? EventAgreement.Same
            : EventAgreement.Other;
    }

    /// <summary>The counted noun's factor, and whether the nouns may mean one thing in other words.</summary>
    private readonly record struct NounAgreement(double Factor, bool MayMeanSame);

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

    /// <summary>
    /// An age answers "how old", a length of time "how long", money "how much", a position "which minute": another
    /// sort of quantity is not the answer however many words it shares. A question that names no sort takes a
    /// count, an amount or a share, and an age, a duration or a position only at a discount.
    /// </summary>
    private static double KindFactor(FigureKind? asked, HashSet<double> named, Figure figure)
    {
        var kind = figure.Kind;
        // A year answers "what year" only: never "how many", "how much" nor a question that names no sort.
        if (kind == FigureKind.Year && asked != FigureKind.Year)
        {
            return OtherSort;
        }
        // "in what year before 2016": the year the question writes narrows it and is not its answer.
        if (kind == FigureKind.Year && named.Contains(figure.Value))
        {
            return OtherSort;
        }
        return asked switch
        {
            null => IsWhenOrHowLong(kind) ? 0.7 : 1,
            FigureKind.Count => kind switch
            {
                FigureKind.Count or FigureKind.Score or FigureKind.Measurement => 1,
                FigureKind.Money or FigureKind.Percent => 0.45,
                FigureKind.Age or FigureKind.Duration or FigureKind.Ordinal or FigureKind.Year =>
                    0.3,
                _ => throw new ArgumentOutOfRangeException(nameof(figure), kind, null),
            },
            // An age, a length of time or a position is never what something cost or what share it is.
            FigureKind.Money => kind == FigureKind.Money ? 1
            : IsWhenOrHowLong(kind) ? 0.3
            : 0.5,
            FigureKind.Percent => kind == FigureKind.Percent ? 1
            : IsWhenOrHowLong(kind) ? 0.3
            : 0.5,
            FigureKind.Measurement => kind == FigureKind.Measurement ? 1 : 0.4,
            FigureKind.Duration => kind == FigureKind.Duration ? 1
            : kind == FigureKind.Measurement ? 0.8
            : 0.3,
            FigureKind.Age or FigureKind.Ordinal or FigureKind.Score or FigureKind.Year => kind
            == asked
                ? 1
                : 0.3,
            _ => throw new ArgumentOutOfRangeException(nameof(asked), asked, null),
        };
    }

    private const double OtherSort = 0.3;

    private static bool IsWhenOrHowLong(FigureKind kind) =>
        kind is FigureKind.Age or FigureKind.Duration or FigureKind.Ordinal;

    /// <summary>
    /// A question naming what is counted ("How many tanks…") rules out figures counting something else
    /// (004:9 puts "15,000–20,000 Russian troops" and "hundreds of tanks" side by side). Counts of people
    /// answer for one another: a question about casualties accepts soldiers, one about girls a team's members.
    /// </summary>
    private static NounAgreement CountedNounFactor(
        Dictionary<string, bool> units,
        FigureProfile profile
    )
    {
        if (
            units.Count == 0
            || profile.Figure.Kind
                is not (FigureKind.Count or FigureKind.Score or FigureKind.Measurement)
        )
        {
            return new NounAgreement(1, true);
        }
        if (
            (profile.UnitTerm is { } term && units.ContainsKey(term))
            // A score is goals, points or runs as the sport has it: the article may not name them.
            || (profile.Figure.Kind == FigureKind.Score && units.Keys.Any(ScoreNouns.Contains))
        )
        {
            return new NounAgreement(1, true);
        }
        var askedPeople = units.Where(u => u.Value).Select(u => u.Key).ToList();
        if (FigureUnits.MayCountPeople(profile.Figure.Unit) && askedPeople.Count > 0)
        {
            // Counts of people answer for one another unless they count other groups: civilians are not soldiers.
            var agree =
                profile.UnitTerm is not { } counted
                || askedPeople.Any(asked => PeopleGroups.Agree(asked, counted));
            return agree ? new NounAgreement(1, true) : new NounAgreement(0.5, false);
        }
        return new NounAgreement(0.5, true);
    }

    /// <summary>"according to Stoltenberg": a figure someone else claims is not what was asked.</summary>
    private static double ClaimantFactor(IReadOnlyList<string> claimant, FigureProfile profile)
    {
        if (claimant.Count == 0)
        {
            return 1;
        }
        if (claimant.Any(profile.Claimant.Contains))
        {
            return 1;
        }
        return claimant.Any(t => profile.Passage.Contains(t) || profile.Context.Contains(t))
            ? 0.85
            : 0.7;
    }

    /// <summary>"goals Tunisia scored against England" is not England's goals against Tunisia, though the words are the same.</summary>
    private static double OpponentFactor(IReadOnlyList<string> opponent, FigureProfile profile)
    {
        if (opponent.Count == 0 || profile.Opponent.Count == 0)
        {
            return 1;
        }
        return opponent.Any(profile.Opponent.Contains) ? 1 : 0.4;
    }

    /// <summary>
    /// A figure whose measure or nearby words name someone or something the question does not, while a name the
    /// question asks about is nowhere in its sentence, is about another party: 1.1 million "Russian" losses are
    /// not "Ukrainian casualties" (seeds 000:3).
    /// </summary>
    private static double NameFactor(
        HashSet<string> askedNames,
        FigureQuestion question,
        FigureProfile profile
    )
    {
        // An age, a length of time, a position or a score says whose it is in its measure; the parties of a
        // count, an amount or a share are what this weighs.
        if (
            askedNames.Count == 0
            || profile.Figure.Kind
                is FigureKind.Age
                    or FigureKind.Duration
                    or FigureKind.Ordinal
                    or FigureKind.Score
        )
        {
            return 1;
        }
        var missing = askedNames.Any(n =>
            !question.Claimant.Contains(n)
            && !profile.Core.Contains(n)
            && !profile.Near.Contains(n)
            && !profile.Passage.Contains(n)
        );
        var ownedByOther = profile.OwnNames.Any(n =>
            !question.Terms.Contains(n)
            && !(FigureTerms.Related(n) is { } r && question.Terms.Contains(r))
        );
        var other = ownedByOther || OtherParty(askedNames, question, profile);
        // Only missing, it is a figure of the article's topic that its sentence does not name again: it may still be
        // the answer, less surely.
        if (!missing)
        {
            return 1;
        }
        if (other)
        {
            // A year dates the event of whoever its clause names: one person's birth is not another's.
            return profile.Figure.Kind == FigureKind.Year && ownedByOther ? OtherSort : 0.5;
        }
        // Named just before ("founding the Green Belt Movement … the organization claims to have planted", eval 304:7).
        return askedNames.All(n => question.Claimant.Contains(n) || profile.Context.Contains(n))
            ? 0.9
            : 0.7;
    }

    /// <summary>
    /// Whose the counted thing is, where the sentence says it next to a word of the question's measure: "In
    /// December, they lost 35,000 of their own men … more Russians were killed in Ukraine" (seeds 001:13) names the
    /// Russians as the killed, so it does not answer "Ukrainian losses in December". True when a name other than
    /// the asked ones stands right before such a word and an asked one never does.
    /// </summary>
    private static bool OtherParty(
        HashSet<string> askedNames,
        FigureQuestion question,
        FigureProfile profile
    )
    {
        var measure = question.Terms.Where(t => !askedNames.Contains(t)).ToHashSet();
        var passage = profile.Figure.Passage;
        var tokens = profile.PassageTerms;
        var sawAsked = false;
        var sawOther = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!measure.Contains(tokens[i].Term))
            {
                continue;
            }
            for (var j = i - 1; j >= Math.Max(0, i - PartyWindow); j--)
            {
                var (term, start, _) = tokens[j];
                if (term == "#")
                {
                    break;
                }
                if (
                    term.Length < 2
                    || start == 0
                    || !char.IsUpper(passage[start])
                    || PeriodDetector.IsCalendarWord(passage.AsSpan(start))
                    || profile.Claimant.Contains(term)
                )
                {
                    continue;
                }
                if (
                    askedNames.Contains(term)
                    || (FigureTerms.Related(term) is { } r && askedNames.Contains(r))
                )
                {
                    sawAsked = true;
                }
                else
                {
                    sawOther = true;
                }
                break;
            }
        }
        return sawOther && !sawAsked;
    }

    /// <summary>How many words before a word of the measure its owner may stand ("Russians were killed").</summary>
    private const int PartyWindow = 2;

    /// <summary>
    /// The noun the question is about ("possession" in "Belgium's ball possession against Panama") should be what the
    /// figure measures, or at least in its sentence: goals are not ball possession.
    /// </summary>
    private static double HeadFactor(FigureQuestion question, FigureProfile profile)
    {
        if (
            question.Head is not { } head
            || question.CountedNoun is not null
            || question.Kind is FigureKind.Age or FigureKind.Duration or FigureKind.Ordinal
        )
        {
            return 1;
        }
        return profile.Core.Contains(head)
            || profile.Near.Contains(head)
            || profile.Claimant.Contains(head)
                ? 1
            : profile.Passage.Contains(head) ? 0.85
            : 0.65;
    }

    /// <summary>
    /// "how many states is the party on the ballot in for 2020" is not answered by "In 2016, … ballot access in 24
    /// states": a figure whose sentence dates itself by years, none of them the year the question names, is of
    /// another year. A sentence that names no year may still be of the year asked.
    /// </summary>
    private static double YearFactor(FigureQuestion question, FigureProfile profile)
    {
        if (question.NamedYears.Count == 0 || profile.Figure.Kind == FigureKind.Year)
        {
            return 1;
        }
        var years = profile.PassageYears;
        return years.Count == 0 || years.Overlaps(question.NamedYears) ? 1 : OtherYear;
    }

    /// <summary>The weight of a figure of another year than the one asked.</summary>
    private const double OtherYear = 0.5;

    /// <summary>
    /// "how old was he when he retired" is not answered by "died at 99": an age whose measure says the event it was
    /// reached at, another event than the question names, is another age of the same person.
    /// </summary>
    private static double AgeEventFactor(FigureQuestion question, FigureProfile profile)
    {
        if (profile.Figure.Kind != FigureKind.Age)
        {
            return 1;
        }
        var asked = question.NamedEvents;
        var said = profile.MeasureEvents;
        return asked.Count == 0 || said.Count == 0 || said.Overlaps(asked) ? 1 : OtherSort;
    }

    /// <summary>
    /// "how many were injured" is not answered by "6,000 people killed": a count whose measure (else the words next to
    /// its number) says what befell the people counted, and says another thing than the question asks, is of another
    /// sort. A count that says nothing of it may still be the answer.
    /// </summary>
    private static double EventFactor(FigureQuestion question, FigureProfile profile)
    {
        if (profile.Figure.Kind != FigureKind.Count)
        {
            return 1;
        }
        var said = profile.Befell;
        return question.Befell.Count == 0 || said.Count == 0 || said.Overlaps(question.Befell)
            ? 1
            : OtherSort;
    }

    /// <summary>
    /// "the new limit" is not "the previous four-pack restriction" (eval 307:7): a question for the new or the
    /// earlier figure passes over one the sentence marks as the other.
    /// </summary>
    private static double TimeSideFactor(FigureQuestion question, FigureProfile profile)
    {
        var asksNew = question.Terms.Any(NewTerms.Contains);
        var asksOld = question.Terms.Contains("earlier");
        var isOld = profile.Core.Contains("earlier") || profile.Near.Contains("earlier");
        var isNew = profile.Core.Overlaps(NewTerms) || profile.Near.Overlaps(NewTerms);
        return (asksNew && isOld && !isNew) || (asksOld && isNew && !isOld) ? 0.6 : 1;
    }

    private static readonly HashSet<string> NewTerms = Lexicon.LoadAsWritten("new-words");

    private static readonly HashSet<string> ScoreNouns = Lexicon.LoadAsWritten("score-nouns");

    private static List<FigureGroup> Group(
        List<(FigureProfile Profile, double Score, double Order)> scored
    )
    {
        var groups = new List<FigureGroup>();
        foreach (
            var (profile, score, order) in scored
                .OrderByDescending(s => s.Score)
                .ThenByDescending(s => s.Order)
        )
        {
            var group = groups.FirstOrDefault(g => g.Accepts(profile));
            if (group is null)
            {
                groups.Add(new FigureGroup(profile, score, order));
            }
            else
            {
                group.Add(profile);
            }
        }
        return groups;
    }

    [GeneratedRegex(
        @"(?<owner>\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)(?:['’]s?)?(?:\s+\p{Ll}[\p{Ll}'’-]*){1,8}\s+$",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex Owner();

    [GeneratedRegex(
        @"(?<owner>\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)\s+(?:has|have|had|is|are|was|were|will|would|lost|loses|suffered|suffers|recorded|counted)\b",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex Subject();

    /// <summary>A figure's terms by field, computed once per ranking.</summary>
    private sealed class FigureProfile
    {
        private FigureProfile(Figure figure)
        {
            Figure = figure;
            Period = PeriodDetector.Parse(figure.Period);
            Claimant = [.. FigureTerms.Of(figure.ClaimedBy)];
            Measure = [.. FigureTerms.Of(figure.Measure), .. FigureTerms.Of(figure.Unit)];
            Core = [.. Measure, .. FigureTerms.Of(figure.Period), .. KindTerms(figure)];
            UnitTerm = FigureTerms.Normalize(figure.Unit);
            // A length of time is anchored by what lasted ("seven-year prison terms"), not by its unit or "how long":
            // "the three-week trial" does not answer "how long were they sentenced to prison".
            Anchor =
                figure.Kind == FigureKind.Duration
                    ? [.. FigureTerms.Of(figure.Measure)]
                    : [.. Core];
            var againstAt = figure.Measure.IndexOf(" against ", StringComparison.Ordinal);
            Opponent = againstAt < 0 ? [] : [.. FigureTerms.Of(figure.Measure[(againstAt + 9)..])];
            // The claimant's words are who says it, not what is counted: they are taken out of the sentence.
            var said = Claimant.Where(t => !Measure.Contains(t)).ToHashSet();
            // The sentence and the sentences around are read into terms once, and each set below is taken from them.
            PassageTerms = FigureTerms.Positioned(figure.Passage);
            var contextTerms = FigureTerms.Positioned(figure.Context ?? "");
            Passage = [.. FigureTerms.OfTerms(PassageTerms).Where(t => !said.Contains(t))];
            Near = NearTerms(figure, PassageTerms, said);
            Context = [.. FigureTerms.OfTerms(contextTerms).Where(t => !said.Contains(t))];
            MeasureNames = [.. FigureTerms.NamesIn(figure.Measure, skipFirst: false)];
            // A measure that names whose it is ("package for Coles") says it; else the name before the number does.
            OwnNames =
                MeasureNames.Count > 0
                    ? MeasureNames
                    : [.. OwnerOf(figure).Where(n => !Claimant.Contains(n))];
            Names =
            [
                .. OwnNames,
                .. FigureTerms.NamesIn(figure.Passage, PassageTerms, skipFirst: true),
            ];
            LowerTerms =
            [
                .. LowerIn(figure.Passage, PassageTerms),
                .. LowerIn(figure.Context ?? "", contextTerms),
            ];
            All = [.. Core, .. Passage, .. Context];
            MeasureEvents = DatedEvents.In(Measure);
            var befell = CountedEvents.In(Measure);
            Befell = befell.Count > 0 ? befell : CountedEvents.In(Near);
            PassageYears = FigureQuestion.YearsIn(figure.Passage);
        }

        /// <summary>The events its measure names: what a year dates, or the event an age was reached at ("at death").</summary>
        public HashSet<int> MeasureEvents { get; }

        /// <summary>What befell the people it counts, as its measure says, else the words next to its number.</summary>
        public HashSet<int> Befell { get; }

        /// <summary>The years its sentence writes: a sentence dated by other years than the one asked is of another year.</summary>
        public HashSet<double> PassageYears { get; }

        public Figure Figure { get; }

        /// <summary>The terms of the figure's sentence with their offsets, as <see cref="FigureTerms.Positioned"/> reads them.</summary>
        public IReadOnlyList<(string Term, int Start, int End)> PassageTerms { get; }

        public DetectedPeriod? Period { get; }

        public HashSet<string> Claimant { get; }

        public HashSet<string> Core { get; }

        public HashSet<string> Measure { get; }

        /// <summary>The terms of which a question must name one for the figure to answer it.</summary>
        public HashSet<string> Anchor { get; }

        public string? UnitTerm { get; }

        public HashSet<string> Opponent { get; }

        public HashSet<string> Near { get; }

        public HashSet<string> Passage { get; }

        public HashSet<string> Context { get; }

        /// <summary>The names in the measure and next to the number: whom or what the figure is about.</summary>
        public HashSet<string> OwnNames { get; }

        /// <summary>The terms the figure's sentence writes in lower case (not as its first word).</summary>
        public HashSet<string> LowerTerms { get; }

        /// <summary>The names in the measure: "goals scored by Belgium against Panama".</summary>
        public HashSet<string> MeasureNames { get; }

        /// <summary>Every term the figure's text writes with a capital (not as the first word of its sentence).</summary>
        public HashSet<string> Names { get; }

        public HashSet<string> All { get; }

        public static FigureProfile Of(Figure figure) => new(figure);

        /// <summary>Words a question uses for a sort of quantity: "how old" for an age, "how long" for a duration.</summary>
        private static IEnumerable<string> KindTerms(Figure figure) =>
            figure.Kind switch
            {
                FigureKind.Age => ["age", "old"],
                FigureKind.Duration => ["long", "duration"],
                // The sport's own word for a score is often left unsaid: any of them asks for it.
                FigureKind.Score => ["score", "goal", "point", "run"],
                FigureKind.Money => FigureTerms.Of(Currencies.WordsFor(figure.Unit)),
                // "where did she finish", "how does it rank": the verbs of a place in a race ask for it.
                FigureKind.Ordinal when figure.Measure == "place" => PlaceTerms,
                FigureKind.Ordinal
                or FigureKind.Count
                or FigureKind.Percent
                or FigureKind.Measurement
                or FigureKind.Year => [],
                _ => throw new ArgumentOutOfRangeException(nameof(figure), figure.Kind, null),
            };

        private static readonly IReadOnlyList<string> PlaceTerms = FigureTerms.Of(
            string.Join(' ', Lexicon.Lines("place-words"))
        );

        /// <summary>The words within a few tokens of the number, not reaching past another number (003:5 has two).</summary>
        private static HashSet<string> NearTerms(
            Figure figure,
            IReadOnlyList<(string Term, int Start, int End)> tokens,
            HashSet<string> said
        )
        {
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
            void Take(int i)
            {
                var term = tokens[i].Term;
                if (term.Length == 0 || said.Contains(term))
                {
                    return;
                }
                near.Add(term);
            }
            for (
                var i = first - 1;
                i >= Math.Max(0, first - NearWindow) && tokens[i].Term != "#";
                i--
            )
            {
                Take(i);
            }
            // After the number the words stop at the end of its clause: "34% for mAb114, but patients treated
            // early…" does not make the 34% about patients treated early.
            var clauseEnd = figure.Passage.IndexOfAny([',', ';', ':', '(', '—'], end);
            for (
                var i = last + 1;
                i <= Math.Min(tokens.Count - 1, last + NearWindow)
                    && tokens[i].Term != "#"
                    && (clauseEnd < 0 || tokens[i].Start < clauseEnd);
                i++
            )
            {
                Take(i);
            }
            return near;
        }

        /// <summary>
        /// The name whose count it is, right before the number with no punctuation between: "Russia has suffered over
        /// 1.1 million" (002:4), "Ukrainian forces are estimated to have suffered approximately 400,000" (002:7).
        /// </summary>
        private static IEnumerable<string> OwnerOf(Figure figure)
        {
            var at = figure.Passage.IndexOf(figure.Text, StringComparison.Ordinal);
            if (at <= 0)
            {
                return [];
            }
            var before = figure.Passage[..at];
            var owner = Owner().Match(TextWindow.Before(figure.Passage, at));
            if (owner.Success)
            {
                return FigureTerms.NamesIn(owner.Groups["owner"].Value, skipFirst: false);
            }
            // The subject of a verb earlier in the clause: "Russia has suffered over 1.1 million …, averaging 1,000".
            var clause = before[(before.LastIndexOfAny([';', ':', '—']) + 1)..];
            Match? last = null;
            foreach (Match subject in Subject().Matches(clause))
            {
                last = subject;
            }
            return last is null
                ? []
                : FigureTerms.NamesIn(last.Groups["owner"].Value, skipFirst: false);
        }

        private static IEnumerable<string> LowerIn(
            string text,
            IReadOnlyList<(string Term, int Start, int End)> terms
        )
        {
            foreach (var (term, start, _) in terms)
            {
                if (term.Length > 1 && start > 0 && char.IsLower(text[start]))
                {
                    yield return term;
                }
            }
        }
    }

    /// <summary>
    /// One figure as reported in one or more places: same value or range, same sort and unit, a compatible period,
    /// a measure sharing a term and the same claimant, so that every source cited says the figure as credited
    /// (002:4 and 002:21 are Britain's defense ministry's 1.1 million; 000:3 is Ukrainian military reports').
    /// </summary>
    private sealed class FigureGroup(FigureProfile best, double score, double order)
    {
        private readonly List<FigureProfile> _members = [best];

        public FigureProfile Best { get; } = best;

        public double Score { get; } = score;

        /// <summary>The score before a figure raised by its sort alone was held at a close match.</summary>
        public double Order { get; } = order;

        public void Add(FigureProfile profile) => _members.Add(profile);

        public int Size => _members.Count;

        public bool Accepts(FigureProfile other)
        {
            var a = Best.Figure;
            var b = other.Figure;
            return a.Kind == b.Kind
                && SameValue(a, b)
                && FigureUnits.ClassOf(a.Unit) == FigureUnits.ClassOf(b.Unit)
                && SameClaimant(a.ClaimedBy, b.ClaimedBy)
                && (
                    Best.Period is null
                    || other.Period is null
                    || Best.Period.Key == other.Period.Key
                    || (Best.Period.Kind == PeriodKind.Span && other.Period.Kind == PeriodKind.Span)
                )
                && Best.MeasureNames.SetEquals(other.MeasureNames)
                && SameMeasure(Best, other);
        }

        /// <summary>The same value, or the same range.</summary>
        public static bool SameValue(Figure a, Figure b) =>
            Same(a.Value, b.Value) && Same(a.Low, b.Low) && Same(a.High, b.High);

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

        /// <summary>
        /// Measures sharing a term other than the unit, unless one is the unit alone ("35,000 soldiers" and "35,000 of
        /// their own men"): "seven-year prison terms" and "for seven years she was the director" are not one figure.
        /// </summary>
        private static bool SameMeasure(FigureProfile a, FigureProfile b)
        {
            var restA = a.Measure.Where(t => t != a.UnitTerm && t != b.UnitTerm).ToHashSet();
            var restB = b.Measure.Where(t => t != a.UnitTerm && t != b.UnitTerm).ToHashSet();
            return restA.Count == 0 || restB.Count == 0 || restA.Overlaps(restB);
        }

        /// <summary>The same claimant, or none on both sides; "Rutte" and "Mark Rutte" are one.</summary>
        private static bool SameClaimant(string? a, string? b)
        {
            if (a is null || b is null)
            {
                return a is null && b is null;
            }
            return a.Equals(b, StringComparison.OrdinalIgnoreCase)
                || a.EndsWith(" " + b, StringComparison.OrdinalIgnoreCase)
                || b.EndsWith(" " + a, StringComparison.OrdinalIgnoreCase);
        }

        private static bool Same(double? a, double? b) =>
            a is null
                ? b is null
                : b is not null
                    && Math.Abs(a.Value - b.Value) <= 1e-6 * Math.Max(1, Math.Abs(a.Value));
    }
}
