using System.Text.RegularExpressions;
using NewsBot.Core.Text;

namespace NewsBot.Core.Figures;

/// <summary>What a number counts: the counted noun (the unit) and the phrase around it (the measure).</summary>
internal sealed record MeasureReading(string? Unit, string Measure)
{
    /// <summary>The noun run alone ("prison terms" of "prison terms handed down in Paris").</summary>
    public string NounPhrase { get; init; } = "";
}

/// <summary>
/// Reads what a figure counts from the words after it: a noun run ("Russian soldiers", "battlefield
/// casualties"), then participles and prepositional phrases that qualify it ("killed in action",
/// "from Britain to buy air defense missiles"), up to punctuation, a clause word or a period
/// ("each month", "in December"). "35,000 of their own men" (001:13) skips the determiners after "of".
/// </summary>
internal static partial class MeasureFinder
{
    private const int MaxWords = 10;

    private static readonly HashSet<string> LeadingSkips = Lexicon.Load("measure-leading-skips");

    private static readonly HashSet<string> Breaks = Lexicon.Load("measure-breaks");

    private static readonly HashSet<string> Auxiliaries = Lexicon.Load("measure-auxiliaries");

    private static readonly HashSet<string> Prepositions = Lexicon.Load("measure-prepositions");

    private static readonly HashSet<string> IrregularParticiples = Lexicon.Load(
        "irregular-participles"
    );

    /// <summary>Irregular plurals and mass nouns that name what is counted.</summary>
    private static readonly HashSet<string> CountNouns = Lexicon.Load("count-nouns");

    public static MeasureReading Read(
        string sentence,
        int from,
        int to,
        IReadOnlyList<DetectedPeriod> periods,
        bool singular = false
    )
    {
        var words = Words().Matches(sentence[from..Math.Max(from, to)]);
        var nounRun = new List<string>();
        var measure = new List<string>();
        var inNounRun = true;
        var started = false;
        for (var i = 0; i < words.Count && measure.Count < MaxWords; i++)
        {
            var token = words[i];
            var word = token.Value;
            if (char.IsAsciiDigit(word[0]) && measure.Count > 0 && char.IsUpper(measure[^1][0]))
            {
                measure.Add(word); // a model number: "14 Leopard 2 tanks"
                continue;
            }
            if (!char.IsLetter(word[0]))
            {
                // Punctuation ends the phrase; a hyphen inside a word never reaches here.
                break;
            }
            if (periods.Any(p => p.Start == from + token.Index))
            {
                break;
            }
            if (!started && nounRun.Count == 0 && LeadingSkips.Contains(word))
            {
                continue;
            }
            started = true;
            if (Breaks.Contains(word))
            {
                break;
            }
            if (Auxiliaries.Contains(word))
            {
                // "Russian soldiers are being killed in action" (002:10): passive auxiliaries are skipped.
                inNounRun = false;
                continue;
            }
            // "armored personnel carriers": a participle followed by more of the noun phrase is an adjective.
            var participle =
                IsParticiple(word)
                && !(inNounRun && i + 1 < words.Count && IsNounLike(words[i + 1].Value));
            if (inNounRun && !participle && !Prepositions.Contains(word))
            {
                nounRun.Add(word);
                measure.Add(word);
                continue;
            }
            inNounRun = false;
            if (word.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                // "killed and wounded" continues; "and thousands more" (004:9) is another figure.
                if (i + 1 < words.Count && IsParticiple(words[i + 1].Value))
                {
                    measure.Add(word);
                    continue;
                }
                break;
            }
            measure.Add(word);
        }
        while (measure.Count > 0 && Prepositions.Contains(measure[^1]))
        {
            measure.RemoveAt(measure.Count - 1);
        }
        // The last counted noun of the run: "soldiers died" (a verb the run cannot tell apart) still counts soldiers.
        // "one package per transaction": a count of one names its noun in the singular.
        var unit = (
            singular
                ? SingularNoun(nounRun) ?? nounRun.LastOrDefault(IsCountNoun)
                : nounRun.LastOrDefault(IsCountNoun)
        )?.ToLowerInvariant();
        return new MeasureReading(unit, string.Join(' ', measure))
        {
            NounPhrase = string.Join(' ', nounRun),
        };
    }

    /// <summary>
    /// The noun a count of one names: the last lowercase word before its verb, which agrees in the singular ("one
    /// proposal asks", "one bridge stayed open"); the run cannot tell a verb apart otherwise.
    /// </summary>
    private static string? SingularNoun(List<string> nounRun)
    {
        string? noun = null;
        for (var i = 0; i < nounRun.Count; i++)
        {
            var word = nounRun[i];
            if (i > 0 && noun is not null && SingularVerb().IsMatch(word))
            {
                break;
            }
            if (char.IsLower(word[0]))
            {
                noun = word;
            }
        }
        return noun;
    }

    [GeneratedRegex(@"^\p{Ll}+(?:ed|[^s]s)$", RegexOptions.CultureInvariant)]
    private static partial Regex SingularVerb();

