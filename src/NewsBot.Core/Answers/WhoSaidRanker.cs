using NewsBot.Core.Articles;
using NewsBot.Core.Meaning;
using NewsBot.Core.Quotes;
using NewsBot.Core.Text;

namespace NewsBot.Core.Answers;

/// <summary>
/// Decides which quote answers "who said …": near-verbatim and garbled matches through ordered word pairs,
/// paraphrases through term and synonym overlap, the same quote in several articles merged into one result
/// listing every source. Below <see cref="Threshold"/> nothing is an answer and the nearest miss is given apart.
/// With a sentence <paramref name="meaning"/> model, a question no quote matches near word for word is
/// judged by meaning as well as words (docs/quotes.md, "Paraphrases by meaning").
/// </summary>
public sealed class WhoSaidRanker(ISentenceEmbedder? meaning = null)
{
    /// <summary>
    /// The lowest confidence NewsBot stands behind when naming a speaker. Near-verbatim quotes score above 0.9
    /// and loose paraphrases around 0.5, while questions the coverage does not answer but whose topic words it
    /// shares ("Ukraine will join NATO before the end of the year") stay near 0.2–0.35.
    /// </summary>
    public const double Threshold = 0.4;

    /// <summary>A passage match counts less than a match of the quoted words themselves.</summary>
    private const double PassageWeight = 0.8;

    private const double SynonymWeight = 0.7;

    /// <summary>Below this share of the question's meaningful words a quote cannot be an answer.</summary>
    private const double MinCoverage = 0.7;

    private const double CappedCoverageWeight = 0.5;

    /// <summary>An unattributed copy of a quote needs this many meaningful words, nearly all shared both ways.</summary>
    private const int MinCopyTerms = 4;

    private const double CopyShare = 0.9;

    /// <summary>A question answered only once its misspelt words are read as the coverage's words counts less.</summary>
    private const double MisspeltWeight = 0.85;

    /// <summary>From this word score on a quote is the question's own words, and meaning is not asked.</summary>
    public const double NearVerbatim = 0.9;

    // Calibrated on the dev half of the paraphrase set (docs/quotes.md, "Paraphrases by meaning"): a quote
    // asked in other words has a cosine of 0.55–0.9 with the question, while a claim nobody made that shares
    // a quote's topic reaches 0.7; only the cosine above 0.6 counts, and the words keep a share.

    /// <summary>The share of a paraphrase's confidence that its words give; the rest is its meaning.</summary>
    internal const double WordWeight = 0.4;

    /// <summary>A cosine at or below this says nothing: quotes that merely share the question's topic reach it.</summary>
    internal const double MeaningFloor = 0.6;

    /// <summary>The cosine above the floor from which a quote means what the question says.</summary>
    internal const double MeaningSpan = 0.2;

    /// <summary>
    /// The most confidence meaning can give: an answer found by meaning is a close match, never stated as
    /// the words said, however close (<c>QuoteSearch</c> marks answers below 0.7 as close matches).
    /// </summary>
    internal const double MeaningCeiling = 0.69;

    /// <param name="words">The question.</param>
    /// <param name="candidates">Lucene's candidates, best first: the first ones are compared by meaning.</param>
    /// <param name="people">Everyone the coverage names.</param>
    /// <param name="cancellationToken">Stops the question's encoding.</param>
    public QuoteAnswer Rank(
        string words,
        IReadOnlyList<Quote> candidates,
        PersonDirectory people,
        CancellationToken cancellationToken = default
    )
    {
        var query = new QuoteTerms(words);
        if (query.All.Count == 0 || candidates.Count == 0)
        {
            return QuoteAnswer.Empty;
        }
        var closeness = meaning is null
            ? null
            : new QuoteMeaning(meaning, candidates, cancellationToken);
        var answer = Rank(words, query, candidates, people, closeness);
        if (SpellingCorrection.Of(words, candidates) is not { } corrected)
        {
            return answer;
        }
        // Words the candidates do not have, each a letter or two from one they do ("squeese recruts"): the
        // question read with those words, when it answers better, is answered as a close match at a lower
        // confidence: the words shown are not those asked.
        var reread = Rank(corrected, new QuoteTerms(corrected), candidates, people, closeness);
        return reread.Results.Count == 0 || Best(reread) <= Best(answer)
            ? answer
            : new QuoteAnswer([
                .. reread.Results.Select(r =>
                    r with
                    {
                        Confidence = Math.Round(r.Confidence * MisspeltWeight, 4),
                        Score = Math.Round(r.Score * MisspeltWeight, 4),
                        CloseMatch = true,
                    }
                ),
            ]);
    }

