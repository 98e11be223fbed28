using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using NewsBot.Core.Text;

namespace NewsBot.Core.Figures;

/// <summary>
/// Finds the numbers of a sentence that can be figures of interest: digits with separators, decimals,
/// scale words, currencies and percent signs, numbers written as words, numbers inside a hyphenated
/// compound ("a 25-room home", "the six-member team", "a nine-year war") and ordinals that name a
/// position ("the 62nd minute"). Years, dates, days of the month, clock times, phone numbers, labels
/// ("Article 5", "World War 2"), model names ("F-16", "COVID-19"), times ago ("four years ago") and
/// leading-zero codes are left out: they count nothing. Only ASCII digits are read ("१८" is not 18 here).
/// </summary>
internal static partial class NumberScanner
{
    internal static readonly HashSet<string> TimeUnits = Lexicon.Load("time-units");

    /// <summary>Words after which a spelled-out number is not counting anything ("three of", "two times").</summary>
    private static readonly HashSet<string> NotCountedAfterWords = Lexicon.Load(
        "not-counted-after-words"
    );

    /// <summary>Words glued to a number by a hyphen that make no count: "one-sided", "two-way", "three-fold".</summary>
    /// <summary>Words ending in "s" that are no plural noun: "by 2020 its", "in 2015 since" leave the year a year.</summary>
    private static readonly HashSet<string> NotPluralNouns = Lexicon.LoadAsWritten(
        "not-plural-nouns"
    );

    private static readonly HashSet<string> NotCompounds = Lexicon.Load("not-compounds");

