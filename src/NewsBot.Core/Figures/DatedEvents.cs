using NewsBot.Core.Text;

namespace NewsBot.Core.Figures;

/// <summary>
/// The events a year dates, as terms (<c>lexicon/dated-events.txt</c>): "founded" and "established" are one event,
/// "died" and "retired" two. A year question names its event; a year dating another event is not its answer.
/// </summary>
internal static class DatedEvents
{
    private static readonly Dictionary<string, int> GroupOf = Build();

    /// <summary>The events named by <paramref name="terms"/> (figure terms, as <see cref="FigureTerms"/> makes them).</summary>
    public static HashSet<int> In(IEnumerable<string> terms) =>
        [.. terms.Select(t => GroupOf.TryGetValue(t, out var g) ? g : -1).Where(g => g >= 0)];

    /// <summary>Whether the word names an event a year dates ("founded", "born"): a verb a year's clause turns on.</summary>
    public static bool IsEvent(string word) =>
        FigureTerms.Normalize(word) is { } term && GroupOf.ContainsKey(term);

    private static Dictionary<string, int> Build()
    {
        var groups = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var g = 0; g < Lexicon.DatedEvents.Count; g++)
        {
            foreach (var word in Lexicon.DatedEvents[g])
            {
                // "set up", "stepped down": the phrase is read by its first word, as the question's terms are.
                foreach (var term in FigureTerms.Of(word).Take(1))
                {
                    groups.TryAdd(term, g);
                }
            }
        }
        return groups;
    }
}
