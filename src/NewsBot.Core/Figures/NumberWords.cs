namespace NewsBot.Core.Figures;

/// <summary>
/// English number words as values. A compact table is enough: news copy spells out small counts
/// ("three", "twenty-five", "a dozen") and scales ("two million"); anything larger is written in digits.
/// </summary>
internal static class NumberWords
{
    private static readonly Dictionary<string, double> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1,
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["thirteen"] = 13,
        ["fourteen"] = 14,
        ["fifteen"] = 15,
        ["sixteen"] = 16,
        ["seventeen"] = 17,
        ["eighteen"] = 18,
        ["nineteen"] = 19,
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["forty"] = 40,
        ["fifty"] = 50,
        ["sixty"] = 60,
        ["seventy"] = 70,
        ["eighty"] = 80,
        ["ninety"] = 90,
    };

    private static readonly Dictionary<string, double> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dozen"] = 12,
        ["hundred"] = 100,
        ["thousand"] = 1_000,
        ["million"] = 1_000_000,
        ["billion"] = 1_000_000_000,
        ["trillion"] = 1_000_000_000_000,
        ["k"] = 1_000,
        ["m"] = 1_000_000,
        ["mn"] = 1_000_000,
        ["bn"] = 1_000_000_000,
    };

    /// <summary>The lower bound a vague plural stands for: "hundreds" of something is at least 100.</summary>
    private static readonly Dictionary<string, double> VaguePlurals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dozens"] = 12,
        ["tens"] = 10,
        ["hundreds"] = 100,
        ["thousands"] = 1_000,
        ["millions"] = 1_000_000,
        ["billions"] = 1_000_000_000,
    };

    public static double? Scale(string word) => Scales.TryGetValue(word.Trim(), out var value) ? value : null;

    /// <summary>Parses "twenty-five", "a dozen", "two hundred thousand"; null when a word is not a number word.</summary>
    public static double? Parse(string words)
    {
        double total = 0;
        double current = 0;
        var seen = false;
        foreach (var word in words.Split([' ', '-', '\u00A0'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (Units.TryGetValue(word, out var unit))
            {
                current += unit;
                seen = true;
            }
            else if (Scales.TryGetValue(word, out var scale) && scale >= 12)
            {
                current = (current == 0 ? 1 : current) * scale;
                if (scale >= 1_000)
                {
                    total += current;
                    current = 0;
                }
                seen = true;
            }
            else if (!word.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
        }
        return seen ? total + current : null;
    }

    /// <summary>"hundreds of thousands" → 100,000; "thousands" → 1,000: the least the words can mean.</summary>
    public static double? ParseVague(string words)
    {
        double value = 1;
        var seen = false;
        foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (VaguePlurals.TryGetValue(word, out var plural))
            {
                value *= plural;
                seen = true;
            }
            else if (Scales.TryGetValue(word, out var scale))
            {
                value *= scale;
                seen = true;
            }
        }
        return seen ? value : null;
    }
}
