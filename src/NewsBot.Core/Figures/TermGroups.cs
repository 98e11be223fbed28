namespace NewsBot.Core.Figures;

/// <summary>
/// Groups of equivalent words of the lexicon, as figure terms: "founded" and "established" are one group, "died"
/// another. A phrase ("set up", "stepped down") is read by its first word, as a question's terms are.
/// </summary>
internal sealed class TermGroups
{
    private readonly Dictionary<string, int> _groupOf = new(StringComparer.Ordinal);

    public TermGroups(IReadOnlyList<string[]> groups)
    {
        for (var g = 0; g < groups.Count; g++)
        {
            foreach (var word in groups[g])
            {
                foreach (var term in FigureTerms.Of(word).Take(1))
                {
                    _groupOf.TryAdd(term, g);
                }
            }
        }
    }

    /// <summary>The groups named by <paramref name="terms"/> (figure terms, as <see cref="FigureTerms"/> makes them).</summary>
    public HashSet<int> In(IEnumerable<string> terms) =>
        [.. terms.Select(t => _groupOf.TryGetValue(t, out var g) ? g : -1).Where(g => g >= 0)];

    /// <summary>Whether <paramref name="term"/> belongs to a group.</summary>
    public bool Contains(string term) => _groupOf.ContainsKey(term);
}