    /// <summary>"fishermen", "gunmen", "policemen": a plural of "-man"; "specimen", "abdomen" end in a vowel before it.</summary>
    [GeneratedRegex(@"^\p{Ll}{2,}[^aiouy]men$", RegexOptions.CultureInvariant)]
    private static partial Regex MenCompound();

    /// <summary>Words between a verb and the count it governs that say how exact the count is.</summary>
    private static readonly HashSet<string> CountQualifiers = Lexicon.Load("count-qualifiers");

    /// <summary>Two-word qualifiers whose words alone qualify nothing: "sent to 300 hospitals" is no "up to 300".</summary>
    private static readonly HashSet<string> CountQualifierPairs = Lexicon.Phrases(
        "count-qualifier-pairs"
    );

    /// <summary>
    /// The past verb right before a count, qualifiers skipped: "checked" of "Inspectors have checked more than 1,200
    /// homes", so that the count reads "homes checked", what was done to what it counts. Null when the word before is
    /// no past verb ("the town has 1,200 homes", "supplies were delivered to 300 hospitals").
    /// </summary>
    public static string? PastVerbBefore(string sentence, int at)
    {
        var words = Words().Matches(sentence[..at]).Select(m => m.Value).ToList();
        var i = words.Count - 1;
        while (i >= 0)
        {
            if (i >= 1 && CountQualifierPairs.Contains($"{words[i - 1]} {words[i]}"))
            {
                i -= 2;
            }
            else if (CountQualifiers.Contains(words[i]))
            {
                i--;
            }
            else
            {
                break;
            }
        }
        return i >= 0 && char.IsLower(words[i][0]) && IsParticiple(words[i]) ? words[i] : null;
    }

    /// <summary>Up to <paramref name="count"/> words before <paramref name="end"/> in the clause, for figures with nothing after them.</summary>
    public static string WordsBefore(string sentence, int from, int end, int count)
    {
        // A qualifier can start before the segment of the figure it qualifies (a range whose first
        // number opens the segment): then there is nothing before it in the clause.
        if (end <= from)
        {
            return "";
        }
        var words = Words().Matches(sentence[from..end]).Select(m => m.Value).ToList();
        var lastPunctuation = words.FindLastIndex(w => !char.IsLetter(w[0]));
        // A number right after a comma ("in the RealClearPolitics average, 50.1 to 42.9 percent") takes the clause before.
        if (lastPunctuation == words.Count - 1 && lastPunctuation > 0)
        {
            words.RemoveAt(lastPunctuation);
            lastPunctuation = words.FindLastIndex(w => !char.IsLetter(w[0]));
        }
        var clause = words.Skip(lastPunctuation + 1).ToList();
        // "reduced the number of polling stations from 180": the words around the phrase say nothing of it.
        while (clause.Count > 0 && EdgeWords.Contains(clause[^1]))
        {
            clause.RemoveAt(clause.Count - 1);
        }
        return string.Join(' ', clause.Skip(Math.Max(0, clause.Count - count)));
    }

    private static readonly HashSet<string> EdgeWords = Lexicon.Load("clause-edge-words");

    private static bool IsNounLike(string word) =>
        char.IsLetter(word[0])
        && !LeadingSkips.Contains(word)
        && !word.Equals("most", StringComparison.OrdinalIgnoreCase)
        && !Prepositions.Contains(word)
        && !Breaks.Contains(word)
        && !Auxiliaries.Contains(word)
        && !IsParticiple(word)
        && !word.EndsWith("ly", StringComparison.OrdinalIgnoreCase)
        && !word.Equals("and", StringComparison.OrdinalIgnoreCase);

    private static bool IsParticiple(string word) =>
        IrregularParticiples.Contains(word)
        || (word.Length > 4 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase));

    private static bool IsCountNoun(string word) =>
        CountNouns.Contains(word)
        || word.EndsWith("children", StringComparison.OrdinalIgnoreCase)
        || word.EndsWith("people", StringComparison.OrdinalIgnoreCase)
        || Lexicon.IrregularPlurals.Contains(word)
        || MenCompound().IsMatch(word)
        || (
            word.Length > 2
            && word.EndsWith('s')
            && !word.EndsWith("'s", StringComparison.Ordinal)
            && !word.EndsWith("’s", StringComparison.Ordinal)
            && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase)
            && char.IsLower(word[0])
        )
        || (
            word.Length > 2
            && char.IsUpper(word[0])
            && word.EndsWith('s')
            && !word.EndsWith("'s", StringComparison.Ordinal)
            && !word.EndsWith("’s", StringComparison.Ordinal)
        );

    [GeneratedRegex(
        @"(?:\p{Lu}\.){2,}[\p{L}\-–]*|[\p{L}\p{M}][\p{L}\p{M}0-9'’\-]*|[0-9]+|[^\s\p{L}\p{M}]",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex Words();
}
