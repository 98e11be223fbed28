using System.Buffers;
using System.Text.RegularExpressions;

namespace NewsBot.Core.Articles;

/// <summary>
/// Recognises photo captions by the credit they end with. seeds/001:1–2 is a caption ending in
/// "John Thys / AFP": left in the text, the photographer would be taken for a speaker.
/// </summary>
internal static partial class CaptionDetector
{
    private static readonly HashSet<string> Agencies = new(StringComparer.OrdinalIgnoreCase)
    {
        "AFP",
        "Reuters",
        "AP",
        "Getty Images",
        "Getty",
        "EPA",
        "EPA-EFE",
        "TASS",
        "Sputnik",
        "Kremlin.ru",
        "Bloomberg",
        "Anadolu",
        "Anadolu Agency",
        "Shutterstock",
        "Xinhua",
        "dpa",
        "Ukrinform",
        "Pool",
        "Reuters Pool",
        "AFP via Getty Images",
        "ZUMA",
        "SIPA",
        "Alamy",
        "Associated Press",
        "NurPhoto",
        "Imago",
        "Abaca",
    };

    private static readonly string[] CreditWords = ["photo", "image", "picture", "credit"];

    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create(".!?");

    /// <summary>Whether a whole paragraph (one or more joined lines) is a photo caption.</summary>
    public static bool IsCaption(string text) => EndsWithCredit(text);

    /// <summary>Whether a line or paragraph ends with a photo credit; a caption ends there.</summary>
    public static bool EndsWithCredit(string text)
    {
        var tail = text.Length > 160 ? text[^160..] : text;
        tail = tail.TrimEnd();
        if (tail.Length == 0)
        {
            return false;
        }
        // Cheap tests first: this runs on every line of every article.
        if (tail.EndsWith("Getty Images", StringComparison.Ordinal))
        {
            return true;
        }
        if (
            tail[^1] == ')'
            && tail.Contains("Photo", StringComparison.Ordinal)
            && ParenthesisedCredit().IsMatch(tail)
        )
        {
            return true;
        }
        if (HasCreditWordInLastSentence(tail) && PhotoCredit().IsMatch(tail))
        {
            return true;
        }
        if (!tail.Contains('/', StringComparison.Ordinal))
        {
            return false;
        }
        var slash = SlashCredit().Match(tail);
        if (!slash.Success)
        {
            return false;
        }
        // "Name / Agency": a known agency is enough; otherwise the credit must follow a caption,
        // so that a short heading such as "Russia / Ukraine" is not taken for one.
        var agency = slash.Groups["agency"].Value;
        return agency.Split('/').Any(Agencies.Contains) || LineClassifier.HasWords(text, 8);
    }

    // The words a credit opens with, after the last sentence of the text or at its start.
    private static bool HasCreditWordInLastSentence(string tail)
    {
        // A credit may end with its own full stop: "Image: Jane Roe (flickr)."
        var text = tail.AsSpan().TrimEnd('.');
        var last = text.LastIndexOfAny(SentenceEnds);
        var segment = text[(last + 1)..].TrimStart();
        foreach (var word in CreditWords)
        {
            if (
                segment.StartsWith(word, StringComparison.OrdinalIgnoreCase)
                || segment.Contains(word + ":", StringComparison.OrdinalIgnoreCase)
            )
            {
                return true;
            }
        }
        return false;
    }

    // "Photo: Reuters", "Photograph by Jane Doe", "Credit: …" at the start or after a sentence.
    [GeneratedRegex(
        @"(?:(?:^|[.!?]\s+)(?:Photo|Photograph|Photos|Image|Picture|Credit|Photo credit)\s*(?::|by\b)|\p{Ll}(?:Photo|Image|Picture):)\s*[^.!?]{1,80}\.?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft
    )]
    private static partial Regex PhotoCredit();

    // "(Photo by Jane Doe/Getty Images)", "(AP Photo/Efrem Lukatsky)".
    [GeneratedRegex(
        @"\((?:AP )?Photo(?:graph)?(?: by |/)[^()]{1,80}\)$",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex ParenthesisedCredit();

    // "John Thys / AFP" at the very end, with no punctuation after it (seeds/001:2); the agency may
    // be an institution ("Ministry of Defence", "AFP via Getty Images") or several ("Sputnik/Pool").
    [GeneratedRegex(
        @"(?:^|[\s.])\p{Lu}[\p{L}.'’\-]*(?: \p{Lu}[\p{L}.'’\-]*){0,3} ?/ ?(?<agency>\p{Lu}[\p{L}.\-/]*(?: (?:\p{Lu}[\p{L}.\-/]*|of|the|and|for|via)){0,4})$",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex SlashCredit();
}
