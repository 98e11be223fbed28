using System.Buffers;
using System.Text.RegularExpressions;
using NewsBot.Core.Articles;

namespace NewsBot.Core.Figures;

/// <summary>Someone a sentence says a figure comes from, and where in the sentence the attribution is.</summary>
internal sealed record Claim(string Name, int Position);

/// <summary>
/// Finds who claims the figures of an article: the subject of "X said / reported / revealed / told",
/// "said X", "according to X", and the attribution line after a pull quote ("— Mark Rutte, NATO Secretary
/// General", 002:19). Pronouns ("he said", 001:13) resolve to the last person named; surnames expand to
/// the full name the article gives ("Rutte" → "Mark Rutte"); titles in front of a name are dropped
/// ("NATO Secretary General Mark Rutte" → "Mark Rutte"). Organisations stay as written
/// ("Britain's defense ministry", 002:21). One instance per article: it remembers the last person named.
/// </summary>
internal sealed partial class ClaimFinder
{
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "NATO",
        "Secretary",
        "General",
        "Secretary-General",
        "President",
        "Vice",
        "Prime",
        "Minister",
        "Foreign",
        "Defense",
        "Defence",
        "Deputy",
        "Chancellor",
        "Chief",
        "Commander",
        "Spokesman",
        "Spokeswoman",
        "Spokesperson",
        "Director",
        "Ambassador",
        "Admiral",
        "Colonel",
        "Lieutenant",
        "Major",
        "Gen.",
        "Lt.",
        "Col.",
        "Sen.",
        "Senator",
        "Rep.",
        "Representative",
        "Governor",
        "Mayor",
        "King",
        "Queen",
        "Prince",
        "Pope",
        "Mr.",
        "Mrs.",
        "Ms.",
        "Dr.",
        "Prof.",
        "Professor",
        "U.S.",
        "US",
        "UK",
        "EU",
        "UN",
        "State",
        "of",
        "the",
        "for",
        "Former",
        "Interior",
        "Finance",
        "Economy",
        "Security",
        "Council",
        "Kremlin",
        "Pentagon",
        "Ukrainian",
        "Russian",
        "Polish",
        "British",
        "American",
        "German",
        "French",
        "Dutch",
        "Chinese",
        "Israeli",
        "Iranian",
        "Turkish",
        "Italian",
        "Spanish",
        "Belgian",
        "Swedish",
        "Finnish",
        "Norwegian",
        "Danish",
        "Estonian",
        "Latvian",
        "Lithuanian",
        "Hungarian",
        "Czech",
        "Romanian",
        "Canadian",
        "Japanese",
        "Korean",
        "Indian",
        "Premier",
        "Head",
        "Leader",
        "Top",
        "Senior",
        "Analyst",
        "Fellow",
        "Officer",
        "Envoy",
    };

    /// <summary>Capitalised words that open a sentence without naming anyone.</summary>
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "The",
        "This",
        "These",
        "That",
        "Those",
        "It",
        "Its",
        "However",
        "But",
        "And",
        "In",
        "On",
        "At",
        "Despite",
        "While",
        "As",
        "After",
        "Before",
        "Meanwhile",
        "Still",
        "Yet",
        "Now",
        "Then",
        "So",
        "Also",
        "If",
        "When",
        "A",
        "An",
        "They",
        "We",
        "I",
        "You",
        "There",
        "Here",
        "Such",
        "By",
        "For",
        "From",
        "With",
        "Speaking",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "Interestingly",
    };

    /// <summary>Common nouns that make an organisation or a group a claimant ("defense ministry", "Western officials").</summary>
    private static readonly HashSet<string> OrgNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "ministry",
        "ministers",
        "minister",
        "officials",
        "official",
        "military",
        "intelligence",
        "government",
        "reports",
        "report",
        "estimates",
        "estimate",
        "assessments",
        "assessment",
        "analysts",
        "office",
        "agency",
        "department",
        "update",
        "forces",
        "army",
        "command",
        "staff",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "secretary",
        "president",
        "chief",
        "experts",
        "sources",
        "data",
        "figures",
        "statistics",
        "study",
        "survey",
        "researchers",
        "police",
        "authorities",
        "observers",
        "monitors",
        "group",
        "institute",
        "defense",
        "defence",
        "foreign",
        "general",
        "prime",
        "former",
        "top",
        "senior",
        "diplomats",
        "commanders",
        "lawmakers",
        "leaders",
        "spokespeople",
    };

    private static readonly HashSet<string> SkippedBeforeVerb = new(
        StringComparer.OrdinalIgnoreCase
    )
    {
        "also",
        "previously",
        "recently",
        "has",
        "have",
        "had",
        "was",
        "were",
        "reportedly",
        "later",
        "then",
        "further",
        "publicly",
        "openly",
        "once",
        "again",
        "separately",
        "earlier",
        "first",
        "repeatedly",
        "is",
    };

    private readonly Dictionary<string, string> _fullNames = new(StringComparer.OrdinalIgnoreCase);
    private string? _lastPerson;

    public ClaimFinder(Article article)
    {
        foreach (var paragraph in article.Paragraphs)
        {
            foreach (Match m in FullName().Matches(paragraph.Text))
            {
                var first = m.Groups["first"].Value;
                var last = m.Groups["last"].Value;
                if (!Titles.Contains(first) && !NotNames.Contains(first) && !Titles.Contains(last))
                {
                    _fullNames.TryAdd(last, $"{first} {last}");
                }
            }
        }
    }

    /// <summary>True for a surname the article also gives in full ("Conyers" after "John Conyers").</summary>
    public bool IsKnownName(string name) => _fullNames.ContainsKey(name);

    /// <summary>The claims of a sentence in order; pronouns are resolved as the article is read.</summary>
    public IReadOnlyList<Claim> Find(string sentence)
    {
        var claims = new List<Claim>();
        foreach (Match m in AccordingTo().Matches(sentence))
        {
            var name = Resolve(ForwardPhrase(sentence, m.Index + m.Length));
            if (name is not null)
            {
                claims.Add(new Claim(name, m.Index));
            }
        }
        foreach (var m in ClaimVerbs(sentence))
        {
            var name = Resolve(SubjectBefore(sentence, m.Index));
            if (
                name is null
                && SaidInverted().Match(sentence, m.Index) is { Success: true } inverted
                && inverted.Index == m.Index
            )
            {
                name = Resolve(ForwardPhrase(sentence, m.Index + m.Groups["v"].Length));
            }
            if (name is not null)
            {
                claims.Add(new Claim(name, m.Index));
            }
        }
        claims.Sort((a, b) => a.Position.CompareTo(b.Position));
        return claims;
    }

    /// <summary>
    /// The claim verbs of a sentence, as <see cref="ClaimVerb"/> matches them. A match starts with one of the verbs,
    /// so the regular expression is only run from where a vectorised search finds the next one: most of a sentence
    /// is skipped unread.
    /// </summary>
    private static IEnumerable<Match> ClaimVerbs(string sentence)
    {
        var at = 0;
        while (at < sentence.Length)
        {
            var next = sentence.AsSpan(at).IndexOfAny(ClaimVerbWords);
            if (next < 0)
            {
                yield break;
            }
            var match = ClaimVerb().Match(sentence, at + next);
            if (!match.Success)
            {
                yield break;
            }
            yield return match;
            at = match.Index + match.Length;
        }
    }

    private static readonly SearchValues<string> ClaimVerbWords = SearchValues.Create(
        ClaimVerbList.Split('|'),
        StringComparison.Ordinal
    );

    private const string ClaimVerbList =
        "said|says|told|tells|reported|reports|revealed|reveals|stated|states|stating|announced|announces|estimated|estimates|estimating|claimed|claims|warned|warns|noted|notes|added|adds|explained|explains|emphasized|emphasised|emphasizes|insisted|insists|argued|argues|wrote|writes|confirmed|confirms|acknowledged|acknowledges|indicated|indicates|indicate|suggested|suggests|suggest|showed|shows|assessed|assesses|calculated|calculates|disclosed|discloses|admitted|admits|testified|believes";

    /// <summary>"— Mark Rutte, NATO Secretary General" (the dash may already be stripped) → "Mark Rutte".</summary>
    public string? FromAttributionLine(string text)
    {
        var match = AttributionLine().Match(text);
        return match.Success ? Resolve(match.Groups["name"].Value.Trim()) : null;
    }

    private string? Resolve(string? phrase)
    {
        if (string.IsNullOrWhiteSpace(phrase))
        {
            return null;
        }
        var tokens = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (tokens.Count == 1 && tokens[0].ToLowerInvariant() is "he" or "she" or "him" or "her")
        {
            return _lastPerson;
        }
        if (tokens[0].Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            tokens.RemoveAt(0);
        }
        if (tokens.Count == 0)
        {
            return null;
        }
        // A role without a name ("the NATO chief") stands for the person last named.
        if (
            tokens.All(t => Titles.Contains(t) || OrgNouns.Contains(t))
            && tokens[^1].ToLowerInvariant()
                is "chief"
                    or "secretary"
                    or "minister"
                    or "president"
                    or "spokesman"
                    or "spokeswoman"
                    or "spokesperson"
                    or "general"
        )
        {
            return _lastPerson ?? string.Join(' ', tokens);
        }
        // The trailing run of capitalised words is the name; titles in front of it are dropped.
        var run = new List<string>();
        for (var i = tokens.Count - 1; i >= 0 && IsCapitalised(tokens[i]); i--)
        {
            run.Insert(0, tokens[i]);
        }
        if (
            run.Count == 0
            || (run.Count < tokens.Count && run.Count == 1 && Titles.Contains(run[0]))
        )
        {
            return string.Join(' ', tokens);
        }
        while (run.Count > 1 && Titles.Contains(run[0]))
        {
            run.RemoveAt(0);
        }
        var name = string.Join(' ', run);
        if (run.Count == 1 && _fullNames.TryGetValue(run[0], out var full))
        {
            name = full;
        }
        var isPerson =
            !Titles.Contains(run[^1])
            && !IsPossessive(run[^1])
            && (run.Count >= 2 || _fullNames.ContainsKey(run[0]));
        if (isPerson)
        {
            _lastPerson = name;
        }
        return run.Count < tokens.Count && !isPerson ? string.Join(' ', tokens) : name;
    }

    /// <summary>The noun phrase right before a claim verb, read backwards: "Britain's defense ministry reported".</summary>
    private static string? SubjectBefore(string sentence, int verbIndex)
    {
        var tokens = TokensOf(sentence.AsSpan(0, verbIndex));
        var i = tokens.Count - 1;
        while (i >= 0 && SkippedBeforeVerb.Contains(tokens[i]))
        {
            i--;
        }
        // "Kateryna Stepanenko, a Russia research fellow at the Institute for the Study of War, said": skip the apposition.
        if (i >= 0 && tokens[i] == ",")
        {
            var comma = i == 0 ? -1 : tokens.FindLastIndex(i - 1, Math.Min(i, 16), t => t == ",");
            if (comma <= 0)
            {
                return null;
            }
            i = comma - 1;
        }
        if (i < 0)
        {
            return null;
        }
        if (tokens[i].ToLowerInvariant() is "he" or "she")
        {
            return tokens[i];
        }
        var phrase = new List<string>();
        for (; i >= 0 && phrase.Count < 7; i--)
        {
            var token = tokens[i];
            if (IsCapitalised(token) && !NotNames.Contains(token))
            {
                phrase.Insert(0, token);
            }
            else if (OrgNouns.Contains(token))
            {
                phrase.Insert(0, token);
            }
            else if (
                token.ToLowerInvariant() is "of" or "for"
                && phrase.Count > 0
                && IsCapitalised(phrase[0])
                && i > 0
                && IsCapitalised(tokens[i - 1])
            )
            {
                phrase.Insert(0, token);
            }
            else
            {
                break;
            }
        }
        return phrase.Count == 0 || phrase.All(t => !IsCapitalised(t) && !OrgNouns.Contains(t))
            ? null
            : string.Join(' ', phrase);
    }

    /// <summary>The noun phrase after "according to" or an inverted "said": "Britain's defense ministry", "Kateryna Stepanenko".</summary>
    private static string? ForwardPhrase(string sentence, int from)
    {
        var tokens = TokensOf(sentence.AsSpan(from));
        var phrase = new List<string>();
        foreach (var token in tokens)
        {
            if (phrase.Count >= 7)
            {
                break;
            }
            if (phrase.Count == 0 && token.Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                phrase.Add(token);
            }
            else if (
                IsCapitalised(token)
                && !(
                    phrase.Count == 0
                    && NotNames.Contains(token)
                    && !token.Equals("The", StringComparison.Ordinal)
                )
            )
            {
                phrase.Add(token);
            }
            else if (OrgNouns.Contains(token) && phrase.Count > 0)
            {
                phrase.Add(token);
            }
            else if (
                token.ToLowerInvariant() is "of" or "for" or "the"
                && phrase.Count > 0
                && IsCapitalised(phrase[^1])
            )
            {
                phrase.Add(token);
            }
            else
            {
                break;
            }
        }
        while (phrase.Count > 0 && phrase[^1].ToLowerInvariant() is "of" or "for" or "the")
        {
            phrase.RemoveAt(phrase.Count - 1);
        }
        return
            phrase.Count == 0
            || phrase.All(t => t.Equals("the", StringComparison.OrdinalIgnoreCase))
            ? null
            : string.Join(' ', phrase);
    }

    private static List<string> TokensOf(ReadOnlySpan<char> text)
    {
        var tokens = new List<string>();
        foreach (var token in Tokens().EnumerateMatches(text))
        {
            tokens.Add(text.Slice(token.Index, token.Length).ToString());
        }
        return tokens;
    }

    private static bool IsCapitalised(string token) => token.Length > 0 && char.IsUpper(token[0]);

    private static bool IsPossessive(string token) =>
        token.EndsWith("'s", StringComparison.Ordinal)
        || token.EndsWith("’s", StringComparison.Ordinal);

    [GeneratedRegex(
        @"\baccording\s+to\s+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex AccordingTo();

    [GeneratedRegex(@"\b(?<v>" + ClaimVerbList + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex ClaimVerb();

    [GeneratedRegex(
        @"\G(?<v>said|says|told|added|stated)\s+(?=\p{Lu})",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex SaidInverted();

    [GeneratedRegex(@"^\s*[—–―-]?\s*(?<name>[^,]{2,60})", RegexOptions.CultureInvariant)]
    private static partial Regex AttributionLine();

    [GeneratedRegex(
        @"\b(?<first>\p{Lu}[\p{Ll}\p{M}]+)\s+(?=(?<last>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)\b)",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex FullName();

    [GeneratedRegex(@"[\p{L}\p{M}][\p{L}\p{M}.'’\-]*|[,;:—–“”""()]", RegexOptions.CultureInvariant)]
    private static partial Regex Tokens();
}
