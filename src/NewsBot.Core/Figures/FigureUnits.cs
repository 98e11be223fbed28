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
    };

    public static UnitKind KindOf(string unit) =>
        unit switch
        {
            "USD" or "EUR" or "GBP" or "RUB" or "UAH" or "CNY" or "JPY" or "CHF" =>
                UnitKind.Currency,
            "percent" => UnitKind.Percent,
            "percentage points" => UnitKind.PercentagePoints,
            "count" => UnitKind.Count,
            _ when People.Contains(unit) => UnitKind.People,
            _ when unit.Length == 3 && unit.All(char.IsUpper) => UnitKind.Currency,
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
            _ => $"a count of {unit}",
        };
}
