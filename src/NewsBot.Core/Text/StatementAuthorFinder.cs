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
        @"(?<author>\p{Lu}[\p{L}\p{M}.&\-]*(?:\s+(?:of|and|for|the|de)?\s*\p{Lu}[\p{L}\p{M}.&\-]*){0,6})";

    private static readonly string Noun =
        "(?<noun>" + string.Join('|', Lexicon.StatementNouns.Select(Regex.Escape)) + ")";

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

    public static string? Find(List<ParagraphView> views, int paragraph, int offset, string noun)
    {
        for (var p = paragraph; p >= 0 && p >= paragraph - 2; p--)
        {
            var text = p == paragraph ? views[p].Text[..offset] : views[p].Text;
            // The last match is the nearest before the statement speaks.
            var author = Patterns
                .SelectMany(r => r.Matches(text))
                .Where(m => m.Groups["noun"].Value.Equals(noun, StringComparison.OrdinalIgnoreCase))
                .MaxBy(m => m.Index)
                ?.Groups["author"]
                .Value.Trim();
            if (author is { Length: > 0 })
            {
                return author.StartsWith("The ", StringComparison.Ordinal) ? author[4..] : author;
            }
        }
        return null;
    }

    private static Regex Build(string pattern) =>
        new(pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
}
