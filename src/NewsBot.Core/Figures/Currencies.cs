using NewsBot.Core.Text;

namespace NewsBot.Core.Figures;

/// <summary>
/// Currencies as news copy writes them — a symbol ("€6bn"), a prefixed dollar ("A$2.4 million"), an ISO code before
/// or after the number ("SEK 150 million", "40 million USD") or a name with its nationality ("10 million Swedish
/// kronor") — and the ISO code each stands for. A name that several countries share and that has no nationality in
/// front ("pesos", "dinars") keeps its name as the unit rather than a guessed code.
/// </summary>
internal static class Currencies
{
    /// <summary>ISO 4217 codes a number may carry before or after it.</summary>
    public const string CodePattern =
        "USD|EUR|GBP|JPY|CNY|RMB|CHF|SEK|NOK|DKK|ISK|PLN|CZK|HUF|RON|BGN|RUB|UAH|TRY|GEL|INR|PKR|BDT|LKR|NPR|AUD|CAD|NZD|HKD|SGD|TWD|KRW|THB|MYR|IDR|PHP|VND|ZAR|NGN|KES|GHS|EGP|MAD|ILS|SAR|AED|QAR|KWD|IRR|BRL|MXN|ARS|CLP|COP|PEN";

    /// <summary>
    /// Prefixed dollars and other prefixed symbols: "US$", "A$", "NZ$"; and the yen and pound signs as news wires
    /// spell them in plain text, "Y=590 billion" and "PS8.1bn" — "PS" only before a number written as money (a
    /// separator, a decimal or a scale), so that a console ("PS5") stays a name.
    /// </summary>
    public const string PrefixPattern =
        @"USD\$|US\$|U\.S\.\$|AU\$|A\$|CA\$|C\$|NZ\$|HK\s?\$|S\$|NT\$|R\$|Mex\$|\$US|\$A|\$NZ|RM|Y=|PS(?=[0-9]{1,3},[0-9]{3}|[0-9]+\.[0-9]|[0-9]+(?:bn|mn|m|k)\b)";

    /// <summary>A currency name after a number, with an optional nationality: "Swedish kronor", "Australian dollars".</summary>
    public const string NamePattern =
        @"(?:(?i:US|U\.S\.|American|Australian|Canadian|New\s+Zealand|Hong\s+Kong|Singapore|Taiwan|Swedish|Norwegian|Danish|Icelandic|Swiss|Mexican|Argentine|Chilean|Colombian|Philippine|Indian|Pakistani|Sri\s+Lankan|Nepalese|Georgian|South\s+African|Kenyan|Ugandan|Tanzanian|Nigerian|Egyptian|Israeli|Saudi|Turkish|Russian|Ukrainian|Polish|Czech|Hungarian|Japanese|Chinese|Korean|South\s+Korean|Brazilian)\s+)?(?i:dollars?|euros?|pounds(?:\s+sterling)?|sterling|kronor|krona|kroner|krone|francs?|pesos?|rupees?|yen|yuan|renminbi|roubles?|rubles?|hryvnias?|lari|rand|reais|zlotys?|zloty|złoty(?:s|ch)?|lira|liras|shekels?|naira|shillings?|baht|ringgit|dinars?|dirhams?|riyals?|forints?|rupiah)|(?i:(?:South\s+)?Korean\s+won)";

    /// <summary>Symbols and prefixes to the ISO code (<c>lexicon/currency-symbols.txt</c>).</summary>
    private static readonly Dictionary<string, string> Symbols = CodesOf(
        "currency-symbols",
        StringComparer.OrdinalIgnoreCase
    );

    /// <summary>Nationality and name (both lower case, the name singular) to the ISO code (<c>lexicon/currency-names.txt</c>).</summary>
    private static readonly Dictionary<string, string> NamedCodes = CodesOf(
        "currency-names",
        StringComparer.Ordinal
    );

    /// <summary>The names that stay units of their own when no code is known ("pesos", "dinars": <c>lexicon/shared-currency-names.txt</c>).</summary>
    private static readonly HashSet<string> Names = Lexicon.Load("shared-currency-names");

    /// <summary>The forms of a lexicon file of lines "code: form, form" to their ISO code.</summary>
    private static Dictionary<string, string> CodesOf(string name, StringComparer comparer) =>
        Lexicon
            .Lines(name)
            .Select(l => l.Split(':', 2))
            .SelectMany(p =>
                p[1]
                    .Split(
                        ',',
                        StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries
                    )
                    .Select(form => (Form: form, Code: p[0].Trim()))
            )
            .ToDictionary(p => p.Form, p => p.Code, comparer);

    /// <summary>The code of a symbol, prefix, ISO code or name as written; null when it is none of them.</summary>
    public static string? CodeOf(string written)
    {
        var text = string.Join(
            ' ',
            written.Split((char[])[' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)
        );
        if (Symbols.TryGetValue(text, out var code))
        {
            return code;
        }
        if (text.Length == 3 && text.All(char.IsAsciiLetterUpper))
        {
            return text;
        }
        var name = text.ToLowerInvariant();
        if (
            NamedCodes.TryGetValue(name, out code)
            || NamedCodes.TryGetValue(Singular(name), out code)
        )
        {
            return code;
        }
        // "Kenyan shillings" with no entry: the name alone ("shillings") is the unit.
        var last = name.Split(' ')[^1];
        return NamedCodes.TryGetValue(Singular(last), out code) && !Names.Contains(last)
            ? code
            : last;
    }

    /// <summary>The words news copy uses for a currency: "us dollar american" for USD, "swedish krona kronor" for SEK.</summary>
    public static string WordsFor(string code) =>
        string.Join(
            ' ',
            NamedCodes
                .Where(p => p.Value == code)
                .Select(p => p.Key)
                .Append(code.ToLowerInvariant())
        );

    /// <summary>True for a unit that is money: an ISO code or a currency name kept as the unit.</summary>
    public static bool IsCurrency(string unit) =>
        (unit.Length == 3 && unit.All(char.IsAsciiLetterUpper)) || Names.Contains(unit);

    private static string Singular(string name) =>
        name.EndsWith('s') && !name.EndsWith("reais", StringComparison.Ordinal) ? name[..^1] : name;
}
