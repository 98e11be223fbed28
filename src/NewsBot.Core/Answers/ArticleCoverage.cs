using NewsBot.Core.Figures;

namespace NewsBot.Core.Answers;

/// <summary>
/// How much of a question a figure's article says anywhere among its candidate figures, each term weighed by its
/// rarity: a question about the people "injured" by a storm is not answered from an article that never speaks of
/// the injured, however well one of its counts of people fits; an article that says every word of the question is
/// the story asked about.
/// </summary>
internal static class ArticleCoverage
{
    /// <summary>
    /// The weighted share of the question's terms (<paramref name="weights"/>) that the article has, itself or as the
    /// term it half stands for ("Russian" for "Russia"), among the terms some candidate has (<paramref name="known"/>):
    /// a word the coverage never writes ("want", where the article says "proposed") marks no article as another
    /// story. A word for the amount (<paramref name="optional"/>: "cost", "value") counts only where the article has it.
    /// </summary>
    public static double Of(
        IReadOnlyDictionary<string, double> weights,
        IReadOnlySet<string> articleTerms,
        IReadOnlySet<string> known,
        IReadOnlySet<string> optional
    )
    {
        double total = 0;
        double found = 0;
        foreach (var (term, weight) in weights)
        {
            var has = Has(articleTerms, term);
            if (!Has(known, term) || (!has && optional.Contains(term)))
            {
                continue;
            }
            total += weight;
            if (has)
            {
                found += weight;
            }
        }
        return total == 0 ? 1 : found / total;
    }

    /// <summary>
    /// The weighted share of the question's terms that some candidate has (<paramref name="known"/>): what the
    /// coverage speaks of at all. "Russia's defense budget" asked where no article speaks of a budget is mostly
    /// not there, and no figure's sort makes up for it.
    /// </summary>
    public static double Known(
        IReadOnlyDictionary<string, double> weights,
        IReadOnlySet<string> known
    )
    {
        var total = weights.Values.Sum();
        return total == 0 ? 1 : weights.Where(w => Has(known, w.Key)).Sum(w => w.Value) / total;
    }

    /// <summary>Whether <paramref name="terms"/> has the term, or the term it half stands for ("Russian" for "Russia").</summary>
    public static bool Has(IReadOnlySet<string> terms, string term) =>
        terms.Contains(term)
        || (FigureTerms.Related(term) is { } related && terms.Contains(related));
}
