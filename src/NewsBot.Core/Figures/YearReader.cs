using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using NewsBot.Core.Text;

namespace NewsBot.Core.Figures;

/// <summary>
/// Finds the years of a sentence that date something: after a preposition ("in 2011", "since 1976", "founded in
/// 1869"), in a date ("on 3 May 2011", "in May 2011", "May 3, 2011"), as the second of a span ("1975–2010"), and,
/// for years of the last two centuries only, after a copula or a determiner ("The last time was 1996", "the 2018
/// elections"). A year glued to a name ("Directive 2000", "Comicon 2019") names it and dates nothing. Each year
/// carries the event it dates: the verb of its clause and what follows it ("killed by US special forces"), else the
/// noun it stands before, else the clause it opens ("In 2016, a user shared …").
/// </summary>
internal static partial class YearReader
{
    private const int MaxEventWords = 6;

    public static IEnumerable<YearMention> Find(string sentence)
    {
        foreach (Match match in Candidate().Matches(sentence))
        {
            var start = match.Index;
            var end = start + match.Length;
            var year = int.Parse(match.Value, CultureInfo.InvariantCulture);
            var before = sentence[..start];
            if (NotAYearAfter().IsMatch(sentence.AsSpan(end)) || GluedToAWord(before))
            {
                continue;
            }
            if (LeadOf(before, year) is not { } lead)
            {
                continue;
            }
            yield return new YearMention(start, end, year, EventOf(sentence, lead, end));
        }
    }

    /// <summary>Where the words that date with the year begin ("in", "on 3 May"), or null when nothing makes it a year.</summary>
    private static YearLead? LeadOf(string before, int year)
    {
        if (DateBefore().Match(before) is { Success: true } date)
        {
            return new YearLead(date.Index, Names: false);
        }
        if (PrepositionBefore().Match(before) is { Success: true } preposition)
        {
            return new YearLead(preposition.Index, Names: false);
        }
        if (SpanBefore().Match(before) is { Success: true } span)
        {
            return new YearLead(span.Index, Names: false);
        }
        // A copula or a determiner says a year only of a recent one: "was 1500" may be a count.
        if (year is >= RecentFrom and < RecentUntil)
        {
            if (DeterminerBefore().Match(before) is { Success: true } determiner)
            {
                return new YearLead(determiner.Index, Names: true);
            }
            if (CopulaBefore().Match(before) is { Success: true } copula)
            {
                return new YearLead(copula.Index, Names: false);
            }
        }
        return null;
    }

    private const int RecentFrom = 1800;
    private const int RecentUntil = 2100;

    /// <summary>The start of the words that date with a year, and whether the year names the noun after it.</summary>
    private readonly record struct YearLead(int Start, bool Names);

    /// <summary>"COVID-2019", "F-2000": a year after a letter and a hyphen is part of a name; "1975–2010" is a span.</summary>
    private static bool GluedToAWord(string before) =>
        before.Length >= 2
        && before[^1] is '-' or '–'
        && char.IsLetter(before[^2])
        && !before.EndsWith("mid-", StringComparison.OrdinalIgnoreCase);

    private static string EventOf(string sentence, YearLead lead, int end)
    {
        if (lead.Names && NounAfter().Match(sentence, end) is { Success: true } noun)
        {
            var words = Words(noun.Groups["n"].Value).TakeWhile(w => !FunctionWords.Contains(w));
            var named = string.Join(' ', words);
            if (named.Length > 0)
            {
                return named;
            }
        }
        var clauseStart = sentence.AsSpan(0, lead.Start).LastIndexOfAny(ClauseMarks) + 1;
        var clause = Words(sentence[clauseStart..lead.Start]);
        Trim(clause);
        if (clause.Count > 0)
        {
            // The clause turns on its verb: "Osama was killed by US special forces in Pakistan in 2011".
            var verb = clause.FindLastIndex(IsVerb);
            var from = verb >= 0 ? verb : Math.Max(0, clause.Count - MaxEventWords);
            return string.Join(' ', clause.Skip(from).Take(MaxEventWords));
        }
        // The year opens its clause: "In 2016, a Facebook user shared a news article".
        var rest = sentence[end..].TrimStart(' ', ',');
        var stop = rest.AsSpan().IndexOfAny(ClauseMarks);
        var after = Words(stop < 0 ? rest : rest[..stop]);
        Trim(after);
        return string.Join(' ', after.Take(MaxEventWords + 2));
    }

    private static readonly SearchValues<char> ClauseMarks = SearchValues.Create(",;:()—–\"“”");

    private static List<string> Words(string text) =>
        [.. WordPattern().Matches(text).Select(m => m.Value)];

    private static void Trim(List<string> words)
    {
        while (words.Count > 0 && FunctionWords.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }
        while (words.Count > 0 && FunctionWords.Contains(words[0]))
        {
            words.RemoveAt(0);
        }
    }

    private static bool IsVerb(string word) =>
        (word.Length > 4 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase))
        || Lexicon.IrregularPastVerbs.Contains(word.ToLowerInvariant())
        || DatedEvents.IsEvent(word);

    private static readonly HashSet<string> FunctionWords = Lexicon.Load("year-function-words");

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}$€£¥.,/:#@_])(?:1[0-9]{3}|20[0-9]{2}|21[0-9]{2})(?![\p{L}\p{N}]|[.,][0-9]|[-/][0-9]{2}[-/]|-\p{L})",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex Candidate();

    /// <summary>A per cent, a clock time or a unit glued on: "2000%", "1922 UTC".</summary>
    [GeneratedRegex(
        @"^\s*(?:%|(?:percent|per\s+cent|UTC|GMT|hrs|hours|h|am|pm|a\.m\.|p\.m\.)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex NotAYearAfter();

    /// <summary>A date before the year: "on 3 May ", "in May ", "May 3, ", "Sept. 12, ", "the 4th of July ".</summary>
    [GeneratedRegex(
        @"(?:\b(?i:on|in|of|by|since|from|until|till|before|after|during|early|late|mid)[\s-]+)?(?:(?:the\s+)?[0-9]{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?(?:\s+[0-9]{1,2}(?:st|nd|rd|th)?)?,?\s+$",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex DateBefore();

    [GeneratedRegex(
        @"\b(?:in|since|from|until|till|by|before|after|during|between|through|circa|around|of\s+(?:early|late|mid))(?:\s+(?:early|late|mid)-?)?\s+$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex PrepositionBefore();

    /// <summary>The second year of a span or a list: "1975–2010", "between 1919 and 1933", "in 2014 or 2015".</summary>
    [GeneratedRegex(
        @"\b(?:1[0-9]{3}|20[0-9]{2}|21[0-9]{2})(?:\s*[-–—]\s*|\s+(?:and|to|or|through)\s+)$",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex SpanBefore();

    [GeneratedRegex(
        @"(?:\b(?:the|its|their|his|her|this|that|a)|['’]s)\s+$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex DeterminerBefore();

    [GeneratedRegex(
        @"\b(?:was|is|were|are|be|been)\s+$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex CopulaBefore();

    [GeneratedRegex(@"\G\s+(?<n>(?:\p{L}[\p{L}'’-]*\s*){1,3})", RegexOptions.CultureInvariant)]
    private static partial Regex NounAfter();

    [GeneratedRegex(@"\p{L}[\p{L}\p{M}0-9'’-]*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
