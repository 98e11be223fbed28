using NewsBot.Core.Figures;
using NewsBot.Core.Indexing;

namespace NewsBot.Core.Answers;

/// <summary>
/// /figure and /compare: Lucene finds the candidate figures (BM25 over measure, unit, period, claimant
/// and sentences), the <see cref="FigureRanker"/> decides, the <see cref="FigureComparer"/> compares.
/// </summary>
internal static class FigureSearch
{
    private const int Candidates = 100;

    public static FigureAnswer Figure(ArticleIndex index, string question)
    {
        var query = TextQueries.Terms(question, IndexFields.Figure.Text);
        if (query is null)
        {
            return FigureAnswer.Empty;
        }
        var candidates = index.Search(query, Candidates, IndexJsonContext.Default.Figure);
        return new FigureRanker().Rank(question, candidates.Select(c => c.Record).ToArray());
    }

    public static CompareAnswer Compare(ArticleIndex index, string a, string b) =>
        new FigureComparer().Compare(
            Figure(index, a).Results.FirstOrDefault(),
            Figure(index, b).Results.FirstOrDefault()
        );
}
