namespace NewsBot.Core.Figures;

/// <summary>What kind of quantity a unit is, so that figures are merged and compared only with their own kind.</summary>
internal enum UnitKind
{
    People,
    Currency,
    Percent,
    PercentagePoints,
    Count,
    Other,
}

/// <summary>
/// Unit classes: soldiers, troops, men, personnel and casualties are all counts of people (001:13 counts
/// "men", 003:2 "soldiers", 004:9 "troops" for the same kind of loss); a currency is its own class.
/// </summary>
internal static class FigureUnits
{
    private static readonly HashSet<string> People = new(StringComparer.OrdinalIgnoreCase)
    {
        "soldiers",
        "troops",
        "men",
        "women",
        "people",
        "personnel",
        "casualties",
        "losses",
        "deaths",
        "dead",
        "fatalities",
        "recruits",
        "servicemen",
        "servicemembers",
        "civilians",
        "lives",
        "russians",
        "ukrainians",
        "fighters",
        "refugees",
        "prisoners",
        "wounded",
        "victims",
        "conscripts",
        "mercenaries",
        "volunteers",
        "children",
        "persons",
        "residents",
        "workers",
        "officers",
        "sailors",
        "pilots",
        "troop",
        "soldier",
        "killed",
        "injured",
        "girls",
        "boys",
        "members",
        "students",
        "players",
        "teenagers",
        "employees",
        "passengers",
        "patients",
        "voters",
        "protesters",
        "migrants",
        "staff",
        "police",
        "journalists",
        "athletes",
        "delegates",
        "individuals",
        "adults",
        "infants",
        "babies",
        "inmates",
        "hostages",
        "survivors",
        "visitors",
        "tourists",
        "nurses",
        "doctors",
        "teachers",
        "farmers",
        "customers",
        "participants",
        "crew",
        "others",
    };

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

    public static UnitKind KindOf(string unit) =>
        unit switch
        {
            "percent" => UnitKind.Percent,
            "percentage points" => UnitKind.PercentagePoints,
            "count" => UnitKind.Count,
            _ when People.Contains(unit) => UnitKind.People,
            _ when Currencies.IsCurrency(unit) => UnitKind.Currency,
            _ => UnitKind.Other,
        };

    /// <summary>A key equal for units of one class: "people", "USD", "percent", or the stem of the counted noun.</summary>
    public static string ClassOf(string unit) =>
        KindOf(unit) switch
        {
            UnitKind.People => "people",
            UnitKind.Currency => unit,
            UnitKind.Percent => "percent",
            UnitKind.PercentagePoints => "percentage points",
            UnitKind.Count => "count",
            _ => FigureTerms.Normalize(unit) ?? unit.ToLowerInvariant(),
        };

    /// <summary>How a unit reads in a sentence: "people", "USD", "a percentage", "tanks".</summary>
    public static string Describe(string unit) =>
        KindOf(unit) switch
        {
            UnitKind.People => "a count of people",
            UnitKind.Currency => $"an amount in {unit}",
            UnitKind.Percent => "a percentage",
            UnitKind.PercentagePoints => "a change in percentage points",
            UnitKind.Count => "a bare count",
            _ when unit == "years old" => "an age",
            _ when IsTime(unit) => $"a length of time in {unit}",
            _ => $"a count of {unit}",
        };
}
