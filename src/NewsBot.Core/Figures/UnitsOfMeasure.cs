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
    private static readonly (string Form, string Name, StringComparison Comparison)[] s_forms =
    [
        .. Lexicon
            .Lines("units")
            .Select(l => l.Split(':', 2))
            .SelectMany(p =>
                p[1]
                    .Split(
                        ',',
                        StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries
                    )
                    .Select(f => (f, p[0].Trim(), ComparisonOf(f)))
            )
            // The longest form first: "km/h" before "km", "square metres" before "metres".
            .OrderByDescending(f => f.f.Length),
    ];

    private static readonly HashSet<string> s_names = new(
        s_forms.Select(f => f.Name),
        StringComparer.OrdinalIgnoreCase
    );

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

    /// <summary>True for a unit's name as figures carry it ("kilometre", "mile per hour").</summary>
    public static bool IsName(string unit) => s_names.Contains(unit);

    /// <summary>True for a unit of time written as a symbol ("40min"): a length of time, not a measurement.</summary>
    public static bool IsTime(string name) => name is "minute" or "second";
}
