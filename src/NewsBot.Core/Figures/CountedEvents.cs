using NewsBot.Core.Text;

namespace NewsBot.Core.Figures;

/// <summary>
/// What befell the people a count counts, as terms (<c>lexicon/counted-events.txt</c>): "killed" and "deaths" are
/// one event, "killed" and "injured" two. A question asking how many were injured is not answered by the number
/// killed, however many of its other words the figure shares.
/// </summary>
internal static class CountedEvents
{
    private static readonly Dictionary<string, int> GroupOf = Build();

    /// <summary>The events named by <paramref name="terms"/> (figure terms, as <see cref="FigureTerms"/> makes them).</summary>
    public static HashSet<int> In(IEnumerable<string> terms) =>
        [.. terms.Select(t => GroupOf.TryGetValue(t, out var g) ? g : -1).Where(g => g >= 0)];

    private static Dictionary<string, int> Build()
    {
        var groups = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var g = 0; g < Lexicon.CountedEvents.Count; g++)
        {
            foreach (var word in Lexicon.CountedEvents[g])
            {
                foreach (var term in FigureTerms.Of(word))
                {
                    groups.TryAdd(term, g);
                }
            }
        }
        return groups;
    }
}
