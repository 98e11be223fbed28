using System.Text;
using System.Text.RegularExpressions;

namespace NewsBot.Discord.Rendering;

/// <summary>
/// Article text shown as text, never as formatting: Discord's markdown treats a backslash before any
/// punctuation as a literal, so every markdown character is escaped.
/// https://support.discord.com/hc/en-us/articles/210298617 (Markdown Text 101)
/// </summary>
internal static partial class Markdown
{
    private const string Special = "\\*_~`|>#[]()-<:";

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (Special.Contains(c))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>Escapes <paramref name="text"/> and puts the words of <paramref name="query"/> in bold.</summary>
    public static string Highlight(string text, string? query)
    {
        var wanted = Words(query ?? "")
            .Select(m => m.Value.ToLowerInvariant())
            .Where(w => w.Length > 1 && !s_stopWords.Contains(w))
            .ToHashSet();
        if (wanted.Count == 0)
        {
            return Escape(text);
        }

        var builder = new StringBuilder(text.Length + 32);
        var last = 0;
        foreach (Match word in Words(text))
        {
            builder.Append(Escape(text[last..word.Index]));
            var escaped = Escape(word.Value);
            if (wanted.Contains(word.Value.ToLowerInvariant()))
            {
                builder.Append("**").Append(escaped).Append("**");
            }
            else
            {
                builder.Append(escaped);
            }

            last = word.Index + word.Length;
        }
        builder.Append(Escape(text[last..]));
        return builder.ToString();
    }

    /// <summary>Each line of <paramref name="escapedText"/> as a block quote.</summary>
    public static string BlockQuote(string escapedText) =>
        string.Join('\n', escapedText.Split('\n').Select(line => "> " + line));

    private static MatchCollection Words(string text) => WordRegex().Matches(text);

    /// <summary>A word, or a number with its separators as one token: "30,000" is never bolded as "30,**000**".</summary>
    [GeneratedRegex(@"(?:\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{N}]+)(?:['’]\p{L}+)?")]
    private static partial Regex WordRegex();

    private static readonly HashSet<string> s_stopWords =
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "at",
        "is",
        "it",
        "be",
        "by",
        "for",
        "as",
        "we",
        "he",
        "she",
        "they",
        "that",
        "this",
        "with",
        "was",
        "are",
        "were",
        "been",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "can",
        "could",
        "will",
        "would",
        "shall",
        "should",
        "may",
        "might",
        "must",
        "not",
        "no",
        "but",
        "if",
        "so",
        "from",
        "into",
        "than",
        "then",
        "there",
        "their",
        "them",
        "his",
        "her",
        "its",
        "our",
        "you",
        "your",
        "me",
        "my",
        "what",
        "who",
        "which",
        "when",
        "where",
        "why",
        "how",
        "all",
        "any",
    ];
}
