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
    private const int Candidates = 60;
    private const int SpeakerCandidates = 400;

    /// <summary>
    /// A further answer below this share of the best answer's confidence is only a close match: a quote
    /// said word for word scores near 1, while other quotes that merely share its topic words follow
    /// around 0.5, above the ranker's threshold but not what was asked.
    /// </summary>
    private const double CloseMatchShare = 0.75;

    public static QuoteAnswer WhoSaid(ArticleIndex index, string words)
    {
        var query = TextQueries.TermsWithPhraseBoost(
            words,
            IndexFields.Quote,
            phraseBoost: 3f,
            slop: 4
        );
        if (query is null)
        {
            return QuoteAnswer.Empty;
        }
        var candidates = index.Search(query, Candidates, IndexJsonContext.Default.Quote);
        return MarkCloseMatches(
            new WhoSaidRanker().Rank(
                words,
                candidates.Select(c => c.Record).ToArray(),
                index.People
            )
        );
    }

    /// <summary>Marks the further answers that score well below the best one as close matches.</summary>
    private static QuoteAnswer MarkCloseMatches(QuoteAnswer answer)
    {
        if (answer.Results.Count < 2)
        {
            return answer;
        }
        var bar = answer.Results.Max(r => r.Confidence) * CloseMatchShare;
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
        var people = index.People.Find(speaker);
        var names = people.SelectMany(index.NamesOf).Distinct(StringComparer.Ordinal).ToList();
        var query = names.Count > 0 ? NamesQuery(names) : FuzzyNameQuery(speaker);
        if (query is null)
        {
            return QuoteAnswer.Empty;
        }
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

    /// <summary>A name nobody in the index has exactly: any quote whose speaker has each word within one edit.</summary>
    private static BooleanQuery? FuzzyNameQuery(string speaker)
    {
        var words = TextQueries.ExactWords(speaker);
        if (words.Count == 0)
        {
            return null;
        }
        var query = new BooleanQuery();
        foreach (var word in words)
        {
            query.Add(
                new FuzzyQuery(
                    new Term(IndexFields.Speaker, word),
                    maxEdits: word.Length > 3 ? 1 : 0
                ),
                Occur.MUST
            );
        }
        return query;
    }
}