    /// <summary>
    /// A paraphrase's confidence: its word score, raised by the meaning its words miss. A cosine at the
    /// floor or below adds nothing and takes nothing away (a candidate not encoded has 0).
    /// </summary>
    internal static double Blend(double words, double cosine)
    {
        var meant = Math.Clamp((cosine - MeaningFloor) / MeaningSpan, 0, 1);
        var blended = Math.Min(WordWeight * words + (1 - WordWeight) * meant, MeaningCeiling);
        return Math.Max(words, blended);
    }

    private static double Best(QuoteAnswer answer) =>
        answer.Results.Count == 0 ? 0 : answer.Results.Max(r => r.Confidence);

    private static QuoteAnswer Rank(
        string words,
        QuoteTerms query,
        IReadOnlyList<Quote> candidates,
        PersonDirectory people,
        QuoteMeaning? closeness
    )
    {
        var scored = candidates.Select(q => Scored.Of(q, query)).ToList();
        if (
            closeness is not null
            && scored.Max(s => s.Score) < NearVerbatim
            && closeness.Of(words) is { } cosines
        )
        {
            scored =
            [
                .. scored.Select(s =>
                    s with
                    {
                        Meaning = cosines.GetValueOrDefault(s.Quote.Text),
                        Score = Blend(s.Score, cosines.GetValueOrDefault(s.Quote.Text)),
                    }
                ),
            ];
        }
        scored = [.. scored.OrderByDescending(s => s.Score)];
        var attributed = scored.Where(s => s.Quote.Speaker is not null).ToList();
        var groups = Merge(attributed, people);
        var unclaimed = AddUnattributedCopies(groups, scored.Where(s => s.Quote.Speaker is null));
        // Words found whose article does not name their speaker are an answer too: the words, the passage
        // and the sources, "speaker not named in the article". They are judged on their own quoted words,
        // not on the sentence around them, so that a question is never answered by the writer's prose.
        groups.AddRange(MergeUnattributed(unclaimed, query));
        // Of answers scoring alike the shorter quote is the closer match: asked for words quoted inside a
        // quote, the nested quote (and its own speaker) comes before the quote around it.
        var ordered = groups
            .OrderByDescending(g => g.Score)
            .ThenBy(g => g.SpeakerKey.Length == 0 ? 1 : 0)
            .ThenBy(g => g.Shown.Text.Length)
            .ToList();
        var results = ordered
            .Where(g => g.Score >= Threshold)
            .Select(g => g.ToResult(people))
            .ToList();
        return results.Count > 0
            ? new QuoteAnswer(results)
            : new QuoteAnswer([], ordered.FirstOrDefault()?.ToResult(people));
    }

