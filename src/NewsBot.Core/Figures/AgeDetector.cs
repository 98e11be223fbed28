using System.Text.RegularExpressions;

namespace NewsBot.Core.Figures;

/// <summary>
/// Tells a person's age from the words around a number: "aged 67", "at the age of 78", "a 67-year-old shepherd",
/// "36 years old", an appositive "Smith, 54," and a copula "He was 95." or "when he was 18". Only whole numbers up
/// to 120 are ages; anything else around the same words ("was 95 percent") is left to the other readers.
/// </summary>
internal static partial class AgeDetector
{
    /// <summary>True when <paramref name="span"/> of <paramref name="sentence"/> is someone's age.</summary>
    public static bool IsAge(string sentence, NumberSpan span, Func<string, bool> isKnownName)
    {
        if (
            span.Currency is not null
            || span.Percent != PercentKind.None
            || span.IsOrdinal
            || span.TallySide is not null
            || (span.Low ?? span.Value) < 0
            || (span.High ?? span.Value) > 120
            || (span.Value != Math.Floor(span.Value) && !span.IsRange)
        )
        {
            return false;
        }
        if (span.Compound is { } compound)
        {
            return YearOldCompound().IsMatch(compound);
        }
        var before = TextWindow.Before(sentence, span.Start);
        var after = TextWindow.After(sentence, span.End);
        if (AgedBefore().IsMatch(before) || YearsOldAfter().IsMatch(after))
        {
            return true;
        }
        if (span.IsRange || span.IsWords)
        {
            return false;
        }
        // "Antoine Quirin and Nicolas Redouane, 40 and 49," (eval 308:7): ages in apposition to a list of names.
        if (
            (
                AppositiveBefore().IsMatch(before)
                && (AppositiveAfter().IsMatch(after) || ListedAgeAfter().IsMatch(after))
            ) || ListedAgeBefore().IsMatch(before)
        )
        {
            return true;
        }
        if (!CopulaAfter().IsMatch(after))
        {
            return false;
        }
        if (PronounCopulaBefore().IsMatch(before))
        {
            return true;
        }
        // "Conyers, the former Dean of the House, was 90.": a named subject, not "Turnout was 45."
        var subject = NamedCopula().Match(sentence[..span.Start]);
        if (!subject.Success)
        {
            return false;
        }
        var name = subject.Groups["name"].Value.Split(' ');
        return name.Length >= 2 || isKnownName(name[0]);
    }

    /// <summary>
    /// The measure of an age: whose it is ("age of Sudesh Amman"), a pronoun standing for the subject of the sentence
    /// before ("He was 95." after "Robert Mugabe … has died"), and the moment it was that age ("when he was 18" after
    /// "He was imprisoned in 2018" gives "age of … when imprisoned in 2018", eval 301:11).
    /// </summary>
    public static string Measure(string sentence, NumberSpan span, string? previousSubject)
    {
        var before = sentence[..span.Start];
        var who =
            Whose(sentence, span)
            ?? (
                PronounCopulaBefore().IsMatch(TextWindow.Before(sentence, span.Start))
                    ? previousSubject
                    : null
            );
        var measure = who is null ? "age" : $"age of {who}";
        if (WhenClause().Match(before) is { Success: true } when)
        {
            measure += " when " + when.Groups["event"].Value.Trim();
        }
        else if (DeathBefore().IsMatch(before))
        {
            // "died on Sunday aged 67": the age is the age at death, which is how a member asks for it.
            measure = who is null ? "age at death" : $"{measure} at death";
        }
        return measure;
    }

    /// <summary>The subject a later "he" or "she" stands for: the first full name of a sentence.</summary>
    public static string? SubjectOf(string sentence)
    {
        foreach (Match run in NameRun().Matches(sentence))
        {
            if (
                run.Value.Contains(' ')
                && !IsNotName(run.Value.Split(' ')[0])
                && !run.Value.Contains("'s", StringComparison.Ordinal)
                && !run.Value.Contains("’s", StringComparison.Ordinal)
            )
            {
                return Clean(run.Value);
            }
        }
        return null;
    }

