using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Util;

namespace NewsBot.Core.Text;

/// <summary>
/// The synonyms of <c>lexicon/synonyms.txt</c>: groups of equivalent words ("soldiers, troops") and
/// pairs of related words ("russia ~ russian"). Retrieval expands a question's word with both kinds
/// (<see cref="Map"/>); rankers read them through <see cref="TermNormalizer"/>.
/// </summary>
internal static class SynonymCatalog
{
    private static readonly (
        List<IReadOnlyList<string>> Groups,
        List<(string, string)> Related
    ) Lists = LoadLists();

    /// <summary>The groups of equivalent words, lowercase, in the order of the file.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Groups => Lists.Groups;

    /// <summary>Pairs of words that are related but not equivalent.</summary>
    public static IReadOnlyList<(string A, string B)> Related => Lists.Related;

    public static SynonymMap Map { get; } = BuildMap();

    /// <summary>Changes whenever the list changes, so an index built with another list is rebuilt.</summary>
    public static string Fingerprint { get; } =
        Convert.ToHexString(
            System.Security.Cryptography.SHA256.HashData(
                System.Text.Encoding.UTF8.GetBytes(string.Join("\n", Lexicon.Lines("synonyms")))
            )
        )[..16];

    private static (List<IReadOnlyList<string>>, List<(string, string)>) LoadLists()
    {
        var groups = new List<IReadOnlyList<string>>();
        var related = new List<(string, string)>();
        foreach (var line in Lexicon.Lines("synonyms"))
        {
            var pair = line.Split('~', StringSplitOptions.TrimEntries);
            if (pair.Length == 2)
            {
                related.Add((pair[0].ToLowerInvariant(), pair[1].ToLowerInvariant()));
                continue;
            }
            var words = line.Split(
                    ',',
                    StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries
                )
                .Select(w => w.ToLowerInvariant())
                .ToArray();
            if (words.Length > 1)
            {
                groups.Add(words);
            }
        }
        return (groups, related);
    }

    private static SynonymMap BuildMap()
    {
        var builder = new SynonymMap.Builder(dedup: true);
        var expansions = Groups.Concat(Related.Select(r => (IReadOnlyList<string>)[r.A, r.B]));
        foreach (var group in expansions)
        {
            foreach (var from in group)
            {
                foreach (var to in group)
                {
                    if (from != to)
                    {
                        builder.Add(Phrase(from), Phrase(to), includeOrig: true);
                    }
                }
            }
        }
        return builder.Build();
    }

    private static CharsRef Phrase(string words) =>
        SynonymMap.Builder.Join(
            words.Split(' ', StringSplitOptions.RemoveEmptyEntries),
            new CharsRef()
        );
}
