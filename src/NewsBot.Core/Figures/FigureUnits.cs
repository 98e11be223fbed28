using NewsBot.Core.Text;

namespace NewsBot.Core.Figures;

/// <summary>
/// What a figure's unit says beyond its <see cref="FigureKind"/>: whether it counts people (soldiers, troops, men,
/// personnel and casualties are all counts of people: 001:13 counts "men", 003:2 "soldiers", 004:9 "troops" for the
/// same kind of loss, <c>lexicon/people-units.txt</c>), counts nothing named (a bare count), or is money or a share,
/// so that figures are merged and compared only with their own class.
/// </summary>
internal static class FigureUnits
{
    /// <summary>The unit of a number that counts nothing named ("the 12 who stayed").</summary>
    public const string BareCount = "count";

    /// <summary>The unit of a share: "90%", "6.2 per cent".</summary>
    public const string Percent = "percent";

    /// <summary>The unit of a change of a share: "0.25 percentage points".</summary>
    public const string PercentagePoints = "percentage points";

    /// <summary>True for a unit of time ("years", "minute").</summary>
    public static bool IsTime(string unit) => NumberScanner.TimeUnits.Contains(unit);

    /// <summary>A unit of time in the plural, as figures carry it: "year" → "years", "century" → "centuries".</summary>
    public static string PluralTime(string unit)
    {
        var lower = unit.ToLowerInvariant();
        return lower switch
        {
            "century" => "centuries",
            _ when lower.EndsWith('s') => lower,
            _ => lower + "s",
        };
    }

    /// <summary>True for a unit that counts people: "soldiers", "residents", "crew".</summary>
    public static bool CountsPeople(string unit) => Lexicon.PeopleUnits.Contains(unit);

    /// <summary>True for a unit that may count people: one that does, or a bare count, which counts anything.</summary>
    public static bool MayCountPeople(string unit) => unit == BareCount || CountsPeople(unit);

    /// <summary>True for a unit that counts something, people or things, rather than being money or a share.</summary>
    public static bool CountsThings(string unit) =>
        unit is not (Percent or PercentagePoints) && !Currencies.IsCurrency(unit);

    /// <summary>A key equal for units of one class: "people", "USD", "percent", or the stem of the counted noun.</summary>
    public static string ClassOf(string unit) =>
        unit is Percent or PercentagePoints or BareCount ? unit
        : CountsPeople(unit) ? "people"
        : Currencies.IsCurrency(unit) ? unit
        : FigureTerms.Normalize(unit) ?? unit.ToLowerInvariant();

    /// <summary>How a unit reads in a sentence: "people", "USD", "a percentage", "tanks".</summary>
    public static string Describe(string unit) =>
        unit switch
        {
            Percent => "a percentage",
            PercentagePoints => "a change in percentage points",
            BareCount => "a bare count",
            _ when CountsPeople(unit) => "a count of people",
            _ when Currencies.IsCurrency(unit) => $"an amount in {unit}",
            "years old" => "an age",
            _ when IsTime(unit) => $"a length of time in {unit}",
            _ => $"a count of {unit}",
        };
}
