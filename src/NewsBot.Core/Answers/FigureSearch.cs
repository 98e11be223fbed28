using NewsBot.Core.Indexing;

namespace NewsBot.Core.Answers;

/// <summary>
/// /figure and /compare: Lucene finds the candidate figures (BM25 over measure, unit, period, claimant
/// and sentences), the <see cref="FigureRanker"/> decides, the <see cref="FigureComparer"/> compares.
/// </summary>
internal static class FigureSearch
{
    private const int Candidates = 100;

    public static FigureAnswer Figure(ArticleIndex index, string question, bool nearTheBest = true)
    {
        var words = TextQueries.Words(question, IndexFields.Figure.Text);
        if (words is null)
        {
            return FigureAnswer.Empty;
        }
        // Any word, not every word first: the right figure often lacks a word of the question
        // (a month it does not name, a word of its sentence), and the ranker judges measure, period and
        // claimant itself.
        var candidates = index.Search(words.Any(), Candidates, IndexJsonContext.Default.Figure);
        return new FigureRanker().Rank(
            question,
            candidates.Select(c => c.Record).ToArray(),
            nearTheBest
        );
    }

    public static CompareAnswer Compare(ArticleIndex index, string a, string b) =>
        new FigureComparer().Compare(
            Figure(index, a, nearTheBest: false),
            Figure(index, b, nearTheBest: false),
            distinct: !string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase)
        );
}
