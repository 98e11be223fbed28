using NewsBot.Core.Text;

namespace NewsBot.Core.Quotes;

/// <summary>
/// The words of a text as the ranker compares them: folded, apostrophes unified, numbers without
/// separators, and a light stem so that "sees", "saw" and "seeing" meet, and "soldiers" meets "soldier".
/// </summary>
internal sealed class QuoteTerms
{
    /// <summary>Irregular forms common in quotes, mapped to the stem of their base form.</summary>
    private static readonly Dictionary<string, string> Irregular = new(StringComparer.Ordinal)
    {
        ["saw"] = "see",
        ["seen"] = "see",
        ["said"] = "say",
        ["told"] = "tell",
        ["lost"] = "lose",
        ["losing"] = "lose",
        ["men"] = "man",
        ["women"] = "woman",
        ["people"] = "person",
        ["was"] = "be",
        ["were"] = "be",
        ["is"] = "be",
        ["are"] = "be",
        ["been"] = "be",
        ["am"] = "be",
        ["has"] = "have",
        ["had"] = "have",
        ["did"] = "do",
        ["does"] = "do",
        ["went"] = "go",
        ["gone"] = "go",
        ["made"] = "make",
        ["took"] = "take",
        ["taken"] = "take",
        ["gave"] = "give",
        ["given"] = "give",
        ["came"] = "come",
        ["thought"] = "think",
        ["knew"] = "know",
        ["known"] = "know",
        ["began"] = "begin",
        ["begun"] = "begin",
        ["fought"] = "fight",
        ["killed"] = "kill",
        ["dying"] = "die",
        ["died"] = "die",
        ["children"] = "child",
        ["won"] = "win",
        ["led"] = "lead",
        ["left"] = "leave",
        ["met"] = "meet",
        ["held"] = "hold",
        ["chose"] = "choos",
        ["chosen"] = "choos",
        ["found"] = "find",
        ["brought"] = "bring",
        ["sought"] = "seek",
        ["bought"] = "buy",
        ["felt"] = "feel",
        ["kept"] = "keep",
        ["built"] = "build",
        ["sent"] = "send",
        ["spent"] = "spend",
        ["meant"] = "mean",
        ["heard"] = "hear",
        ["stood"] = "stand",
        ["wrote"] = "writ",
        ["written"] = "writ",
        ["spoke"] = "speak",
        ["spoken"] = "speak",
        ["broke"] = "break",
        ["broken"] = "break",
        ["fell"] = "fall",
        ["fallen"] = "fall",
        ["grew"] = "grow",
        ["grown"] = "grow",
        ["rose"] = "rise",
        ["risen"] = "rise",
        ["ran"] = "run",
        ["paid"] = "pay",
        ["sold"] = "sell",
        ["struck"] = "strike",
        ["drove"] = "driv",
        ["driven"] = "driv",
        ["it's"] = "it",
        ["that's"] = "that",
        ["let's"] = "let",
        ["i'm"] = "i",
        ["we're"] = "we",
        ["they're"] = "they",
        ["won't"] = "will",
        ["can't"] = "can",
        ["don't"] = "do",
        ["doesn't"] = "do",
        ["didn't"] = "do",
        ["isn't"] = "be",
    };

    /// <summary>A small notion of synonymy for paraphrases: words of one group stand in for each other.</summary>
    private static readonly string[][] SynonymGroups =
    [
        ["soldier", "troop", "man", "force", "personnel", "fighter"],
        ["kill", "die", "dead", "death", "casualty", "loss", "lose"],
        ["war", "conflict", "invasion", "fight"],
        ["russia", "moscow", "kremlin", "russian"],
        ["ukraine", "kyiv", "kiev", "ukrainian"],
        ["say", "state", "tell", "declare", "add"],
        ["unlikely", "improbable", "doubt"],
        ["normal", "normalise", "normalize", "usual"],
        ["relation", "relationship", "tie"],
        ["help", "aid", "support", "assistance"],
        ["big", "large", "massive", "huge"],
        ["stop", "end", "halt", "finish"],
        ["see", "believe", "think", "view"],
        ["concession", "compromise"],
        ["unsustainable", "untenable"],
        ["threat", "danger", "menace"],
        ["month", "monthly"],
        ["claim", "accusation", "allegation", "charge"],
        ["groundless", "baseless", "unfounded"],
        ["tired", "exhausted", "weary"],
        ["angry", "furious", "outraged"],
        ["ready", "prepared", "willing"],
        ["measure", "step", "action"],
        ["more", "further", "additional", "extra"],
        ["unavoidable", "inevitable"],
        ["destroy", "ruin", "devastate", "wreck"],
        ["country", "nation"],
        ["failure", "fiasco", "defeat"],
        ["cautious", "careful", "prudent"],
    ];

