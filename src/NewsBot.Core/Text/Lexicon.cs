using System.Globalization;
using System.Reflection;

namespace NewsBot.Core.Text;

/// <summary>
/// The closed word lists NewsBot reads text with, loaded once from the data files of
/// <c>Text/lexicon/</c> (embedded in the assembly): speech verbs, titles, person nouns, the capitalised
/// words that never name a person, stop words. They are general English news vocabulary; each list
/// exists once and every stage (sentences, attribution, claimants, ranking) reads the same one.
/// </summary>
internal static class Lexicon
{
    /// <summary>Verbs that introduce or attribute words (direct quotes): every form a news sentence uses.</summary>
    public static readonly HashSet<string> SpeechVerbs = Load("speech-verbs");

    /// <summary>Speech verbs that take a bare clause as reported speech ("She said he believed …"); the others need "that".</summary>
    public static readonly HashSet<string> BareClauseVerbs = Load("bare-clause-verbs");

    /// <summary>Verbs by which someone puts forward a figure without speaking it ("the ministry reported"): claimants, never quotes.</summary>
    public static readonly HashSet<string> ClaimVerbs = Load("claim-verbs");

    /// <summary>Irregular past tenses ("gave", "found", "wrote"): verbs a sentence's subject acts with, where no "-ed" shows it.</summary>
    public static readonly HashSet<string> IrregularPastVerbs = Load(
        "irregular-past-verbs",
        StringComparer.Ordinal
    );

    /// <summary>Words that move a quantity from one value to another: "rose", "dropping", "upward" ("rose from 2% to 3%").</summary>
    public static readonly HashSet<string> MovementWords = Load("movement-words");

    /// <summary>Words that make "one" a pronoun, before it ("each one", "the same one") or after it ("one more").</summary>
    public static readonly HashSet<string> PronounOneWords = Load("pronoun-one-words");

    /// <summary>Plural nouns without an "s" ("teeth", "women"): a number before them counts them.</summary>
    public static readonly HashSet<string> IrregularPlurals = Load("irregular-plurals");

    /// <summary>Words that open a subordinate clause with a subject of its own: "after", "when", "because".</summary>
    public static readonly HashSet<string> Subordinators = Load("subordinators");

    /// <summary>Participles by which someone puts words on a thing: "calling it", "dismissing the claim as".</summary>
    public static readonly HashSet<string> CharacterisingVerbs = Load("characterising-verbs");

    /// <summary>Nouns that make a phrase an organisation or a group that can speak: "the defence ministry", "police".</summary>
    public static readonly HashSet<string> GroupNouns = Load("group-nouns");

    /// <summary>Nouns for words put out in writing: "statement", "announcement", "tweet"; they speak for their author.</summary>
    public static readonly HashSet<string> StatementNouns = Load("statement-nouns");

    /// <summary>Nouns for documents that speak for their owner: "the Safety Board's report", "Acme's website".</summary>
    public static readonly HashSet<string> DocumentNouns = Load("document-nouns");

    /// <summary>Verbs whose first object is the listener, not the words: "told reporters".</summary>
    public static readonly HashSet<string> ListenerVerbs = Load("listener-verbs");

    /// <summary>Words allowed between a speaker and the speech verb: "He directly appealed", "She also said".</summary>
    public static readonly HashSet<string> AuxiliaryWords = Load("auxiliaries");

    /// <summary>"he" and "she": the pronouns that refer back to a person.</summary>
    public static readonly HashSet<string> Pronouns = LoadPairs("pronouns")
        .Select(p => p.Word)
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The gender a word tells of the person it is used of ("she", "Mrs", "spokeswoman"), or null.</summary>
    public static Gender? GenderOf(string word) =>
        GenderWords.TryGetValue(word, out var gender) ? gender : null;

    private static readonly Dictionary<string, Gender> GenderWords = LoadPairs("gender-words")
        .ToDictionary(
            p => p.Word,
            p => p.Value == "female" ? Gender.Female : Gender.Male,
            StringComparer.OrdinalIgnoreCase
        );

    /// <summary>Title words that stand before a name and make its role: "Secretary General Jane Roe".</summary>
    public static readonly HashSet<string> TitleWords = Load("titles");

    /// <summary>Nouns that make a lowercase description a person: "the fire chief", "a research fellow".</summary>
    public static readonly HashSet<string> PersonNouns = Load("person-nouns");

