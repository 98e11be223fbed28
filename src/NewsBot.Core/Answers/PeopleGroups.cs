using NewsBot.Core.Figures;
using NewsBot.Core.Text;

namespace NewsBot.Core.Answers;

/// <summary>
/// Who the people of a count are (<c>lexicon/people-groups.txt</c>): soldiers, civilians, children… A question for
/// one group is not answered by a count of another, while a count of people of any sort ("casualties",
/// "victims") answers for every group.
/// </summary>
internal static class PeopleGroups
{
    private const string AnyPrefix = "any:";

    private static readonly (HashSet<string> Any, Dictionary<string, int> Group) Loaded = Load();

    /// <summary>
    /// Whether a count of <paramref name="counted"/> can answer a question about <paramref name="asked"/> (both
    /// terms as <see cref="FigureTerms.Normalize"/> gives them): the same term, either of any sort or on no line,
    /// or both of one group.
    /// </summary>
    public static bool Agree(string asked, string counted)
    {
        if (asked == counted || Loaded.Any.Contains(asked) || Loaded.Any.Contains(counted))
        {
            return true;
        }
        return !Loaded.Group.TryGetValue(asked, out var a)
            || !Loaded.Group.TryGetValue(counted, out var b)
            || a == b;
    }

    /// <summary>
    /// Whether <paramref name="asked"/> asks for people of any sort ("how many people") and
    /// <paramref name="counted"/> counts people of some sort ("civilians", "workers"): the count is of the sort asked.
    /// </summary>
    public static bool AnyCounts(string asked, string counted) =>
        Loaded.Any.Contains(asked)
        && (Loaded.Any.Contains(counted) || Loaded.Group.ContainsKey(counted));

    private static (HashSet<string>, Dictionary<string, int>) Load()
    {
        var any = new HashSet<string>(StringComparer.Ordinal);
        var groups = new Dictionary<string, int>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in Lexicon.Lines("people-groups"))
        {
            var isAny = line.StartsWith(AnyPrefix, StringComparison.Ordinal);
            var words = (isAny ? line[AnyPrefix.Length..] : line).Split(
                ' ',
                StringSplitOptions.RemoveEmptyEntries
            );
            number++;
            foreach (var term in words.Select(FigureTerms.Normalize).OfType<string>())
            {
                if (isAny)
                {
                    any.Add(term);
                }
                else
                {
                    groups.TryAdd(term, number);
                }
            }
        }
        // A term of any sort stays so even where a group's word shares its concept ("men" and "casualties" are
        // read apart, but "killed" and "losses" are one concept).
        foreach (var term in any)
        {
            groups.Remove(term);
        }
        return (any, groups);
    }
}
