using NewsBot.Core.Text;

namespace NewsBot.Core.Gaps;

/// <summary>
/// Whether two questions say much the same: the words that carry meaning (stemmed as the index stems them,
/// stop words left out) are compared as sets, so "How many drones were shot down?" and "drones shot down"
/// meet, and "Russian losses in December" and "Russian losses in January" do not.
/// </summary>
internal static class SimilarWording
{
    /// <summary>Share of meaningful words two wordings must have in common (of all the words of both).</summary>
    private const double MinOverlap = 0.6;

    public static IReadOnlySet<string> Words(string wording)
    {
        var words = TermNormalizer
            .Terms(wording)
            .Where(t => !t.IsStop)
            .Select(t => t.Text)
            .ToHashSet(StringComparer.Ordinal);
        // A question of stop words alone ("who said it?") is compared as it is written.
        return words.Count > 0
            ? words
            : new HashSet<string>(StringComparer.Ordinal) { Key(wording) };
    }

    public static bool AreSimilar(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        var shared = a.Count(b.Contains);
        var all = a.Count + b.Count - shared;
        return all > 0 && (double)shared / all >= MinOverlap;
    }

    /// <summary>
    /// The wording folded to lower case, its punctuation dropped and its words single-spaced: the same
    /// question typed again ("How many drones?" and "how many drones").
    /// </summary>
    public static string Key(string wording) =>
        string.Join(
            ' ',
            new string([
                .. wording.Select(c => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' '),
            ]).Split(' ', StringSplitOptions.RemoveEmptyEntries)
        );
}
