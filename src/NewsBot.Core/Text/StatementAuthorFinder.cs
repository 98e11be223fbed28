using System.Text.RegularExpressions;

namespace NewsBot.Core.Text;

/// <summary>
/// Who put out a statement the text has speak ("…," the warning read): the organisation or person the article
/// names as its author earlier — "the warning issued by Met Office", "Acme released a statement", "the
/// ministry's statement", "In a letter, Jane Roe …" — in the statement's paragraph or the two before it.
/// </summary>
internal static class StatementAuthorFinder
{
    private const string Author =
        @"(?<author>\p{Lu}[\p{L}\p{M}.&\-]*(?:\s+(?:(?:of|and|for|the|de)\s+)?\p{Lu}[\p{L}\p{M}.&\-]*){0,6})";

    private static readonly string Noun =
        "(?<noun>"
        + string.Join(
            '|',
            Lexicon
                .StatementNouns.Concat(Lexicon.DocumentNouns)
                .OrderByDescending(n => n.Length)
                .Select(Regex.Escape)
        )
        + ")";

    /// <summary>How many of <see cref="Patterns"/>, from the first, say who put a document out ("issued by X", "X issued").</summary>
    private const int PutOutPatterns = 2;

    private static readonly Regex[] Patterns =
    [
        // "the warning issued by Met Éireann", "a statement released by the Ministry of Health".
        Build(
            $@"\b{Noun}\s+(?:issued|released|published|posted|sent|signed|put out)\s+by\s+(?:the\s+)?{Author}"
        ),
        // "Acme released a statement", "the Ministry of Health issued its warning".
        Build(
            $@"{Author}\s+(?:issued|released|published|posted|sent|put out|made)\s+(?:[Aa]|[Aa]n|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:\p{{Ll}}+\s+){{0,2}}?{Noun}\b"
        ),
        // "the Ministry of Health's statement", "Acme's short statement".
        Build($@"{Author}['’]s\s+(?:\p{{Ll}}+\s+){{0,2}}?{Noun}\b"),
        // "In a statement, Acme …", "In a letter to staff, Jane Roe …".
        Build(
            $@"\b[Ii]n\s+(?:[Aa]|[Aa]n|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:\p{{Ll}}+\s+){{0,2}}?{Noun}(?:\s+to\s+[\p{{L}}\s]{{1,30}}?)?,\s+(?:the\s+)?{Author}"
        ),
    ];

    public static string? Find(List<ParagraphView> views, int paragraph, int offset, string noun) =>
        Find(views, paragraph, offset, m => m.Equals(noun, StringComparison.OrdinalIgnoreCase))
        // "Acme issued a ruling." … "The summary of the decision read": with no author given for that noun, the
        // one the article last said put out a document or a statement, whatever its noun.
        ?? Find(views, paragraph, offset, _ => true, PutOutPatterns);

    private static string? Find(
        List<ParagraphView> views,
        int paragraph,
        int offset,
        Func<string, bool> isNoun,
        int patterns = int.MaxValue
    )
    {
        for (var p = paragraph; p >= 0 && p >= paragraph - 2; p--)
        {
            var text = p == paragraph ? views[p].Text[..offset] : views[p].Text;
            // The last match is the nearest before the statement speaks.
            var author = Patterns
                .Take(patterns)
                .SelectMany(r => Matches(r, text))
                .Where(m => isNoun(m.Groups["noun"].Value))
                .MaxBy(m => m.Index)
                ?.Groups["author"]
                .Value.Trim();
            if (author is { Length: > 0 } && WithoutLeadingWords(author) is { Length: > 0 } name)
            {
                return name;
            }
        }
        return null;
    }

    /// <summary>"Today the Supreme Court" → "Supreme Court": words opening a sentence or a time are no part of a name.</summary>
    private static string WithoutLeadingWords(string author)
    {
        var words = author.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var k = 0;
        while (
            k < words.Length - 1
            && (
                PersonNameRecognizer.LeadingFunctionWords.Contains(words[k])
                || Lexicon.CalendarWords.Contains(words[k])
                || words[k] == "the"
            )
        )
        {
            k++;
        }
        return string.Join(' ', words[k..]);
    }

    // The name's words are joined by white space with at most one connector, so that a long interview answer of
    // capitalised words and double spaces has one way to match, not one for each split of its white space
    // (wikinews-2019-2020/1281_…txt timed out).
    private static Regex Build(string pattern) =>
        new(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>
    /// The pattern's matches, none when matching outlasts its time limit: on a machine busy enough to stall a thread,
    /// a statement left without its author is "speaker not named", where an exception would lose the article's quotes.
    /// </summary>
    private static List<Match> Matches(Regex regex, string text)
    {
        try
        {
            return regex.Matches(text).ToList();
        }
        catch (RegexMatchTimeoutException)
        {
            return [];
        }
    }
}
