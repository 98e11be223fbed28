using NewsBot.Core.Text;

namespace NewsBot.Core.Figures;

/// <summary>A unit of measure read after a number: its name and how many characters its form takes.</summary>
internal sealed record UnitOfMeasure(string Name, int Length);

/// <summary>
/// The units of measure of the lexicon (<c>units.txt</c>): the forms news copy writes after a number, glued
/// ("50mph", "54GB") or after a space ("20 kilometres", "300 Hz"), each read as the unit's one name.
/// </summary>
internal static class UnitsOfMeasure
{
    /// <summary>Marks a coin in the lexicon ("cent (money): cents"): a figure in it is money, not a measure.</summary>
    private const string MoneyMark = "(money)";

    private static readonly (string Name, string Forms)[] s_lines =
    [
        .. Lexicon.Lines("units").Select(l => l.Split(':', 2)).Select(p => (p[0].Trim(), p[1])),
    ];

    private static readonly (string Form, string Name, StringComparison Comparison)[] s_forms =
    [
        .. s_lines
            .SelectMany(l =>
                l.Forms.Split(
                        ',',
                        StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries
                    )
                    .Select(f => (f, NameOf(l.Name), ComparisonOf(f)))
            )
            // The longest form first: "km/h" before "km", "square metres" before "metres".
            .OrderByDescending(f => f.f.Length),
    ];

    private static readonly HashSet<string> s_coins = new(
        s_lines
            .Where(l => l.Name.EndsWith(MoneyMark, StringComparison.Ordinal))
            .Select(l => NameOf(l.Name)),
        StringComparer.OrdinalIgnoreCase
    );

    private static string NameOf(string written) =>
        written.EndsWith(MoneyMark, StringComparison.Ordinal)
            ? written[..^MoneyMark.Length].Trim()
            : written;

    /// <summary>Words of four letters or more are matched ignoring case ("11 FEET"); symbols as written ("MW", "mW").</summary>
    private static StringComparison ComparisonOf(string form) =>
        form.Length >= 4 && form.All(c => char.IsLetter(c) || c is ' ' or '-')
            ? StringComparison.OrdinalIgnoreCase
            : StringComparison.Ordinal;

    /// <summary>
    /// The unit glued to the number that <paramref name="after"/> follows ("mph" of "50mph"), or after one space
    /// when <paramref name="glued"/> is false ("50 mph" too); null when none is there.
    /// </summary>
    public static UnitOfMeasure? After(string after, bool glued)
    {
        var skip = 0;
        if (!glued && after.Length > 0 && after[0] == ' ')
        {
            skip = 1;
        }
        var rest = after.AsSpan(skip);
        foreach (var (form, name, comparison) in s_forms)
        {
            if (
                rest.StartsWith(form, comparison)
                && (rest.Length == form.Length || !char.IsLetterOrDigit(rest[form.Length]))
            )
            {
                return new UnitOfMeasure(name, skip + form.Length);
            }
        }
        return null;
    }

    /// <summary>True for a coin ("cent", "sen", "penny"): a figure in it is money.</summary>
    public static bool IsCoin(string name) => s_coins.Contains(name);

    /// <summary>True for a unit of time written as a symbol ("40min"): a length of time, not a measurement.</summary>
    public static bool IsTime(string name) => name is "minute" or "second";
}