    /// <summary>Whose age it is: the name the number is in apposition to, else the nearest full name before it.</summary>
    private static string? Whose(string sentence, NumberSpan span)
    {
        var before = sentence[..span.Start];
        var appositive = AppositiveBefore().Match(TextWindow.Before(sentence, span.Start));
        if (appositive.Success)
        {
            // The clause the age follows: from the comma (or start) before it. "Bishop Gutierrez of the Marbel
            // diocese in the Philippines, 79," is the bishop's age, so the clause's first name is taken.
            var commaEnd = before.TrimEnd().Length - 1;
            var clauseStart = before.LastIndexOf(',', Math.Max(0, commaEnd - 1)) + 1;
            var first = NameRun().Match(before, clauseStart, commaEnd - clauseStart);
            if (first.Success)
            {
                return Clean(first.Value);
            }
        }
        // "Conyers, the former Dean of the House, was 90.": the subject of the copula.
        if (
            NamedCopula().Match(before) is { Success: true } copula
            && !IsNotName(copula.Groups["name"].Value)
        )
        {
            return copula.Groups["name"].Value;
        }
        // "youths aged 16 to 18", "five girls, all aged fifteen": the people the age is of.
        if (
            AgedPeopleBefore().Match(TextWindow.Before(sentence, span.Start)) is
            { Success: true } people
        )
        {
            return people.Groups["who"].Value;
        }
        // The nearest full name before the number, else the nearest single name, unless a pronoun comes after it
        // ("Monika Kosiec said police believe him to be aged 25" is not Kosiec's age).
        Match? full = null;
        Match? single = null;
        var pronoun = ObjectPronoun().Match(before);
        var after = pronoun.Success ? pronoun.Index : 0;
        foreach (Match run in NameRun().Matches(before))
        {
            if (run.Index < after)
            {
                continue;
            }
            // "died on Sunday aged 67": a weekday or a month before the age says when, not whose.
            if (IsNotName(run.Value) || PeriodDetector.IsCalendarWord(run.Value))
            {
                continue;
            }
            if (run.Value.Contains(' '))
            {
                full = run;
            }
            else
            {
                single = run;
            }
        }
        return (full ?? single) is { } best ? Clean(best.Value) : null;
    }

    /// <summary>Capitalised words that open a sentence or a clause without naming anyone.</summary>
    private static bool IsNotName(string word) => NotName().IsMatch(word);

    private static string? Clean(string name)
    {
        var clean = LeadingArticle().Replace(name.Trim(), "");
        return clean.Length > 0 ? clean : null;
    }

    [GeneratedRegex(
        @"\b(?:died|dies|dead|death|passed\s+away)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex DeathBefore();

    [GeneratedRegex(@"^(?:year|years)[\s-]olds?$", RegexOptions.CultureInvariant)]
    private static partial Regex YearOldCompound();

    [GeneratedRegex(
        @"\b(?:aged|ages|age\s+of|at\s+(?:the\s+)?age\s+(?:of\s+)?|age|(?:died|dies|dead)\s+at)\s+(?:(?:about|around|just|only|nearly|almost|between|roughly)\s+)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex AgedBefore();

    [GeneratedRegex(
        @"^\s*-?\s*years?[\s-]+old\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex YearsOldAfter();

    /// <summary>"Sudesh Amman, " right before the number: a capitalised word and a comma.</summary>
    [GeneratedRegex(
        @"(?<!\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|In|On|By|Since|Of))(?<=\p{Lu}[\p{Ll}\p{M}'’.-]+),\s+$",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex AppositiveBefore();

    [GeneratedRegex(@"^\s*(?:,|;|\)|—|–|\.(?:\s|$)|$)", RegexOptions.CultureInvariant)]
    private static partial Regex AppositiveAfter();

    [GeneratedRegex(
        @"^\s*(?:,\s*)?(?:and\s+)?[0-9]{1,3}\s*(?:,|;|\)|\.(?:\s|$)|$|\s+and\s+[0-9])",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex ListedAgeAfter();

    [GeneratedRegex(
        @"\p{Lu}[\p{Ll}\p{M}'’.-]+,\s+(?:[0-9]{1,3}\s*,\s*)*[0-9]{1,3}\s*,?\s+and\s+$",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex ListedAgeBefore();

    [GeneratedRegex(
        @"\b(?:he|she)\s+(?:was|is|turned|turns|had\s+turned|would\s+have\s+been|would\s+be|will\s+be|will\s+turn)\s+$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex PronounCopulaBefore();

    [GeneratedRegex(
        @"^\s*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?<name>\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s+\p{Lu}[\p{Ll}\p{M}'’-]+){0,3})(?:\s*,[^,]{1,120},)?\s+(?:was|is|turned|turns|would\s+have\s+been)\s+$",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex NamedCopula();

    [GeneratedRegex(
        @"^\s*(?:[.;,]|$|\s+(?:years?\b|when\b|at\s+the\s+time\b|on\s+\p{Lu}|in\s+[0-9]|and\b))",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex CopulaAfter();

    [GeneratedRegex(
        @"\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:de|van|von|da|di|del|bin|al|arap)\s+)?\p{Lu}[\p{L}\p{M}'’.-]*)*",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex NameRun();

    [GeneratedRegex(
        @"^\s*(?:(?:he|she|they|it)\s+(?:was|were|had\s+been|has\s+been)\s+)?(?<event>[^,;]{3,80}?)\s*,?\s+when\s+(?:he|she|they)\s+(?:was|were)\s+$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex WhenClause();

    [GeneratedRegex(
        @"\b(?!(?:dies|lives|was|is|has|does|turns)\b)(?<who>\p{Ll}{3,}s)(?:,?\s+(?:all|both|each|who\s+(?:were|are)))?\s+aged\s+$",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex AgedPeopleBefore();

    [GeneratedRegex(
        @"\b(?:he|she|him|her|they|them)\b(?!.*\b(?:he|she|him|her|they|them)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex ObjectPronoun();

    [GeneratedRegex(
        @"^(?:He|She|It|They|We|I|The|A|An|In|On|At|But|And|When|After|Before|His|Her|Their)$",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex NotName();

    [GeneratedRegex(@"^(?:The|A|An)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingArticle();
}
