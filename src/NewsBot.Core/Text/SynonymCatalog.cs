using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Util;

namespace NewsBot.Core.Text;

/// <summary>The domain synonym list (Indexing/synonyms.txt, embedded), as Lucene's synonym map.</summary>
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

    private static List<IReadOnlyList<string>> LoadGroups()
    {
        using var stream =
            typeof(SynonymCatalog).Assembly.GetManifestResourceStream("NewsBot.Core.synonyms.txt")
            ?? throw new NewsBotException("The synonym list is missing from NewsBot.Core.");
        using var reader = new StreamReader(stream);
        var groups = new List<IReadOnlyList<string>>();
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var words = line.Split(
                ',',
                StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries
            );
            if (words.Length > 1)
            {
                groups.Add(words.Select(w => w.ToLowerInvariant()).ToArray());
            }
        }
        return groups;
    }

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
