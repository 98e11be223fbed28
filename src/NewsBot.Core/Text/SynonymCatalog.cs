using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Util;

namespace NewsBot.Core.Text;

/// <summary>The domain synonym list (Text/lexicon/synonyms.txt), as Lucene's synonym map.</summary>
internal static class SynonymCatalog
{
    public static IReadOnlyList<IReadOnlyList<string>> Groups { get; } = LoadGroups();

    public static SynonymMap Map { get; } = BuildMap(Groups);

    /// <summary>Changes whenever the list changes, so an index built with another list is rebuilt.</summary>
    public static string Fingerprint { get; } =
        Convert.ToHexString(
            System.Security.Cryptography.SHA256.HashData(
                System.Text.Encoding.UTF8.GetBytes(
                    string.Join("\n", Groups.Select(g => string.Join(",", g)))
                )
            )
        )[..16];

    private static List<IReadOnlyList<string>> LoadGroups() =>
        Lexicon
            .Lines("synonyms")
            .Select(line =>
                (IReadOnlyList<string>)
                    line.Split(
                            ',',
                            StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries
                        )
                        .Select(w => w.ToLowerInvariant())
                        .ToArray()
            )
            .Where(g => g.Count > 1)
            .ToList();

    private static SynonymMap BuildMap(IReadOnlyList<IReadOnlyList<string>> groups)
    {
        var builder = new SynonymMap.Builder(dedup: true);
        foreach (var group in groups)
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
