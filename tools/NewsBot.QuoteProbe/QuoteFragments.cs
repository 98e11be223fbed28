using System.Text.RegularExpressions;
using NewsBot.Core.Answers;

namespace NewsBot.QuoteProbe;

/// <summary>A run of words copied from a quotation of an article: what a reader pastes into /who-said.</summary>
internal sealed record QuoteFragment(string File, int Line, string Words);

/// <summary>
/// Draws fragments of a fixed number of words from the quotations of a folder of articles, found
/// independently of NewsBot's own quote extraction: any words between double quotation marks on one line.
/// The same seed draws the same fragments.
/// </summary>
internal static partial class QuoteFragments
{
    public static IReadOnlyList<QuoteFragment> Draw(string folder, int count, int words, int seed)
    {
        var quotations = new List<(string File, int Line, string[] Words)>();
        foreach (var path in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(path);
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (Match m in Quotation().Matches(SourceText.DecodeEntities(lines[i])))
                {
                    var inner = m.Groups["q"]
                        .Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    if (inner.Length >= words)
                    {
                        quotations.Add((Path.GetFileName(path), i + 1, inner));
                    }
                }
            }
        }
        var random = new Random(seed);
        var drawn = new List<QuoteFragment>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (
            var tries = 0;
            drawn.Count < count && tries < count * 20 && quotations.Count > 0;
            tries++
        )
        {
            var (file, line, all) = quotations[random.Next(quotations.Count)];
            var start = random.Next(all.Length - words + 1);
            var fragment = string.Join(' ', all.Skip(start).Take(words)).Trim(Punctuation);
            if (seen.Add(fragment))
            {
                drawn.Add(new QuoteFragment(file, line, fragment));
            }
        }
        return drawn;
    }

    private static readonly char[] Punctuation =
    [
        ',',
        '.',
        ';',
        ':',
        '!',
        '?',
        '"',
        '“',
        '”',
        '(',
        ')',
    ];

    [GeneratedRegex("[\"“](?<q>[^\"“”]+)[\"”]", RegexOptions.CultureInvariant)]
    private static partial Regex Quotation();
}
