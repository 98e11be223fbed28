using System.Text.RegularExpressions;

namespace NewsBot.Core.Figures;

/// <summary>
/// Turns questions and figure fields into comparable terms: lower case, possessives dropped, a light
/// suffix stemmer and a small table of synonyms that news copy and questions use for the same thing
/// (soldiers / troops / men / personnel; killed / lost / losses / casualties; recruits / recruitment;
/// aid / package; monthly / month). Question words and function words are dropped.
/// </summary>
internal static partial class FigureTerms
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "how",
        "many",
        "much",
        "what",
        "which",
        "who",
        "whom",
        "whose",
        "when",
        "where",
        "why",
        "did",
        "does",
        "do",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "the",
        "a",
        "an",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "by",
        "from",
        "into",
        "through",
        "with",
        "and",
        "or",
        "that",
        "this",
        "these",
        "those",
        "its",
        "it",
        "their",
        "they",
        "his",
        "her",
        "he",
        "she",
        "we",
        "our",
        "you",
        "your",
        "i",
        "number",
        "amount",
        "figure",
        "figures",
        "total",
        "according",
        "about",
        "as",
        "than",
        "there",
        "each",
        "every",
        "per",
        "single",
        "s",
        "t",
        "all",
        "some",
        "any",
        "not",
        "no",
        "so",
        "up",
        "out",
        "over",
        "under",
        "more",
        "less",
        "most",
        "value",
        "valued",
        "worth",
        "share",
        "percentage",
        "percent",
        "proportion",
        "cent",
        "give",
        "given",
        "say",
        "said",
        "says",
        "tell",
        "told",
        "show",
        "can",
        "could",
        "would",
        "will",
        "should",
        "may",
        "might",
        "also",
        "just",
        "them",
        "ones",
        // Words for the occasion of a statement rarely appear next to its numbers ("Rutte's address", "briefing").
        "address",
        "briefing",
        "remarks",
        "speech",
        "interview",
        "statement",
        "comments",
        "only",
        "after",
        "before",
        "since",
        "during",
        "while",
        "whole",
        "entire",
        "been",
        // Words for "up to now" say nothing of what is measured ("killed so far").
        "far",
        "already",
        "yet",
        "currently",
        "now",
        "get",
        "got",
        "gets",
        "against",
        "must",
        "shall",
        "take",
        "takes",
        "took",
        "taken",
        "taking",
    };

    /// <summary>Word forms (after stemming) that stand for one concept.</summary>
    private static readonly Dictionary<string, string> Concepts = new(StringComparer.Ordinal)
    {
        ["soldier"] = "soldier",
        ["troop"] = "soldier",
        ["men"] = "soldier",
        ["man"] = "soldier",
        ["personnel"] = "soldier",
        ["servicemen"] = "soldier",
        ["serviceman"] = "soldier",
        ["fighter"] = "soldier",
        ["kill"] = "loss",
        ["lost"] = "loss",
        ["los"] = "loss",
        ["loss"] = "loss",
        ["dead"] = "loss",
        ["death"] = "loss",
        ["die"] = "loss",
        ["di"] = "loss",
        ["dy"] = "loss",
        ["casualty"] = "loss",
        ["casualti"] = "loss",
        ["fatality"] = "loss",
        ["toll"] = "loss",
        ["dying"] = "loss",
        ["died"] = "loss",
        ["recruit"] = "recruit",
        ["recruiter"] = "recruit",
        ["mobiliz"] = "recruit",
        ["mobilis"] = "recruit",
        ["mobilization"] = "recruit",
        ["mobilisation"] = "recruit",
        ["conscript"] = "recruit",
        ["enlist"] = "recruit",
        ["aid"] = "aid",
        ["packag"] = "aid",
        ["assistanc"] = "aid",
        ["month"] = "month",
        ["monthly"] = "month",
        ["day"] = "day",
        ["daily"] = "day",
        ["week"] = "week",
        ["weekly"] = "week",
        ["year"] = "year",
        ["yearly"] = "year",
        ["annual"] = "year",
        ["annually"] = "year",
        ["britain"] = "britain",
        ["british"] = "britain",
        ["uk"] = "britain",
        // Demonyms stay apart from their country: "Ukrainian soldiers" are not the Russian soldiers "killed in Ukraine" (001:14).
        ["russia"] = "russia",
        ["ukrain"] = "ukraine",
        ["soviet"] = "soviet",
        ["ussr"] = "soviet",
        ["america"] = "us",
        ["american"] = "us",
        ["us"] = "us",
        ["war"] = "war",
        ["invasion"] = "war",
        ["conflict"] = "war",
        ["fight"] = "war",
        ["campaign"] = "war",
        ["defens"] = "defense",
        ["defenc"] = "defense",
        ["drone"] = "drone",
        ["dron"] = "drone",
        ["uav"] = "drone",
        ["destroy"] = "eliminat",
        ["elimin"] = "eliminat",
        ["eliminat"] = "eliminat",
        ["prison"] = "prison",
        ["jail"] = "prison",
        ["imprison"] = "prison",
        ["sentens"] = "prison",
        ["previous"] = "earlier",
        ["prior"] = "earlier",
        ["earlier"] = "earlier",
        ["limit"] = "limit",
        ["restriction"] = "limit",
        ["restrict"] = "limit",
    };

    /// <summary>True for the terms that stand for a country or its people ("russia" for Russia, Russian, Russians).</summary>
    public static bool IsPlace(string term) =>
        term is "russia" or "ukraine" or "russian" or "ukrainian" or "britain" or "us" or "soviet";

    /// <summary>A term that half stands for another: a demonym for its country and back ("Russian" and "Russia lost").</summary>
    public static string? Related(string term) =>
        term switch
        {
            "russian" => "russia",
            "russia" => "russian",
            "ukrainian" => "ukraine",
            "ukraine" => "ukrainian",
            _ => null,
        };

    /// <summary>The distinct terms of <paramref name="text"/> in order.</summary>
    public static IReadOnlyList<string> Of(string? text)
    {
        var terms = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return terms;
        }
        foreach (Match m in Word().Matches(text))
        {
            var term = Normalize(m.Value);
            if (term is not null && !terms.Contains(term))
            {
                terms.Add(term);
            }
        }
        return terms;
    }

    /// <summary>Terms with their token positions (for proximity), digits kept as the marker "#".</summary>
    /// <summary>
    /// The terms of the capitalised words of <paramref name="text"/>, but months and weekdays (those are periods, not
    /// parties); with <paramref name="skipFirst"/> not its first word, capitalised as the start of a sentence.
    /// </summary>
    public static IEnumerable<string> NamesIn(string? text, bool skipFirst)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }
        foreach (var (term, start, _) in Positioned(text))
        {
            if (
                term.Length > 1
                && (!skipFirst || start > 0)
                && char.IsUpper(text[start])
                && !PeriodDetector.IsCalendarWord(text.AsSpan(start))
            )
            {
                yield return term;
            }
        }
    }

    public static IReadOnlyList<(string Term, int Start, int End)> Positioned(string text)
    {
        var terms = new List<(string, int, int)>();
        foreach (Match m in Word().Matches(text))
        {
            if (char.IsDigit(m.Value[0]))
            {
                terms.Add(("#", m.Index, m.Index + m.Length));
                continue;
            }
            var term = Normalize(m.Value);
            terms.Add((term ?? "", m.Index, m.Index + m.Length));
        }
        return terms;
    }

    /// <summary>Words repeat across a corpus: each is normalised once (bounded, so a huge corpus cannot grow it forever).</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<
        string,
        string?
    > Cache = new(StringComparer.Ordinal);

    private const int CacheLimit = 200_000;

    public static string? Normalize(string word)
    {
        if (Cache.TryGetValue(word, out var cached))
        {
            return cached;
        }
        var term = NormalizeUncached(word);
        if (Cache.Count < CacheLimit)
        {
            Cache.TryAdd(word, term);
        }
        return term;
    }

    private static string? NormalizeUncached(string word)
    {
        var w = word.ToLowerInvariant().Replace('’', '\'');
        if (w.EndsWith("'s", StringComparison.Ordinal))
        {
            w = w[..^2];
        }
        w = w.Trim('\'', '-');
        if (w.Length == 0 || char.IsDigit(w[0]) || StopWords.Contains(w))
        {
            return null;
        }
        if (Concepts.TryGetValue(w, out var concept))
        {
            return concept;
        }
        var stem = Stem(w);
        return Concepts.TryGetValue(stem, out concept) ? concept : stem;
    }

    private static string Stem(string w)
    {
        if (w.Length <= 3)
        {
            return w;
        }
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4)
        {
            w = w[..^3] + "y";
        }
        else if (w.EndsWith("sses", StringComparison.Ordinal))
        {
            w = w[..^2];
        }
        else if (
            w.EndsWith('s')
            && !w.EndsWith("ss", StringComparison.Ordinal)
            && !w.EndsWith("us", StringComparison.Ordinal)
            && !w.EndsWith("is", StringComparison.Ordinal)
        )
        {
            w = w[..^1];
        }
        var verbal = false;
        if (w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 5)
        {
            w = w[..^3];
            verbal = true;
        }
        else if (w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 4)
        {
            w = w[..^2];
            verbal = true;
        }
        else if (w.EndsWith("ment", StringComparison.Ordinal) && w.Length > 6)
        {
            w = w[..^4];
        }
        // "competition" meets "competed".
        else if (
            (
                w.EndsWith("ition", StringComparison.Ordinal)
                || w.EndsWith("ation", StringComparison.Ordinal)
            )
            && w.Length > 8
        )
        {
            w = w[..^5];
        }
        // The doer of a verb in "-ker": "attacker", "hijacker", "striker" meet "attack", "hijack", "strike".
        else if (w.EndsWith("ker", StringComparison.Ordinal) && w.Length > 6)
        {
            w = w[..^2];
        }
        if (w.EndsWith('e') && w.Length > 3)
        {
            w = w[..^1];
        }
        // British and American spellings meet: "offence" and "offense" (eval 301:11).
        if (w.EndsWith("enc", StringComparison.Ordinal))
        {
            w = w[..^1] + "s";
        }
        // "killed" → "kill", "stopped" → "stopp" → "stop".
        if (verbal && w.Length > 3 && w[^1] == w[^2] && w[^1] is not ('l' or 's' or 'z'))
        {
            w = w[..^1];
        }
        return w;
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