    public static IReadOnlyList<NumberMention> Scan(string sentence)
    {
        // Most sentences have no digit: the digit pattern cannot match in them, nor can the noise but for a URL, and
        // they are not run through either.
        var hasDigits = sentence.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
        var text =
            hasDigits
            || sentence.Contains("://", StringComparison.Ordinal)
            || sentence.Contains("www.", StringComparison.Ordinal)
                ? MaskNoise(sentence)
                : sentence;
        var mentions = new List<NumberMention>();
        if (hasDigits)
        {
            mentions.AddRange(SlashFractions(text));
            mentions.AddRange(ScientificNumbers(text));
            foreach (Match match in DigitsPattern().Matches(text))
            {
                if (Overlaps(mentions, match.Index, match.Index + match.Length))
                {
                    continue;
                }
                var mention = FromDigits(text, match);
                if (mention is not null)
                {
                    mentions.Add(mention);
                }
            }
        }
        foreach (var phrase in NumberWords.FindPhrases(text))
        {
            if (Overlaps(mentions, phrase.Start, phrase.End))
            {
                continue;
            }
            var mention = FromWords(text, phrase);
            if (mention is not null)
            {
                mentions.Add(mention);
            }
        }
        if (HasNumberWordBeforeHyphen(text))
        {
            foreach (var mention in WordCompounds(text).Concat(SuspendedCompounds(text)))
            {
                if (!Overlaps(mentions, mention.Start, mention.End))
                {
                    mentions.Add(mention);
                }
            }
        }
        foreach (Match match in FractionsOf(text))
        {
            var fraction = match.Groups["f"];
            if (Overlaps(mentions, fraction.Index, fraction.Index + fraction.Length))
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
                    IsVague: false
                )
            );
        }
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return mentions;
    }

    /// <summary>
    /// "1/16 of a pint" is that part of the unit (0.0625 pint); "3/4 of the ballots" a share, as "three-quarters of"
    /// is (75 percent). Only a fraction followed by "of" is read, so that "24/7" and scores stay what they are.
    /// </summary>
    private static IEnumerable<NumberMention> SlashFractions(string text)
    {
        if (text.IndexOfAny(['/', '⁄']) < 0)
        {
            yield break;
        }
        foreach (Match match in SlashFractionPattern().Matches(text))
        {
            var denominator = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
            if (denominator == 0)
            {
                continue;
            }
            var fraction =
                int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture)
                / (double)denominator;
            var end = match.Groups["d"].Index + match.Groups["d"].Length;
            var unit = match.Groups["unit"].Success
                ? UnitsOfMeasure.After(text[match.Groups["unit"].Index..], glued: true)
                : null;
            yield return unit is not null
                ? new NumberMention(
                    match.Index,
                    end,
                    fraction,
                    null,
                    PercentKind.None,
                    HasScale: false,
                    IsWords: false,
                    IsVague: false
                )
                {
                    MeasureUnit = unit.Name,
                }
                : new NumberMention(
                    match.Index,
                    end,
                    Math.Round(fraction * 100, 2),
                    null,
                    PercentKind.Percent,
                    HasScale: false,
                    IsWords: false,
                    IsVague: false
                );
        }
    }

    /// <summary>
    /// "1.99×10−30 kilograms", "6.02 x 10^23": a number in scientific notation is one number, not three. The exponent
    /// needs its caret or its minus sign, so that "the 4 x 100m relay" stays two numbers.
    /// </summary>
    private static IEnumerable<NumberMention> ScientificNumbers(string text)
    {
        if (text.IndexOfAny(['×', 'x']) < 0)
        {
            yield break;
        }
        foreach (Match match in ScientificPattern().Matches(text))
        {
            var exponent = int.Parse(
                match.Groups["exp"].Value,
                NumberStyles.Integer,
                CultureInfo.InvariantCulture
            );
            var value =
                double.Parse(match.Groups["num"].Value, CultureInfo.InvariantCulture)
                * Math.Pow(10, match.Groups["neg"].Success ? -exponent : exponent);
            if (double.IsFinite(value))
            {
                yield return new NumberMention(
                    match.Index,
                    match.Index + match.Length,
                    value,
                    null,
                    PercentKind.None,
                    HasScale: true,
                    IsWords: false,
                    IsVague: false
                );
            }
        }
    }

    private static bool Overlaps(List<NumberMention> mentions, int start, int end) =>
        mentions.Any(m => m.Start < end && start < m.End);

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

    /// <summary>"two-thirds of casualties" is a share: 66.67 percent; "rose by a third" a change of 33.33 percent.</summary>
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

    /// <summary>URLs, ISO dates (001:19 carries both) and phone numbers are blanked so that their digits are never read.</summary>
    private static string MaskNoise(string text) =>
        NoisePattern().Replace(text, m => new string(' ', m.Length));

    private static NumberMention? FromDigits(string text, Match match)
    {
        var num = match.Groups["num"].Value;
        var start = match.Index;
        var end = match.Index + match.Length;
        var hasScale = match.Groups["scale"].Success;
        var currency = CurrencyOf(match);
        // "weighed 82 pounds (37 kg)" is a weight: the word is left after the number as its unit.
        if (
            currency == "GBP"
            && match.Groups["curword"].Success
            && WeighBefore().IsMatch(TextWindow.Before(text, match.Index))
        )
        {
            currency = null;
            end = match.Groups["curword"].Index - 1;
        }
        var percent = PercentOf(match.Groups["pct"]);
        var before = TextWindow.Before(text, start);
        var after = TextWindow.After(text, end);
        var isOrdinal = false;
        // "a 37m (121ft) skeleton": an "m" converted in brackets into feet is metres, not millions.
        var metres =
            hasScale
            && currency is null
            && match.Groups["scale"].Value == "m"
            && FeetConversionAfter().IsMatch(after);
        if (metres)
        {
            hasScale = false;
        }
        // A currency sign after the number, as much of Europe writes it: "1,200€", "15 €".
        if (
            currency is null
            && percent == PercentKind.None
            && TrailingCurrency().Match(after) is { Success: true } sign
        )
        {
            currency = Currencies.CodeOf(sign.Groups["sign"].Value);
            end += sign.Length;
            after = after[sign.Length..];
        }
        // "1010 ± 195 light years", "40.3 ± 0.1 days": the margin of error belongs to the number before it, and the
        // unit after the margin is that number's.
        if (MarginAfter().Match(after) is { Success: true } margin)
        {
            end += margin.Length;
            after = after[margin.Length..];
        }
        // A unit of measure glued to the number: "50mph", "54GB", "5-10W", "32m2", "40min".
        string? unit = null;
        if (
            currency is null
            && percent == PercentKind.None
            && !hasScale
            && after.Length > 0
            && !char.IsWhiteSpace(after[0])
            && UnitsOfMeasure.After(after, glued: true) is { } glued
        )
        {
            unit = glued.Name;
            end += glued.Length;
            after = after[glued.Length..];
        }
        if (metres)
        {
            unit = "metre";
        }

        // Letters glued to the number: ordinals (62nd), decades (1990s), model names (5G).
        if (after.Length > 0 && char.IsLetter(after[0]))
        {
            var suffix = OrdinalSuffix().Match(after);
            if (!suffix.Success || num.Contains('.') || hasScale || currency is not null)
            {
                return null;
            }
            // "the 24th of May", "May 24th": a date, not a position.
            if (
                DateAfter().IsMatch(after[suffix.Length..])
                || DateBefore().IsMatch(before)
                || DayOfMonthAfter().IsMatch(after[suffix.Length..])
            )
            {
                return null;
            }
            isOrdinal = true;
            end += suffix.Length;
            after = after[suffix.Length..];
        }
        // The margin of error of the number before it is not a figure of its own.
        if (MarginBefore().IsMatch(before))
        {
            return null;
        }
        // Model names and codes: F-16, Su-34, COVID-19, G7.
        if (LetterCodeBefore().IsMatch(before) && !MinusBefore().IsMatch(before))
        {
            return null;
        }
        // The second year of a span: "2024-25", "2023/24".
        if (YearSpanBefore().IsMatch(before))
        {
            return null;
        }
        // Clock times 10:30, 3 p.m., 1922 UTC.
        if (ClockAfter().IsMatch(after))
        {
            return null;
        }
        // Codes with a leading zero (02) are never counts.
        if (num.Length > 1 && num[0] == '0' && !num.Contains('.'))
        {
            return null;
        }
        var plain = currency is null && percent == PercentKind.None && !hasScale && unit is null;
        if (plain && !isOrdinal)
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
            // A small number right after a capitalised word inside a sentence names a model: "Leopard 2 tanks",
            // "a Boeing 707 cargo plane" (but not the score of "defeated South Korea 1 – 0").
            // A unit of measure after it makes it a measure whatever stands before: "the 1520 sq m centre", "Pro 16 inch".
            var measured = UnitsOfMeasure.After(after, glued: false) is not null;
            if (
                num.Length <= 3
                && !num.Contains('.')
                && !measured
                && ModelNameBefore().IsMatch(before)
                && !DashNumberAfter().IsMatch(after)
            )
            {
                return null;
            }
            // "iPhone 11", "FTSE 100", "S&P 500": a number after a camel-case or capitals name is part of the name.
            if (
                !measured
                && num.Length <= 3
                && !num.Contains('.')
                && ProductNameBefore().IsMatch(before)
                && !DashNumberAfter().IsMatch(after)
            )
            {
                return null;
            }
            if (!measured && IsYear(num, before, after))
            {
                return null;
            }
            if (AgoAfter().IsMatch(after) || AddressAfter().IsMatch(after))
            {
                return null;
            }
            // "18.9 deaths per 100,000 people": the rate's denominator is not a count of people.
            if (EveryBefore().IsMatch(before))
            {
                return null;
            }
            // "\"19\" for the year": a number quoted as a word is named, not counted.
            if (
                before.EndsWith('"') && after.StartsWith('"')
                || before.EndsWith('“') && after.StartsWith('”')
            )
            {
                return null;
            }
        }
        string? compound = null;
        if (CompoundAfter().Match(after) is { Success: true } hyphened)
        {
            var word = hyphened.Groups["w"].Value;
            var year = num.Length == 4 && !num.Contains(',') && num[0] is '1' or '2';
            if (
                isOrdinal
                || year
                || NotCompounds.Contains(word)
                || !string.Equals(word, word.ToLowerInvariant(), StringComparison.Ordinal)
            )
            {
                return null;
            }
            // "30,000-strong" counts the people of the noun after it: nothing glued to keep.
            if (!word.Equals("strong", StringComparison.OrdinalIgnoreCase))
            {
                compound = word;
                end += hyphened.Length;
            }
        }
        else if (HyphenAfter().IsMatch(after))
        {
            return null; // "3-D", "5-G": a letter code, not a count
        }
        var value = double.Parse(
            num.Replace(",", ""),
            NumberStyles.Float,
            CultureInfo.InvariantCulture
        );
        if (hasScale)
        {
            // "4 hundred million": every scale word multiplies.
            foreach (
                var word in match
                    .Groups["scale"]
                    .Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            )
            {
                value *= NumberWords.Scale(word) ?? 1;
            }
        }
        // A run of hundreds of digits is a code or garbage, and infinity cannot be written as JSON.
        if (!double.IsFinite(value) || value > 1e18)
        {
            return null;
        }
        // "minus 387 degrees", "minus-5 yards": the word is the number's sign.
        if (MinusBefore().Match(before) is { Success: true } minus)
        {
            value = -value;
            start -= minus.Length;
        }
        return new NumberMention(
            start,
            end,
            value,
            currency,
            percent,
            hasScale,
            IsWords: false,
            IsVague: false
        )
        {
            Compound = compound,
            IsOrdinal = isOrdinal,
            MeasureUnit = unit,
        };
    }

    private static NumberMention? FromWords(string text, NumberWordPhrase phrase)
    {
        var start = phrase.Start;
        var end = phrase.End;
        var before = TextWindow.Before(text, start);
        var after = TextWindow.After(text, end);
        // "nine-year", "two-thirds": a word number glued to another word is read as a compound, not here.
        if (before.EndsWith('-') || after.StartsWith('-'))
        {
            return null;
        }
        var words = text[start..end];
        var vague = phrase.IsVague;
        var next = NextWord().Match(after);
        var nextWord = next.Success ? next.Groups[1].Value : "";
        // "all aged fifteen", "two and one package", "one or two points": kept although no noun follows.
        var isAge = AgeBefore().IsMatch(before);
        // "one out of every thousand children" is a rate's denominator, not a count.
        if (EveryBefore().IsMatch(before))
        {
            return null;
        }
        var coordinated = CoordinatedAfter().IsMatch(after) || CoordinatedBefore().IsMatch(before);
        // "two thirds of those infected" is a fraction, read as a share elsewhere.
        if (FractionWord().IsMatch(nextWord))
        {
            return null;
        }
        if (words.Equals("one", StringComparison.OrdinalIgnoreCase))
        {
            // "one" alone is rarely a count ("one of them", "one day"): only in a list of numbers, after "aged", as a
            // rate ("one pack per order") or before the noun it counts ("one proposal", "at one point").
            if (
                !coordinated
                && !isAge
                && !RateAfter().IsMatch(after)
                && !CountsNoun(words, before, after)
            )
            {
                return null;
            }
        }
        else if (!vague && !isAge && !coordinated)
        {
            if (!next.Success || NotCountedAfterWords.Contains(nextWord) || IsLabelBefore(before))
            {
                return null;
            }
        }
        if (AgoAfter().IsMatch(after))
        {
            return null;
        }
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
            IsVague: vague
        );
    }

    /// <summary>
    /// "one" before a lowercase noun counts it ("One proposal asks…", "in just one area"); not as a pronoun ("each one
    /// they lose", "one more"), a time ("one day"), a name ("BBC One") or before another number ("one 52,000-seat").
    /// </summary>
    private static bool CountsNoun(string one, string before, string after)
    {
        if (char.IsUpper(one[0]) && before.TrimEnd().Length > 0 && !SentenceEnd().IsMatch(before))
        {
            return false; // "BBC One": a capital "One" within a sentence is a name
        }
        var next = NounAfterOne().Match(after);
        if (!next.Success)
        {
            return false;
        }
        var noun = next.Groups[1].Value;
        var previous = LastWord().Match(before);
        return !IdiomAfterNoun().IsMatch(after[next.Length..])
            && !Lexicon.IsStopWord(noun)
            && !NotCountedAfterWords.Contains(noun)
            && !TimeUnits.Contains(noun)
            && !Lexicon.PronounOneWords.Contains(noun)
            && !(previous.Success && Lexicon.PronounOneWords.Contains(previous.Groups[1].Value));
    }

    /// <summary>
    /// Whether some hyphen has a number word right before it ("nine-year", "six - member"): most sentences with a
    /// hyphen have none, and are not run through <see cref="HyphenatedWords"/>.
    /// </summary>
    private static bool HasNumberWordBeforeHyphen(string text)
    {
        for (var at = text.IndexOf('-'); at > 0; at = text.IndexOf('-', at + 1))
        {
            var end = at > 1 && text[at - 1] == ' ' ? at - 1 : at;
            var start = end;
            while (start > 0 && char.IsAsciiLetter(text[start - 1]))
            {
                start--;
            }
            if (end > start && NumberWords.IsCardinalWord(text[start..end]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Number words glued to a noun by a hyphen: "a nine-year war", "a one-pack limit", "the six - member team" (a
    /// spacing artefact of copied text, eval 305:5), "a twenty-five-year-old".
    /// </summary>
    private static IEnumerable<NumberMention> WordCompounds(string text)
    {
        foreach (Match match in HyphenatedWords().Matches(text))
        {
            var parts = match.Value.Split('-').Select(p => p.Trim()).ToArray();
            // The longest run of leading parts that reads as a number: "twenty-five-year-old" is 25 + "year-old".
            for (var taken = Math.Min(2, parts.Length - 1); taken >= 1; taken--)
            {
                var number = string.Join('-', parts[..taken]);
                var rest = string.Join('-', parts[taken..]);
                if (
                    !NumberWords.IsCardinalWord(number)
                    || rest.Length == 0
                    || !char.IsLower(rest[0])
                    || NotCompounds.Contains(parts[taken])
                )
                {
                    continue;
                }
                var value = NumberWords.Parse(number);
                if (value is null)
                {
                    continue;
                }
                if (AgoAfter().IsMatch(TextWindow.After(text, match.Index + match.Length)))
                {
                    break;
                }
                yield return new NumberMention(
                    match.Index,
                    match.Index + match.Length,
                    value.Value,
                    null,
                    PercentKind.None,
                    HasScale: false,
                    IsWords: true,
                    IsVague: false
                )
                {
                    Compound = rest,
                };
                break;
            }
        }
    }

    /// <summary>
    /// Number words whose hyphen waits for the noun of the last one: "four-, five- and six-cylinder engines", "two- or
    /// three-bedroom flats". Each counts the noun the list ends with ("six-cylinder" itself is a compound as any).
    /// </summary>
    private static IEnumerable<NumberMention> SuspendedCompounds(string text)
    {
        foreach (Match match in SuspendedHyphens().Matches(text))
        {
            var noun = match.Groups["w"].Value;
            if (NotCompounds.Contains(noun))
            {
                continue;
            }
            foreach (Capture number in match.Groups["n"].Captures)
            {
                if (
                    NumberWords.IsCardinalWord(number.Value)
                    && NumberWords.Parse(number.Value) is { } value
                )
                {
                    yield return new NumberMention(
                        number.Index,
                        number.Index + number.Length + 1,
                        value,
                        null,
                        PercentKind.None,
                        HasScale: false,
                        IsWords: true,
                        IsVague: false
                    )
                    {
                        Compound = noun,
                    };
                }
            }
        }
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
        // "by 2120, scientists warn": a noun past a comma is not what the number counts.
        var pluralNext =
            !after.TrimStart().StartsWith(',')
            && (
                word.EndsWith('s')
                || word.EndsWith("children", StringComparison.Ordinal)
                || word.EndsWith("people", StringComparison.Ordinal)
            )
            && char.IsLower(word[0])
            && !NotCountedAfterWords.Contains(word)
            && !NotPluralNouns.Contains(word);
        // "the 2018 elections", "Tokyo's 2020 Olympics": a year names the event after it.
        if (YearDeterminerBefore().IsMatch(before))
        {
            return true;
        }
        // "In 1979, revolutionaries…", "since 2015 students…": after a preposition it is a year whatever follows.
        // "a survey of 1709 schoolchildren": a plural noun after makes it a count, a preposition before a year.
        return !pluralNext && (YearPrepositionBefore().IsMatch(before) || year >= 1800);
    }

    private static string? CurrencyOf(Match match)
    {
        var written =
            match.Groups["cur"].Success ? match.Groups["cur"].Value
            : match.Groups["code"].Success ? match.Groups["code"].Value
            : match.Groups["curword"].Success ? match.Groups["curword"].Value
            : null;
        return written is null ? null : Currencies.CodeOf(written);
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
        @"(?<![\p{L}\p{N}./⁄])(?<n>[0-9]{1,2})[/⁄](?<d>[0-9]{1,3})(?![\p{L}\p{N}/⁄])(?=\s+of\s+(?:(?:an?|one)\s+(?:(?i:US|U\.S\.|imperial|metric)\s+)?(?<unit>\p{L}))?)",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex SlashFractionPattern();

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}.,])(?<num>[0-9]+(?:\.[0-9]+)?)\s?[×x]\s?10(?:\^(?<neg>[−\-–])?|(?<neg>[−\-–]))(?<exp>[0-9]{1,3})(?![\p{N}.,]?[0-9])",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex ScientificPattern();

    // [0-9], not \d: \d matches every script's digits ("१८"), which the number parser cannot read.
    [GeneratedRegex(
        @"(?<![\p{L}\p{N}.,:/#_$€£¥₹])(?:(?<cur>"
            + Currencies.PrefixPattern
            + @"|[$€£¥₹])\s?|(?<code>"
            + Currencies.CodePattern
            + @")\s?)?(?<num>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?|(?<=\s)\.[0-9]+)(?![.,]?[0-9])(?:(?<scale>\s?(?i:(?:hundred\s)?(?:thousand|million|billion|trillion)|hundred)\b|(?:bn|mn|m|k|tn|M|B)\b|\s(?:bn|mn)\b))?(?:\s(?<curword>"
            + Currencies.NamePattern
            + "|"
            + Currencies.CodePattern
            + @")\b(?!\s+of\b))?(?<pct>\s?%|\s?(?i:per\s?cent|percent|percentage\s+points?)\b|pct?\b)?",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex DigitsPattern();

    [GeneratedRegex(
        @"^(?<pct>\s?%|\s(?:per\s?cent|percent|percentage\s+points?)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex PercentAfter();

    [GeneratedRegex(
        @"(?<!\b(?:first|second|last|latter|other|final)\s)\b(?<f>(?<n>a|one|two|three|four)[\s-](?<d>thirds?|quarters?|fifths?)|(?<d>half))\s+of\s+(?!an?\s+(?:hour|century|mile|million|billion|thousand|point)\b)(?!(?:the|this|that|next|last)\s+(?:year|century|month|week|day|season|decade)\b)|\bby\s+(?<f>(?<n>a|one|two|three)[\s-](?<d>thirds?|quarters?|fifths?)|(?<d>half))\b(?!\s+(?:an?|the)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex FractionPattern();

    /// <summary>URLs, ISO and numeric dates, and phone numbers ("+44 20 7946 0958", "(555) 123-4567", "call 555-1234").</summary>
    [GeneratedRegex(
        @"https?://\S+|www\.\S+|\b[0-9]{4}-[0-9]{2}-[0-9]{2}\b|\b[0-9]{1,2}/[0-9]{1,2}/[0-9]{2,4}\b|(?<![\w,.])\+[0-9]{1,3}[\s.-]?(?:\(?[0-9]{1,5}\)?[\s.-]?){2,5}[0-9]{2,5}\b|(?<![\w,.])\([0-9]{2,5}\)\s?[0-9]{3,4}[\s.-][0-9]{3,4}\b|(?<![\w,.])[0-9]{3,5}[\s.-][0-9]{3,4}[\s.-][0-9]{3,4}\b|(?i:\b(?:call|phone|telephone|tel\.?|hotline|fax|number)\s+(?:on\s+|at\s+)?)[0-9]{3}[\s.-][0-9]{4}\b",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex NoisePattern();

    [GeneratedRegex(@"[\p{Ll}\p{N},;]\s+\p{Lu}\p{Ll}+\s$", RegexOptions.CultureInvariant)]
    private static partial Regex ModelNameBefore();

    [GeneratedRegex(
        @"(?<![\p{L}&])(?:\p{Ll}+\p{Lu}\p{L}*|\p{Lu}[\p{Lu}&]*\p{Lu})\s$",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex ProductNameBefore();

    [GeneratedRegex(@"(?<![0-9])(?:1[89]|20|21)[0-9]{2}[-–/]$", RegexOptions.CultureInvariant)]
    private static partial Regex YearSpanBefore();

    [GeneratedRegex(
        @"^(?:\s?[-–—‒]\s?[0-9]|\s+(?:points?|goals?|runs?|votes?)\s+(?:to|against)\b)",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex DashNumberAfter();

    /// <summary>"at 36 Quai des Orfèvres", "10 Downing Street": a house number.</summary>
    [GeneratedRegex(
        @"^\s+(?:(?:Quai|Rue|Via|Calle|Avenida|Avenue|Boulevard)\b|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Boulevard|Blvd\.?|Lane|Drive|Place|Square|Terrace|Crescent|Way|Close|Court)\b)",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex AddressAfter();

    [GeneratedRegex(
        @"(?:\bthe|['’]s)\s+$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex YearDeterminerBefore();

    [GeneratedRegex(@"\p{L}-?$", RegexOptions.CultureInvariant)]
    private static partial Regex LetterCodeBefore();

    [GeneratedRegex(@"^\s?(?<sign>[€£¥₹])(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingCurrency();

    [GeneratedRegex(@"\bminus[\s-]$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MinusBefore();

    [GeneratedRegex(
        @"^(?::[0-9]|\s?(?:[ap]\.m\.|[ap]m\b|GMT\b|UTC\b|CET\b|CEST\b|EST\b|EDT\b|PST\b|PDT\b|BST\b|IST\b|o['’]clock|hrs\b|h\b|local\s+time))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex ClockAfter();

    [GeneratedRegex(
        @"(?:\b(?:Article|Section|Chapter|Paragraph|Clause|Part|Page|Item|Rule|Amendment|Phase|Stage|Round|Level|Category|Grade|Volume|Vol\.|Nos?\.|Number|Resolution|Flight|Route|Highway|Interstate|Room|Protocol|Annex|Step|Episode|Season|War|Model|Version|Table|Figure|Fig\.|Group|Day|Game|Match|Week|Platform|Gate|Terminal|Channel|Unit|Block|Apollo|Windows|Pixel|Boeing|Airbus)|#)\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex LabelBefore();

    [GeneratedRegex(
        @"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?:the\s+)?(?:[0-9]{1,2}(?:st|nd|rd|th)?\s*(?:,|and|or|to|[-–])\s*)?$",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex DateBefore();

    [GeneratedRegex(
        @"^(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex DateAfter();

    /// <summary>"the 3rd, the 24th" at the end of a clause: a day of a month named before.</summary>
    [GeneratedRegex(@"^\s*(?:[,.;)]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex DayOfMonthAfter();

    [GeneratedRegex(@"^(?:st|nd|rd|th)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OrdinalSuffix();

    [GeneratedRegex(
        @"\b(?:in|since|of|from|by|until|till|before|after|year|during)\s+$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex YearPrepositionBefore();

    /// <summary>A lower-case word glued by a hyphen (or a hyphen with a space each side): "-room", "-year-old", " - member".</summary>
    [GeneratedRegex(
        @"^(?:-|\s-\s)(?<w>\p{Ll}+(?:-\p{Ll}+)*)\b(?!-)",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex CompoundAfter();

    [GeneratedRegex(@"^-\p{L}", RegexOptions.CultureInvariant)]
    private static partial Regex HyphenAfter();

    /// <summary>"four-, five- and six-cylinder": the words left hanging on a hyphen, then the compound that ends the list.</summary>
    [GeneratedRegex(
        @"(?<![\p{L}\p{N}-])(?:(?<n>[A-Za-z]+)-(?:,\s*|\s+))+(?:and|or|to)\s+[A-Za-z]+-(?<w>\p{Ll}+)\b(?!-)",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex SuspendedHyphens();

    /// <summary>Words joined by hyphens, or two words around a hyphen with a space each side.</summary>
    [GeneratedRegex(
        @"(?<![\p{L}\p{N}-])[A-Za-z]+(?:(?:-|\s-\s)[A-Za-z]+)+(?![\p{L}\p{N}])",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex HyphenatedWords();

    /// <summary>"four years ago", "two weeks earlier" name a date, not a length of time.</summary>
    [GeneratedRegex(
        @"^[\s-]*(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)\s+(?:ago|earlier|before|later|after|prior)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex AgoAfter();

    [GeneratedRegex(
        @"\b(?:every|each|per)\s+$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex EveryBefore();

    [GeneratedRegex(
        @"^(?:thirds?|quarters?|fifths?|halves|half)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex FractionWord();

    [GeneratedRegex(
        @"\b(?:weigh(?:s|ed|ing)?|weight\s+of)\s+(?:(?:about|around|roughly|nearly|almost|just|over|under|only)\s+)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex WeighBefore();

    [GeneratedRegex(
        @"\b(?:aged|age\s+of|ages)\s+$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex AgeBefore();

    /// <summary>"two and one package", "one or two points", "two to three weeks": another number follows.</summary>
    [GeneratedRegex(
        @"^\s*(?:,\s*)?(?:and|or|to)\s+(?:[0-9]|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\b)",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex CoordinatedAfter();

    [GeneratedRegex(
        @"(?:[0-9]|\b(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred))\s*,?\s+(?:and|or|to)\s+$",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex CoordinatedBefore();

    /// <summary>"one pack per order", "one meal a day": a rate of one.</summary>
    [GeneratedRegex(
        @"^\s+\p{Ll}+\s+(?:per|each|every|a\s+(?:day|week|month|year|person|customer))\b",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex RateAfter();

    [GeneratedRegex(@"^[\s,]*([\p{L}][\p{L}'’]*)", RegexOptions.CultureInvariant)]
    private static partial Regex NextWord();

    /// <summary>The lowercase word right after "one", a space apart (no comma: "one, two").</summary>
    [GeneratedRegex(@"^ (\p{Ll}[\p{Ll}-]*)\b(?!['’-])", RegexOptions.CultureInvariant)]
    private static partial Regex NounAfterOne();

    [GeneratedRegex(@"(\p{L}+)\W*$", RegexOptions.CultureInvariant)]
    private static partial Regex LastWord();

    [GeneratedRegex(
        @"^\s*\(\s*[0-9][0-9,.]*\s?(?:ft|feet|foot|yards?|yd|in|inches)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex FeetConversionAfter();

    [GeneratedRegex(@"^\s*(?:±|\+/-|\+/−)\s*\d[\d,]*(?:\.\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex MarginAfter();

    [GeneratedRegex(@"(?:±|\+/-|\+/−)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex MarginBefore();

    /// <summary>"one step too far", "one step ahead": a measure of degree, not a count.</summary>
    [GeneratedRegex(
        @"^\s+(?:too|further|farther|closer|ahead|behind)\b",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex IdiomAfterNoun();

    [GeneratedRegex(@"[.!?:;""“”]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();
}
