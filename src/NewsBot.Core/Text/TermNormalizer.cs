using Lucene.Net.Analysis.TokenAttributes;

namespace NewsBot.Core.Text;

/// <summary>A word of a text as the rankers compare it: its stem (or its concept), where it is, and whether it is a stop word.</summary>
internal readonly record struct TextTerm(string Text, int Start, int End, bool IsStop);

/// <summary>
/// The words of a text as every ranker compares them, read with the same Lucene analysis chain that
/// indexes and retrieves them (<see cref="NewsAnalyzer.Terms"/>): folded, possessives dropped, irregular
/// forms read as their base word, Porter-stemmed, stop words kept but marked. A word of a synonym group
/// is read as the group's concept (<see cref="Concept"/>), so "troops" and "soldiers" meet and a figure
/// ranker and a quote ranker agree on what a word means.
/// </summary>
internal static class TermNormalizer
{
    private static readonly Dictionary<string, string> ConceptOf;
    private static readonly Dictionary<string, int[]> GroupsOf;
    private static readonly Dictionary<string, string> RelatedOf;

#pragma warning disable CA1810 // the three tables are built together from one reading of the synonyms
    static TermNormalizer()
    {
        ConceptOf = BuildConcepts(out GroupsOf, out RelatedOf);
    }
#pragma warning restore CA1810

    /// <summary>The words of <paramref name="text"/> in order, stemmed, with their offsets in the text.</summary>
    public static List<TextTerm> Terms(string? text)
    {
        var terms = new List<TextTerm>();
        if (string.IsNullOrEmpty(text))
        {
            return terms;
        }
        using var stream = NewsAnalyzer.Terms.GetTokenStream("", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var keyword = stream.AddAttribute<IKeywordAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var word = term.ToString();
            terms.Add(
                new TextTerm(
                    word,
                    offset.StartOffset,
                    offset.EndOffset,
                    keyword.IsKeyword && Lexicon.IsStopWord(word)
                )
            );
        }
        stream.End();
        return terms;
    }

    /// <summary>The stem of one word ("soldiers" → "soldier"), or null when it has none (punctuation).</summary>
    public static string? Stem(string word)
    {
        var terms = Terms(word);
        return terms.Count == 0 ? null : terms[0].Text;
    }

    /// <summary>The concept a stem stands for: its synonym group's first word, else the stem itself.</summary>
    public static string Concept(string stem) => ConceptOf.GetValueOrDefault(stem, stem);

    /// <summary>Whether two stems are in one synonym group or related ("russia ~ russian").</summary>
    public static bool AreSynonyms(string a, string b)
    {
        if (a == b)
        {
            return true;
        }
        if (RelatedOf.TryGetValue(Concept(a), out var other) && other == Concept(b))
        {
            return true;
        }
        return GroupsOf.TryGetValue(a, out var ga)
            && GroupsOf.TryGetValue(b, out var gb)
            && ga.AsSpan().IndexOfAny(gb) >= 0;
    }

    /// <summary>The concept related to a concept ("russian" for "russia" and back), or null.</summary>
    public static string? RelatedConcept(string concept) => RelatedOf.GetValueOrDefault(concept);

    /// <summary>Whether a stem belongs to any synonym group (a cheap test before comparing groups).</summary>
    public static bool HasSynonyms(string stem) => GroupsOf.ContainsKey(stem);

    private static Dictionary<string, string> BuildConcepts(
        out Dictionary<string, int[]> groupsOf,
        out Dictionary<string, string> related
    )
    {
        var concepts = new Dictionary<string, string>(StringComparer.Ordinal);
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var g = 0; g < SynonymCatalog.Groups.Count; g++)
        {
            var group = SynonymCatalog.Groups[g];
            var name = group[0];
            foreach (var word in group.Where(w => !w.Contains(' ')))
            {
                if (Stem(word) is not { } stem)
                {
                    continue;
                }
                concepts.TryAdd(stem, name);
                if (!groups.TryGetValue(stem, out var list))
                {
                    groups[stem] = list = [];
                }
                list.Add(g);
            }
        }
        groupsOf = groups.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        related = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (a, b) in SynonymCatalog.Related)
        {
            var ca = Stem(a) is { } sa ? concepts.GetValueOrDefault(sa, sa) : a;
            var cb = Stem(b) is { } sb ? concepts.GetValueOrDefault(sb, sb) : b;
            related.TryAdd(ca, cb);
            related.TryAdd(cb, ca);
        }
        return concepts;
    }
}
