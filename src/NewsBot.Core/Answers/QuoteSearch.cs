using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsBot.Core.Indexing;
using NewsBot.Core.Quotes;

namespace NewsBot.Core.Answers;

/// <summary>
/// /who-said and /quotes: Lucene finds the candidate quotes (BM25 over the quoted words and their
/// passage, with a boost for the words as a phrase), the <see cref="WhoSaidRanker"/> decides.
/// </summary>
internal static class QuoteSearch
{
    private const int CandidateCount = 60;
    private const int SpeakerCandidates = 400;

    /// <summary>
    /// A further answer below this share of the best answer's confidence is only a close match: a quote
    /// said word for word scores near 1, while other quotes that merely share its topic words follow
    /// around 0.5, above the ranker's threshold but not what was asked.
    /// </summary>
    private const double CloseMatchShare = 0.75;

    /// <summary>
    /// Below this confidence an answer is a paraphrase, not the words as said: a quote asked with a
    /// contraction or a changed word scores 0.75–0.95, one asked in other words 0.4–0.7 (docs/quotes.md).
    /// </summary>
    private const double ParaphraseBelow = 0.7;

    public static QuoteAnswer WhoSaid(
        ArticleIndex index,
        string words,
        WhoSaidRanker ranker,
        CancellationToken cancellationToken = default
    )
    {
        var candidates = FindCandidates(index, words);
        if (candidates is null)
        {
            return QuoteAnswer.Empty;
        }
        var answer = ranker.Rank(words, candidates, index.People, cancellationToken);
        if (
            answer.Results.Count == 0
            && TextQueries.Misspelt(words, IndexFields.Quote.Exact) is { } misspelt
        )
        {
            // The question's own words found nothing good enough: its misspellings may be why.
            candidates.AddRange(
                index
                    .Search(misspelt, CandidateCount, IndexJsonContext.Default.Quote)
                    .Select(c => c.Record)
                    .Where(q => !candidates.Contains(q))
            );
            answer = ranker.Rank(words, candidates, index.People, cancellationToken);
        }
        return MarkCloseMatches(answer);
    }

    /// <summary>The quotes Lucene finds for the question, best first; null when it has no searchable word.</summary>
    internal static List<Quote>? FindCandidates(ArticleIndex index, string words)
    {
        var query = TextQueries.TermsWithPhraseBoost(
            words,
            IndexFields.Quote,
            phraseBoost: 3f,
            slop: 4
        );
        return query is null
            ? null
            :
            [
                .. index
                    .Search(query, CandidateCount, IndexJsonContext.Default.Quote)
                    .Select(c => c.Record),
            ];
    }

    /// <summary>Marks paraphrases and the further answers that score well below the best one as close matches.</summary>
    private static QuoteAnswer MarkCloseMatches(QuoteAnswer answer)
    {
        if (answer.Results.Count == 0)
        {
            return answer;
        }
        var bar = Math.Max(
            answer.Results.Max(r => r.Confidence) * CloseMatchShare,
            ParaphraseBelow
        );
        return answer with
        {
            Results =
            [
                .. answer.Results.Select(r =>
                    r.Confidence < bar ? r with { CloseMatch = true } : r
                ),
            ],
        };
    }

    public static QuoteAnswer BySpeaker(ArticleIndex index, string speaker, string? about)
    {
        var names = index
            .People.Named(speaker)
            .SelectMany(index.NamesOf)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (names.Count == 0)
        {
            var suggestions = index.People.Suggest(speaker);
            return suggestions.Count == 0
                ? QuoteAnswer.Empty
                : QuoteAnswer.Empty with
                {
                    DidYouMean = suggestions,
                };
        }
        var query = NamesQuery(names);
        var candidates = index.Search(query, SpeakerCandidates, IndexJsonContext.Default.Quote);
        return new WhoSaidRanker().RankBySpeaker(
            speaker,
            about,
            candidates.Select(c => c.Record).ToArray(),
            index.People
        );
    }

    public static IReadOnlyList<string> SpeakerNames(
        ArticleIndex index,
        string prefix,
        int limit
    ) => new WhoSaidRanker().SpeakerNames(prefix, limit, index.People);

    private static BooleanQuery NamesQuery(IEnumerable<string> names)
    {
        var query = new BooleanQuery();
        foreach (var name in names)
        {
            var phrase = new PhraseQuery();
            foreach (var word in TextQueries.ExactWords(name))
            {
                phrase.Add(new Term(IndexFields.Speaker, word));
            }
            query.Add(phrase, Occur.SHOULD);
        }
        return query;
    }
}
