using NewsBot.Core.Indexing;

namespace NewsBot.Core.Answers;

/// <summary>
/// /figure and /compare: Lucene finds the candidate figures (BM25 over measure, unit, period, claimant
/// and sentences), the <see cref="FigureRanker"/> decides, the <see cref="FigureComparer"/> compares.
/// </summary>
internal static class FigureSearch
{
    private const int Candidates = 100;

    public static FigureAnswer Figure(
        ArticleIndex index,
        string question,
        FigureRanker ranker,
        bool nearTheBest = true,
        CancellationToken cancellationToken = default
    )
    {
        var words = TextQueries.Words(question, IndexFields.Figure.Text);
        if (words is null)
        {
            return FigureAnswer.Empty;
        }
        // Any word, not every word first: the right figure often lacks a word of the question
        // (a month it does not name, a word of its sentence), and the ranker judges measure, period and
        // claimant itself.
        var candidates = index.SearchFigures(words.Any(), Candidates);
        return ranker.Rank(
            question,
            candidates.Select(c => c.Record).ToArray(),
            nearTheBest,
            cancellationToken
        );
    }

    /// <summary>
    /// Each side is found as /figure finds it (its first answer is /figure's); all its answers are kept so that a
    /// side can fall back on its next figure when both sides found the same one.
    /// </summary>
    public static CompareAnswer Compare(
        ArticleIndex index,
        string a,
        string b,
        FigureRanker ranker,
        CancellationToken cancellationToken = default
    ) =>
        new FigureComparer().Compare(
            Figure(index, a, ranker, nearTheBest: false, cancellationToken),
            Figure(index, b, ranker, nearTheBest: false, cancellationToken),
            distinct: !string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase)
        );
}
