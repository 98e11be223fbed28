using System.Globalization;

namespace NewsBot.QuoteProbe;

/// <summary>The probe's command line: the articles folder, how many fragments of how many words, the seed.</summary>
internal sealed record ProbeOptions(string Articles, int Count, int Words, int Seed, bool Details)
{
    public const string DefaultArticles = "../shared/corpus/wikinews-2019-2020";

    public static ProbeOptions? Parse(string[] args)
    {
        var options = new ProbeOptions(DefaultArticles, 200, 10, 17, false);
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--articles" when value is not null:
                    options = options with { Articles = value };
                    i++;
                    break;
                case "--count" when Number(value) is { } count:
                    options = options with { Count = count };
                    i++;
                    break;
                case "--words" when Number(value) is { } words:
                    options = options with { Words = words };
                    i++;
                    break;
                case "--seed" when Number(value) is { } seed:
                    options = options with { Seed = seed };
                    i++;
                    break;
                case "--details":
                    options = options with { Details = true };
                    break;
                default:
                    return null;
            }
        }
        return options;
    }

    private static int? Number(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : null;
}