    /// <summary>What a person said, merged across articles; best first by relevance to <paramref name="about"/> when given.</summary>
    public QuoteAnswer RankBySpeaker(
        string speaker,
        string? about,
        IReadOnlyList<Quote> candidates,
        PersonDirectory people
    )
    {
        // Everyone the name names: two people sharing a surname are both listed, each under their own name.
        var keys = people
            .Named(speaker)
            .Select(p => PersonDirectory.NameKey(p.Name))
            .ToHashSet(StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return QuoteAnswer.Empty;
        }
        var topic = string.IsNullOrWhiteSpace(about) ? null : new QuoteTerms(about);
        var own = candidates
            .Where(q => q.Speaker is not null && keys.Contains(people.KeyOf(q.Speaker)))
            .Select(q => new Scored(
                q,
                new QuoteTerms(q.Text),
                topic is null ? 1.0 : Scored.Of(q, topic).Score
            ))
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Quote.Kind)
            .ThenByDescending(s => s.Quote.Text.Length)
            .ToList();
        var groups = Merge(own, people);
        if (topic is null)
        {
            return new QuoteAnswer(groups.Select(g => g.ToResult(people)).ToList());
        }
        var relevant = groups
            .Where(g => g.Score >= Threshold)
            .Select(g => g.ToResult(people))
            .ToList();
        return relevant.Count > 0
            ? new QuoteAnswer(relevant)
            : new QuoteAnswer([], groups.FirstOrDefault()?.ToResult(people));
    }

    /// <summary>Speaker names for autocomplete: at most 25 (Discord's limit of choices), each at most 100 characters.</summary>
    public IReadOnlyList<string> SpeakerNames(string prefix, int limit, PersonDirectory people) =>
        people
            .Find(prefix)
            .Select(p => p.Name.Length > 100 ? p.Name[..100] : p.Name)
            .Distinct(StringComparer.Ordinal)
            .Take(Math.Clamp(limit, 0, 25))
            .ToList();

    /// <summary>The match of the question against the quoted words, or (for partial quotes) against the passage around them.</summary>
    internal static double Score(QuoteTerms query, Quote quote, QuoteTerms? quoteTerms = null)
    {
        var text = Similarity(query, quoteTerms ?? new QuoteTerms(quote.Text));
        var passage = PassageWeight * Similarity(query, new QuoteTerms(quote.Passage));
        return Math.Clamp(Math.Max(text, passage), 0, 1);
    }

    /// <summary>
    /// 55% term coverage (synonyms at 70%) and 45% ordered word pairs of the question found in the text, adjacent
    /// or with one word between: "because We see killing Russia" (003_…txt line 3) keeps most pairs of
    /// "because it is killing Russia" (001_…txt line 28).
    /// </summary>
    internal static double Similarity(QuoteTerms query, QuoteTerms text)
    {
        var (score, coverage) = Match(query, text);
        // A quote must carry most of the question's meaningful words: "Russia has lost the war" is not
        // answered by "Russia has lost a significant amount of military equipment" (004_…txt line 9).
        return coverage < MinCoverage ? Math.Min(score, coverage * CappedCoverageWeight) : score;
    }

    private static (double Score, double Coverage) Match(QuoteTerms query, QuoteTerms text)
    {
        var content = query.Content.Distinct().ToList();
        double coverage = 0;
        foreach (var term in content)
        {
            coverage +=
                text.ContentSet.Contains(term) ? 1
                : text.HasSynonymOf(term) ? SynonymWeight
                : 0;
        }
        coverage = content.Count == 0 ? 0 : coverage / content.Count;
        double pairs = 0;
        double pairWeight = 0;
        for (var i = 0; i + 1 < query.All.Count; i++)
        {
            var (a, b) = (query.All[i], query.All[i + 1]);
            var weight = Lexicon.IsStopWord(a) && Lexicon.IsStopWord(b) ? 0.3 : 1.0;
            pairWeight += weight;
            if (text.Pairs.Contains((a, b)))
            {
                pairs += weight;
            }
        }
        if (pairWeight == 0)
        {
            return content.Count == 0
                ? (text.AllSet.Contains(query.All[0]) ? (1, 1) : (0, 0))
                : (coverage, coverage);
        }
        var sequence = pairs / pairWeight;
        return content.Count == 0
            ? (sequence, sequence)
            : (0.55 * coverage + 0.45 * sequence, coverage);
    }

    /// <summary>
    /// Quotes of one canonical speaker whose words mostly coincide are one quote in several places: the
    /// smaller's terms are (nearly) all in the larger (001_…txt lines 24–25 and 003_…txt line 3).
    /// </summary>
    internal static bool AreSameQuote(QuoteTerms a, QuoteTerms b)
    {
        var (small, large) = a.ContentSet.Count <= b.ContentSet.Count ? (a, b) : (b, a);
        if (small.ContentSet.Count < 2)
        {
            return false;
        }
        var shared = small.ContentSet.Count(large.ContentSet.Contains);
        var needed = small.ContentSet.Count < 4 ? 1.0 : 0.7;
        return (double)shared / small.ContentSet.Count >= needed;
    }

    /// <summary>
    /// The same words quoted in another article without naming the speaker are one more source of the quote,
    /// never a reason to name someone: only near-identical long quotes join.
    /// </summary>
    private static List<Scored> AddUnattributedCopies(
        List<QuoteGroup> groups,
        IEnumerable<Scored> unattributed
    )
    {
        var unclaimed = new List<Scored>();
        foreach (var s in unattributed)
        {
            var group =
                s.Terms.ContentSet.Count >= MinCopyTerms
                    ? groups.FirstOrDefault(g => g.Members.Any(m => IsCopy(m.Terms, s.Terms)))
                    : null;
            if (group is null)
            {
                unclaimed.Add(s);
            }
            else
            {
                group.Copies.Add(s.Quote.Source);
            }
        }
        return unclaimed;
    }

    /// <summary>Quotes without a speaker, scored on their quoted words alone; copies of one quote are one result.</summary>
    private static IEnumerable<QuoteGroup> MergeUnattributed(
        List<Scored> unclaimed,
        QuoteTerms query
    )
    {
        var groups = new List<QuoteGroup>();
        foreach (
            var s in unclaimed.Select(u =>
                u with
                {
                    Score = u.Meaning is { } cosine
                        ? Blend(Math.Clamp(Similarity(query, u.Terms), 0, 1), cosine)
                        : Math.Clamp(Similarity(query, u.Terms), 0, 1),
                }
            )
        )
        {
            var group = groups.FirstOrDefault(g => g.Members.Any(m => IsCopy(m.Terms, s.Terms)));
            if (group is null)
            {
                groups.Add(new QuoteGroup(s));
            }
            else
            {
                group.Members.Add(s);
            }
        }
        return groups;
    }

    private static bool IsCopy(QuoteTerms a, QuoteTerms b)
    {
        if (a.ContentSet.Count < MinCopyTerms)
        {
            return false;
        }
        var shared = a.ContentSet.Count(b.ContentSet.Contains);
        return shared >= CopyShare * a.ContentSet.Count && shared >= CopyShare * b.ContentSet.Count;
    }

    private static List<QuoteGroup> Merge(List<Scored> scored, PersonDirectory people)
    {
        var groups = new List<QuoteGroup>();
        foreach (var s in scored)
        {
            var key = people.KeyOf(s.Quote.Speaker!);
            // Words a speaker quotes are not that speaker's own quote around them.
            var group = groups.FirstOrDefault(g =>
                g.SpeakerKey == key
                && g.Members.Any(m =>
                    m.Quote.Quoting == s.Quote.Quoting && AreSameQuote(m.Terms, s.Terms)
                )
            );
            if (group is null)
            {
                groups.Add(new QuoteGroup(s) { SpeakerKey = key });
            }
            else
            {
                group.Members.Add(s);
            }
        }
        return groups.OrderByDescending(g => g.Score).ToList();
    }

    /// <summary>A candidate, its words, its score and, when meaning was asked, its cosine with the question.</summary>
    private sealed record Scored(
        Quote Quote,
        QuoteTerms Terms,
        double Score,
        double? Meaning = null
    )
    {
        public static Scored Of(Quote quote, QuoteTerms query)
        {
            var terms = new QuoteTerms(quote.Text);
            return new Scored(quote, terms, WhoSaidRanker.Score(query, quote, terms));
        }
    }

    /// <summary>
    /// The speaker as the article cited first writes the name, so that the name shown is in the article
    /// shown (the directory may join spellings of several articles); the role the coverage gives when that
    /// article gives none.
    /// </summary>
    private static Person? SpeakerOf(Person? speaker, PersonDirectory people) =>
        speaker is null
            ? null
            : speaker with
            {
                Role = speaker.Role ?? people.Canonical(speaker).Role,
            };

    private sealed class QuoteGroup(Scored best)
    {
        public string SpeakerKey { get; init; } = "";

        public List<Scored> Members { get; } = [best];

        /// <summary>Sources of the same words quoted without a speaker.</summary>
        public List<SourceRef> Copies { get; } = [];

        public double Score => Members.Max(m => m.Score);

        /// <summary>
        /// The quote shown, whose words are those of the first source listed: of the best matches, the fullest
        /// direct quote, not a fragment or a paraphrase of it.
        /// </summary>
        public Quote Shown =>
            Members
                .OrderByDescending(m => m.Score)
                .ThenBy(m => m.Quote.Kind)
                .ThenByDescending(m => m.Quote.Text.Length)
                .First()
                .Quote;

        public QuoteResult ToResult(PersonDirectory people)
        {
            var top = Shown;
            var sources = new List<SourceRef> { top.Source };
            sources.AddRange(
                Members
                    .Select(m => m.Quote.Source)
                    .Concat(Copies)
                    .Where(s => s != top.Source)
                    .Distinct()
                    .OrderBy(s => s.File, StringComparer.Ordinal)
                    .ThenBy(s => s.Line)
            );
            var score = Math.Round(Score, 4);
            return new QuoteResult(
                SpeakerOf(top.Speaker, people),
                top.Text,
                top.Passage,
                sources,
                score,
                score,
                top.Kind == QuoteKind.Reported
            )
            {
                SpeakerReason = top.Speaker is null ? QuoteResult.SpeakerNotNamed : null,
                Quoting = top.Quoting,
            };
        }
    }
}
