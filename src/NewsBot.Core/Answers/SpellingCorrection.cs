using System.Text.RegularExpressions;
using NewsBot.Core.Quotes;
using NewsBot.Core.Text;

namespace NewsBot.Core.Answers;

/// <summary>
/// Reads a question's misspelt words as the words of the candidate quotes they stand for: a word of at
/// least <see cref="MinLength"/> letters that no candidate has, one edit from exactly one word the
/// candidates have (two edits for words of <see cref="LongWord"/> letters or more; a swap of two letters
/// is one edit). Words are compared as written, before stemming, which would part "emotionl" from
/// "emotional" further than the one letter between them.
/// </summary>
internal static partial class SpellingCorrection
{
    private const int MinLength = 4;
    private const int LongWord = 8;

    /// <summary>The question with its misspellings replaced; null when it has none the candidates can mend.</summary>
    public static string? Of(string question, IReadOnlyList<Quote> candidates)
    {
        var vocabulary = new HashSet<string>(StringComparer.Ordinal);
        foreach (var quote in candidates)
        {
            vocabulary.UnionWith(WordsOf(quote.Text));
        }
        var replacements = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var word in WordsOf(question).Distinct())
        {
            if (word.Length < MinLength || vocabulary.Contains(word))
            {
                continue;
            }
            var allowed = word.Length >= LongWord ? 2 : 1;
            var nearest = vocabulary
                .Select(v => (Word: v, Distance: NameFolding.EditDistance(word, v, allowed)))
                .Where(x => x.Distance <= allowed)
                .GroupBy(x => x.Distance)
                .OrderBy(g => g.Key)
                .FirstOrDefault()
                ?.ToList();
            // Two words equally near ("bat" and "cat" for "hat") leave the word as it is.
            if (nearest is [var only])
            {
                replacements[word] = only.Word;
            }
        }
        return replacements.Count == 0
            ? null
            : Word()
                .Replace(
                    question,
                    m => replacements.GetValueOrDefault(m.Value.ToLowerInvariant(), m.Value)
                );
    }

    private static IEnumerable<string> WordsOf(string text) =>
        Word().Matches(text).Select(m => m.Value.ToLowerInvariant());

    [GeneratedRegex(@"\p{L}[\p{L}\p{M}]*")]
    private static partial Regex Word();
}