    private static readonly Dictionary<string, int> SynonymGroupOf = BuildSynonymIndex();

    public QuoteTerms(string text)
    {
        All = Tokenize(text);
        Content = All.Where(t => !Lexicon.IsStopWord(t)).ToList();
        ContentSet = [.. Content];
        AllSet = [.. All];
        Pairs = [];
        for (var i = 0; i + 1 < All.Count; i++)
        {
            Pairs.Add((All[i], All[i + 1]));
            if (i + 2 < All.Count)
            {
                Pairs.Add((All[i], All[i + 2])); // one word inserted or garbled between ("We see killing" for "it is killing")
            }
        }
    }

    /// <summary>Every word, stemmed, in order.</summary>
    public List<string> All { get; }

    /// <summary>The words that carry meaning (no stop words), in order.</summary>
    public List<string> Content { get; }

    public HashSet<string> ContentSet { get; }

    public HashSet<string> AllSet { get; }

    /// <summary>Adjacent word pairs and pairs with one word between.</summary>
    public HashSet<(string, string)> Pairs { get; }

    public bool HasSynonymOf(string term) =>
        SynonymGroupOf.TryGetValue(term, out var group)
        && ContentSet.Any(t => SynonymGroupOf.TryGetValue(t, out var g) && g == group);

    public static List<string> Tokenize(string text)
    {
        var terms = new List<string>();
        var folded = PersonDirectory.Fold(text);
        var i = 0;
        while (i < folded.Length)
        {
            if (!char.IsLetterOrDigit(folded[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (
                i < folded.Length
                && (
                    char.IsLetterOrDigit(folded[i])
                    || (
                        folded[i] is '\'' or ',' or '.'
                        && i + 1 < folded.Length
                        && char.IsLetterOrDigit(folded[i + 1])
                        && (
                            folded[i] == '\''
                            || char.IsDigit(folded[i - 1]) && char.IsDigit(folded[i + 1])
                        )
                    )
                )
            )
            {
                i++;
            }
            var word = folded[start..i].Replace(",", "", StringComparison.Ordinal);
            terms.Add(Stem(word));
        }
        return terms;
    }

    public static string Stem(string word)
    {
        if (Irregular.TryGetValue(word, out var irregular))
        {
            return irregular;
        }
        if (word.EndsWith("'s", StringComparison.Ordinal))
        {
            word = word[..^2];
        }
        word = word.Replace("'", "", StringComparison.Ordinal);
        if (word.Length <= 3 || word.Any(char.IsDigit))
        {
            return word;
        }
        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4)
        {
            return word[..^3] + "y";
        }
        if (word.EndsWith("ing", StringComparison.Ordinal) && word.Length > 5)
        {
            return Undouble(word[..^3]);
        }
        if (word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 4)
        {
            return Undouble(word[..^2]);
        }
        if (
            word.EndsWith("es", StringComparison.Ordinal)
            && word.Length > 4
            && word[^3] is 's' or 'x' or 'z' or 'h'
        )
        {
            return word[..^2];
        }
        if (
            word.EndsWith('s')
            && !word.EndsWith("ss", StringComparison.Ordinal)
            && !word.EndsWith("us", StringComparison.Ordinal)
        )
        {
            word = word[..^1];
        }
        return word.EndsWith('e') && word.Length > 3 ? word[..^1] : word;
    }

    // "stopped" → "stopp" → "stop"; "killing" → "kill" keeps its double l.
    private static string Undouble(string stem)
    {
        if (stem.Length > 3 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'z'))
        {
            stem = stem[..^1];
        }
        return stem.EndsWith('e') && stem.Length > 3 ? stem[..^1] : stem;
    }

    private static Dictionary<string, int> BuildSynonymIndex()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var g = 0; g < SynonymGroups.Length; g++)
        {
            foreach (var word in SynonymGroups[g])
            {
                index.TryAdd(Stem(word), g);
            }
        }
        return index;
    }
}
