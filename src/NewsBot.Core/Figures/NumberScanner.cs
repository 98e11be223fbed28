using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsBot.Core.Figures;

/// <summary>
/// Finds the numbers of a sentence that can be figures of interest: digits with separators, decimals,
/// scale words, currencies and percent signs, and numbers written as words. Years, dates, days of the
/// month, ordinals, clock times, labels ("Article 5", "World War 2"), model names ("F-16"), durations
/// ("four years", "nine-year", "60-minute") and leading-zero codes are left out: they count nothing.
/// A compound adjective such as "60-minute window" (002:28) is a duration, not a figure; "30,000-strong"
/// is the one hyphenated form kept, because it counts people.
/// </summary>
internal static partial class NumberScanner
{
    private static readonly HashSet<string> TimeUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        "year",
        "years",
        "month",
        "months",
        "week",
        "weeks",
        "day",
        "days",
        "hour",
        "hours",
        "minute",
        "minutes",
        "second",
        "seconds",
        "decade",
        "decades",
        "century",
        "centuries",
    };

    /// <summary>Words after which a spelled-out number is not counting anything ("three of", "two times").</summary>
    private static readonly HashSet<string> NotCountedAfterWords = new(
        StringComparer.OrdinalIgnoreCase
    )
    {
        "of",
        "and",
        "or",
        "to",
        "times",
        "is",
        "are",
        "was",
        "were",
        "have",
        "has",
        "had",
        "said",
        "says",
        "who",
        "which",
        "that",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "as",
        "than",
        "but",
    };

    public static IReadOnlyList<NumberMention> Scan(string sentence)
    {
        var text = MaskNoise(sentence);
        var mentions = new List<NumberMention>();
        foreach (Match match in DigitsPattern().Matches(text))
        {
            var mention = FromDigits(text, match);
            if (mention is not null)
            {
                mentions.Add(mention);
            }
        }
        foreach (var phrase in NumberWords.FindPhrases(text))
        {
            if (mentions.Any(m => m.Start < phrase.End && phrase.Start < m.End))
            {
                continue;
            }
            var mention = FromWords(text, phrase);
            if (mention is not null)
            {
                mentions.Add(mention);
            }
        }
        foreach (Match match in FractionsOf(text))
        {
            var fraction = match.Groups["f"];
            if (
                mentions.Any(m =>
                    m.Start < fraction.Index + fraction.Length && fraction.Index < m.End
                )
            )
            {
                continue;
            }
            mentions.Add(
                new NumberMention(
                    fraction.Index,
                    fraction.Index + fraction.Length,
                    Math.Round(FractionValue(match) * 100, 2),
                    null,
                    PercentKind.Percent,
                    HasScale: false,
                    IsWords: true,
                    IsQualitative: false
                )
            );
        }
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return mentions;
    }

    /// <summary>
    /// The matches of <see cref="FractionPattern"/>. Every one names a fraction, so a sentence without any of the
    /// fraction words (nearly all of them) is never run through the pattern.
    /// </summary>
    private static IEnumerable<Match> FractionsOf(string text) =>
        text.AsSpan().ContainsAny(FractionWords) ? FractionPattern().Matches(text) : [];

    private static readonly SearchValues<string> FractionWords = SearchValues.Create(
        ["third", "quarter", "fifth", "half"],
        StringComparison.OrdinalIgnoreCase
    );

    /// <summary>"two-thirds of casualties" is a share: 66.67 percent.</summary>
    private static double FractionValue(Match match)
    {
        var numerator = match.Groups["n"].Success
            ? match.Groups["n"].Value.ToLowerInvariant() switch
            {
                "two" => 2,
                "three" => 3,
                "four" => 4,
                _ => 1,
            }
            : 1;
        var denominator = match.Groups["d"].Value.ToLowerInvariant().TrimEnd('s') switch
        {
            "half" => 2,
            "third" => 3,
            "quarter" => 4,
            _ => 5,
        };
        return (double)numerator / denominator;
    }

    /// <summary>URLs and ISO dates (001:19 carries both) are blanked so that their digits are never read.</summary>
    private static string MaskNoise(string text) =>
        NoisePattern().Replace(text, m => new string(' ', m.Length));

    private static NumberMention? FromDigits(string text, Match match)
    {
        var num = match.Groups["num"].Value;
        var start = match.Index;
        var end = match.Index + match.Length;
        var hasScale = match.Groups["scale"].Success;
        var currency = CurrencyOf(match);
        var percent = PercentOf(match.Groups["pct"]);
        var before = TextWindow.Before(text, start);
        var after = TextWindow.After(text, end);

        // Letters glued to the number: ordinals (24th), decades (1990s), model names (5G).
        if (after.Length > 0 && char.IsLetter(after[0]))
        {
            return null;
        }
        // Model names and codes: F-16, Su-34, COVID-19, G7.
        if (LetterCodeBefore().IsMatch(before))
        {
            return null;
        }
        // The second year of a span: "2024-25", "2023/24".
        if (YearSpanBefore().IsMatch(before))
        {
            return null;
        }
        // Clock times 10:30, 3 p.m.
        if (ClockAfter().IsMatch(after))
        {
            return null;
        }
        // Codes with a leading zero (02) are never counts.
        if (num.Length > 1 && num[0] == '0' && !num.Contains('.'))
        {
            return null;
        }
        var plain = currency is null && percent == PercentKind.None && !hasScale;
        if (plain)
        {
            // Only a day can follow or precede a month: "In December 35,000 soldiers…" is a count.
            var couldBeDay =
                num.Length <= 2 && int.Parse(num, CultureInfo.InvariantCulture) is >= 1 and <= 31;
            if (
                IsLabelBefore(before)
                || (couldBeDay && (DateBefore().IsMatch(before) || DateAfter().IsMatch(after)))
            )
            {
                return null;
            }
            // A small number right after a capitalised word inside a sentence names a model: "Leopard 2 tanks".
            if (num.Length <= 2 && !num.Contains('.') && ModelNameBefore().IsMatch(before))
            {
                return null;
            }
            if (IsYear(num, before, after))
            {
                return null;
            }
            if (IsDuration(after))
            {
                return null;
            }
        }
        if (
            HyphenAdjectiveAfter().IsMatch(after)
            && !after.StartsWith("-strong", StringComparison.OrdinalIgnoreCase)
        )
        {
            return null;
        }
        var value = double.Parse(
            num.Replace(",", ""),
            NumberStyles.Float,
            CultureInfo.InvariantCulture
        );
        if (hasScale)
        {
            value *= NumberWords.Scale(match.Groups["scale"].Value) ?? 1;
        }
        // A run of hundreds of digits is a code or garbage, and infinity cannot be written as JSON.
        if (!double.IsFinite(value) || value > 1e18)
        {
            return null;
        }
        return new NumberMention(
            start,
            end,
            value,
            currency,
            percent,
            hasScale,
            IsWords: false,
            IsQualitative: false
        );
    }

    private static NumberMention? FromWords(string text, NumberWordPhrase phrase)
    {
        var start = phrase.Start;
        var end = phrase.End;
        var before = TextWindow.Before(text, start);
        var after = TextWindow.After(text, end);
        // "nine-year", "two-thirds": a word number glued to another word is an adjective or a fraction.
        if (before.EndsWith('-') || after.StartsWith('-'))
        {
            return null;
        }
        var vague = phrase.IsVague;
        var next = NextWord().Match(after);
        if (!vague)
        {
            if (
                !next.Success
                || NotCountedAfterWords.Contains(next.Groups[1].Value)
                || IsLabelBefore(before)
            )
            {
                return null;
            }
        }
        if (next.Success && TimeUnits.Contains(next.Groups[1].Value))
        {
            return null;
        }
        var words = text[start..end];
        var value = vague ? NumberWords.ParseVague(words) : NumberWords.Parse(words);
        if (value is null or > 1e18)
        {
            return null;
        }
        var percent = PercentOf(
            PercentAfter().Match(after) is { Success: true } pct ? pct.Groups["pct"] : Match.Empty
        );
        if (percent != PercentKind.None)
        {
            end += PercentAfter().Match(after).Length;
        }
        return new NumberMention(
            start,
            end,
            value.Value,
            null,
            percent,
            HasScale: false,
            IsWords: true,
            IsQualitative: vague
        );
    }

    /// <summary>
    /// True when a label ("Article", "No.", "#") ends the text before a number. A label is one word, so only the
    /// last word is matched: the pattern, anchored at the end, would otherwise be tried at every offset of the window.
    /// </summary>
    private static bool IsLabelBefore(string before)
    {
        var end = before.Length;
        while (end > 0 && char.IsWhiteSpace(before[end - 1]))
        {
            end--;
        }
        var start = end;
        while (start > 0 && !char.IsWhiteSpace(before[start - 1]))
        {
            start--;
        }
        return LabelBefore().IsMatch(before.AsSpan(start));
    }

    private static bool IsYear(string num, string before, string after)
    {
        if (num.Length != 4 || num.Contains('.') || num.Contains(','))
        {
            return false;
        }
        var year = int.Parse(num, CultureInfo.InvariantCulture);
        if (year is < 1000 or > 2199)
        {
            return false;
        }
        // "2,000 troops" has a separator; a bare "2000 troops" is read as a count only when a plural noun follows.
        var next = NextWord().Match(after);
        var word = next.Success ? next.Groups[1].Value : "";
        var pluralNext =
            word.EndsWith('s')
            && char.IsLower(word[0])
            && !NotCountedAfterWords.Contains(word)
            && word
                is not (
                    "since"
                    or "its"
                    or "his"
                    or "this"
                    or "us"
                    or "as"
                    or "has"
                    or "was"
                    or "is"
                    or "yes"
                    or "towards"
                );
        return year >= 1800 ? !pluralNext : YearPrepositionBefore().IsMatch(before);
    }

    private static bool IsDuration(string after)
    {
        var next = NextWord().Match(after);
        return next.Success && TimeUnits.Contains(next.Groups[1].Value);
    }

    private static string? CurrencyOf(Match match)
    {
        var symbol =
            match.Groups["cur"].Success ? match.Groups["cur"].Value
            : match.Groups["code"].Success ? match.Groups["code"].Value
            : match.Groups["curword"].Success ? match.Groups["curword"].Value
            : null;
        return symbol?.ToLowerInvariant() switch
        {
            null => null,
            "$" or "us$" or "usd" or "dollars" or "us dollars" => "USD",
            "€" or "eur" or "euros" => "EUR",
            "£" or "gbp" or "pounds" or "pounds sterling" => "GBP",
            "roubles" or "rubles" => "RUB",
            "hryvnia" or "hryvnias" => "UAH",
            "yuan" => "CNY",
            "yen" => "JPY",
            _ => symbol.ToUpperInvariant(),
        };
    }

    private static PercentKind PercentOf(Group group)
    {
        if (!group.Success || group.Length == 0)
        {
            return PercentKind.None;
        }
        return group.Value.Contains("point", StringComparison.OrdinalIgnoreCase)
            ? PercentKind.PercentagePoints
            : PercentKind.Percent;
    }

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}.,:/#_])(?:(?<cur>[$€£])\s?|(?<code>USD|EUR|GBP|US\$)\s?)?(?<num>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)(?![.,]?[0-9])(?:(?<scale>\s?(?i:thousand|million|billion|trillion)\b|(?:bn|mn|m|k)\b|\s(?:bn|mn)\b))?(?:\s(?<curword>(?:US\s)?(?i:dollars|euros|pounds(?:\ssterling)?|roubles|rubles|hryvnias?|yuan|yen)|USD|EUR|GBP|RUB|UAH|CNY|JPY|CHF)\b)?(?<pct>\s?%|\s?(?i:per\s?cent|percent|percentage\s+points?)\b)?",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex DigitsPattern();

    [GeneratedRegex(
        @"^(?<pct>\s?%|\s(?:per\s?cent|percent|percentage\s+points?)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex PercentAfter();

    [GeneratedRegex(
        @"\b(?<f>(?<n>a|one|two|three|four)[\s-](?<d>thirds?|quarters?|fifths?)|(?<d>half))\s+of\s+(?!an?\s+(?:hour|century|mile|million|billion|thousand|point)\b)(?!the\s+(?:year|century)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex FractionPattern();

    [GeneratedRegex(
        @"https?://\S+|www\.\S+|\b[0-9]{4}-[0-9]{2}-[0-9]{2}\b|\b[0-9]{1,2}/[0-9]{1,2}/[0-9]{2,4}\b",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex NoisePattern();

    [GeneratedRegex(@"[\p{Ll}\p{N},;]\s+\p{Lu}\p{Ll}+\s$", RegexOptions.CultureInvariant)]
    private static partial Regex ModelNameBefore();

    [GeneratedRegex(@"(?<![0-9])(?:1[89]|20|21)[0-9]{2}[-–/]$", RegexOptions.CultureInvariant)]
    private static partial Regex YearSpanBefore();

    [GeneratedRegex(@"\p{L}-?$", RegexOptions.CultureInvariant)]
    private static partial Regex LetterCodeBefore();

    [GeneratedRegex(
        @"^(?::[0-9]|\s?(?:[ap]\.m\.|[ap]m\b|GMT\b|UTC\b|CET\b|EST\b|o['’]clock|hrs\b|h\b|local time))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex ClockAfter();

    [GeneratedRegex(
        @"(?:\b(?:Article|Section|Chapter|Paragraph|Clause|Part|Page|Item|Rule|Amendment|Phase|Stage|Round|Level|Category|Grade|Volume|Vol\.|Nos?\.|Number|Resolution|Flight|Route|Highway|Room|Protocol|Annex|Step|Episode|Season|War|Model|Version|Table|Figure|Fig\.)|#)\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex LabelBefore();

    [GeneratedRegex(
        @"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex DateBefore();

    [GeneratedRegex(
        @"^(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex DateAfter();

    [GeneratedRegex(
        @"\b(?:in|since|of|from|by|until|till|before|after|year|during)\s+$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex YearPrepositionBefore();

    [GeneratedRegex(@"^-\p{L}", RegexOptions.CultureInvariant)]
    private static partial Regex HyphenAdjectiveAfter();

    [GeneratedRegex(@"^[\s,]*([\p{L}][\p{L}'’]*)", RegexOptions.CultureInvariant)]
    private static partial Regex NextWord();
}
