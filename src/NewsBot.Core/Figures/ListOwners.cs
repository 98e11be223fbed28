using System.Text.RegularExpressions;

namespace NewsBot.Core.Figures;

/// <summary>
/// A list of names paired with a list of numbers, one each: "Antoine Quirin and Nicolas Redouane, 40 and 49," (ages in
/// apposition) and "Woolworths and Coles lowered their limits to two and one package, respectively". Without the
/// pairing both numbers would belong to both names, and a question about one would get the other's number.
/// </summary>
internal static partial class ListOwners
{
    /// <summary>The name each number of a paired list belongs to, by index into <paramref name="spans"/>.</summary>
    public static Dictionary<int, string> Find(string sentence, IReadOnlyList<NumberSpan> spans)
    {
        var owners = new Dictionary<int, string>();
        for (var i = 0; i < spans.Count; i++)
        {
            var j = i;
            while (
                j + 1 < spans.Count
                && spans[j].TallySide is null
                && spans[j + 1].TallySide is null
                && IsListGap(sentence[spans[j].End..spans[j + 1].Start])
            )
            {
                j++;
            }
            var count = j - i + 1;
            if (count < 2)
            {
                continue;
            }
            var names = Appositive(sentence, spans[i].Start);
            if (
                names is null
                && sentence.IndexOf(
                    "respectively",
                    spans[j].End,
                    StringComparison.OrdinalIgnoreCase
                ) >= 0
            )
            {
                names = LastListBefore(sentence, spans[i].Start);
            }
            if (names is not null && names.Count == count)
            {
                for (var k = 0; k < count; k++)
                {
                    owners[i + k] = names[k];
                }
            }
            i = j;
        }
        return owners;
    }

    /// <summary>True for what joins two numbers of a list: a comma, "and" or "or".</summary>
    public static bool IsListGap(string gap) => ListGap().IsMatch(gap);

    private static List<string>? Appositive(string sentence, int start)
    {
        var match = AppositiveList().Match(TextWindow.Before(sentence, start));
        return match.Success ? Split(match.Groups["list"].Value) : null;
    }

    private static List<string>? LastListBefore(string sentence, int start)
    {
        Match? last = null;
        foreach (Match match in NameList().Matches(sentence[..start]))
        {
            last = match;
        }
        return last is null ? null : Split(last.Value);
    }

    private static List<string> Split(string list) =>
        [.. Separator().Split(list).Select(n => n.Trim()).Where(n => n.Length > 0)];

    private const string Name = @"\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}";

    private const string List = Name + @"(?:\s*,\s*" + Name + @")*\s*,?\s+and\s+" + Name;

    [GeneratedRegex(@"(?<list>" + List + @")\s*,\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex AppositiveList();

    [GeneratedRegex(List, RegexOptions.CultureInvariant)]
    private static partial Regex NameList();

    [GeneratedRegex(@"\s*,\s*(?:and\s+)?|\s+and\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    [GeneratedRegex(
        @"^\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)\s*$",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex ListGap();
}