    /// <summary>A person noun, singular or plural: "astronaut", "astronauts", "spokesmen".</summary>
    public static bool IsPersonNoun(string word) =>
        PersonNouns.Contains(word)
        || (
            word.EndsWith("men", StringComparison.Ordinal)
            && PersonNouns.Contains(word[..^3] + "man")
        )
        || (
            word.EndsWith("ies", StringComparison.Ordinal) && PersonNouns.Contains(word[..^3] + "y")
        )
        || (word.EndsWith('s') && PersonNouns.Contains(word[..^1]));

    /// <summary>
    /// Capitalised words that are never (part of) a person's name: organisations, places, nationalities,
    /// days and months, publications, and sentence-initial function words.
    /// </summary>
    public static readonly HashSet<string> NonPersonWords = Load("non-person-words");

    /// <summary>Days and months ("Monday", "March"): capitalised words that name a time, never a speaker.</summary>
    public static readonly HashSet<string> CalendarWords = Load(
        "calendar-words",
        StringComparer.Ordinal
    );

    /// <summary>Lowercase words that may sit inside a name or organisation: "Institute for the Study of War", "Ursula von der Leyen".</summary>
    public static readonly HashSet<string> NameConnectors = Load("name-connectors");

    private static readonly HashSet<string> StopWords = Load("stop-words", StringComparer.Ordinal);

    /// <summary>The stop words, for the analysis chain's stop filter.</summary>
    public static ICollection<string> StopWordList => StopWords;

    /// <summary>Words of a question about a figure that say how it is asked, not what is counted ("how many", "according to").</summary>
    public static readonly HashSet<string> QueryWords = Load("query-words", StringComparer.Ordinal);

    /// <summary>Irregular forms and contractions with the base word they are read as: ("said", "say"), ("won't", "will").</summary>
    public static readonly IReadOnlyList<(string Form, string Word)> WordForms = LoadPairs(
            "word-forms"
        )
        .ToList();

    /// <summary>The events a year dates ("founded", "born", "killed"), one group of equivalent words each.</summary>
    public static readonly IReadOnlyList<string[]> DatedEvents = Lines("dated-events")
        .Select(l =>
            l.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        )
        .ToList();

    /// <summary>What befell the people a count counts ("killed", "injured", "evacuated"), one group of equivalent words each.</summary>
    public static readonly IReadOnlyList<string[]> CountedEvents = Lines("counted-events")
        .Select(l =>
            l.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        )
        .ToList();

    /// <summary>Units that count people ("soldiers", "residents", "crew"): counts of people answer for one another.</summary>
    public static readonly HashSet<string> PeopleUnits = Load("people-units");

    /// <summary>Nouns a question asks a rank of: "on which ballot", "which named storm", "which anniversary".</summary>
    public static readonly HashSet<string> RankNouns = Load("rank-nouns");

    /// <summary>Whether a lowercase word carries no meaning of its own when texts are compared.</summary>
    public static bool IsStopWord(string term) => StopWords.Contains(term);

    /// <summary>The lines of a data file without comments and blank lines.</summary>
    internal static IEnumerable<string> Lines(string name)
    {
        var resource = $"NewsBot.Core.lexicon.{name}.txt";
        using var stream =
            Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new NewsBotException($"The word list '{name}' is missing from NewsBot.Core.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith('#'))
            {
                yield return trimmed;
            }
        }
    }

    /// <summary>The words of a data file, split at spaces; matched ignoring case unless another comparer is given.</summary>
    internal static HashSet<string> Load(string name, StringComparer? comparer = null) =>
        new(
            Lines(name).SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)),
            comparer ?? StringComparer.OrdinalIgnoreCase
        );

    /// <summary>The words of a data file matched as written (terms as a question is read: lower case, stemmed).</summary>
    internal static HashSet<string> LoadAsWritten(string name) =>
        Load(name, StringComparer.Ordinal);

    /// <summary>The words of a data file of lines "word number" with the number each stands for ("dozen 12"); matched ignoring case.</summary>
    internal static Dictionary<string, double> LoadNumbers(string name) =>
        LoadPairs(name)
            .ToDictionary(
                p => p.Word,
                p => double.Parse(p.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
                StringComparer.OrdinalIgnoreCase
            );

    /// <summary>The entries of a data file of phrases, one a line ("more than"); matched ignoring case.</summary>
    internal static HashSet<string> Phrases(string name) =>
        new(Lines(name), StringComparer.OrdinalIgnoreCase);

    private static IEnumerable<(string Word, string Value)> LoadPairs(string name) =>
        Lines(name)
            .Select(l => l.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries))
            .Where(p => p.Length == 2)
            .Select(p => (p[0], p[1].Trim()));
}

/// <summary>What the text tells of a person's gender: pronouns and titles used of them.</summary>
internal enum Gender
{
    Male,
    Female,
}
