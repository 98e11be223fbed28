using System.Globalization;
using AngleSharp.Dom;

namespace NewsBot.Core.Library;

/// <summary>
/// Measures how deep a page nests its elements and how many it has, in one pass over the text and
/// before any parser builds a tree: Readability's scoring walks the tree again for every node, so a page of
/// a few thousand nested <c>&lt;div&gt;</c>s took minutes, and tens of thousands overflowed the parser's
/// stack. A news article nests a few dozen levels and holds a few thousand elements.
/// The count follows the HTML parsing rules where they matter for depth: void elements (<c>br</c>,
/// <c>img</c>) and elements that close their own kind (<c>p</c>, <c>li</c>, <c>td</c>) add no level, a
/// trailing <c>/&gt;</c> closes only inside <c>svg</c> and <c>math</c>, and the text of <c>script</c>,
/// <c>style</c> and comments holds no elements.
/// https://html.spec.whatwg.org/multipage/parsing.html#tree-construction
/// </summary>
internal static class MarkupBounds
{
    public const int MaxDepth = 128;
    public const int MaxElements = 20_000;

    /// <summary>
    /// The elements' depths summed: Readability's time grows with each element times its depth (20,000
    /// elements side by side took 3 s, the same under 120 levels 38 s, and 17,000 under 20 levels 11 s), while
    /// an article's page, a few thousand elements a dozen or two levels deep, sums to well under this.
    /// </summary>
    public const long MaxLevels = 250_000;

    private static readonly HashSet<string> s_void = new(
        [
            "area",
            "base",
            "br",
            "col",
            "embed",
            "hr",
            "img",
            "input",
            "link",
            "meta",
            "source",
            "track",
            "wbr",
            "param",
            "keygen",
            "basefont",
            "bgsound",
            "frame",
            "image",
        ],
        StringComparer.Ordinal
    );

    /// <summary>Elements a start tag of the same kind (or the parser, around them) closes: they never pile up.</summary>
    private static readonly HashSet<string> s_selfClosingKinds = new(
        [
            "p",
            "li",
            "dt",
            "dd",
            "option",
            "optgroup",
            "tr",
            "td",
            "th",
            "tbody",
            "thead",
            "tfoot",
            "rb",
            "rt",
            "rp",
        ],
        StringComparer.Ordinal
    );

    /// <summary>Elements whose content is text up to their end tag.</summary>
    private static readonly HashSet<string> s_rawText = new(
        ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"],
        StringComparer.Ordinal
    );

    /// <exception cref="NewsBotException">The page nests deeper or holds more elements than a news page does.</exception>
    public static void Check(string html)
    {
        var (depth, elements, levels) = Measure(html);
        if (depth > MaxDepth)
        {
            throw TooDeep();
        }
        if (elements > MaxElements || levels > MaxLevels)
        {
            throw TooMany();
        }
    }

    private static NewsBotException TooDeep() =>
        new(
            string.Create(
                CultureInfo.InvariantCulture,
                $"The page was not read: it nests its markup more than {MaxDepth} levels deep, which no news page does."
            )
        );

    private static NewsBotException TooMany() =>
        new(
            string.Create(
                CultureInfo.InvariantCulture,
                $"The page was not read: it holds more markup than a news page does (at most {MaxElements:N0} elements, nested {MaxLevels:N0} levels in all)."
            )
        );

    /// <summary>
    /// The same bounds checked again on the tree the parser built, walked without recursion: the parser's
    /// error recovery may nest what the scan of the text did not (a misnested table, an unknown tag).
    /// </summary>
    /// <exception cref="NewsBotException">The tree nests deeper or holds more elements than a news page does.</exception>
    public static void CheckTree(IElement root)
    {
        var pending = new Stack<(IElement Element, int Depth)>();
        pending.Push((root, 1));
        var elements = 0;
        var levels = 0L;
        while (pending.Count > 0)
        {
            var (element, depth) = pending.Pop();
            if (depth > MaxDepth)
            {
                throw TooDeep();
            }
            levels += depth;
            if (++elements > MaxElements || levels > MaxLevels)
            {
                throw TooMany();
            }
            foreach (var child in element.Children)
            {
                pending.Push((child, depth + 1));
            }
        }
    }

    /// <summary>
    /// The deepest nesting, the number of elements and their depths summed, each counted only up to just
    /// past its bound (the scan stops there), in time linear in the text.
    /// </summary>
    public static (int Depth, int Elements, long Levels) Measure(string html)
    {
        var open = new Stack<string>();
        var openCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var deepest = 0;
        var elements = 0;
        var levels = 0L;
        var foreign = 0;
        var i = 0;
        while (
            i < html.Length && deepest <= MaxDepth && elements <= MaxElements && levels <= MaxLevels
        )
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                break;
            }
            var next = html[lt + 1];
            if (next == '!' || next == '?')
            {
                i = SkipDeclaration(html, lt);
                continue;
            }
            var closing = next == '/';
            var nameStart = closing ? lt + 2 : lt + 1;
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                i = lt + 1;
                continue;
            }
            var nameEnd = nameStart;
            while (
                nameEnd < html.Length
                && !char.IsWhiteSpace(html[nameEnd])
                && html[nameEnd] is not ('/' or '>')
            )
            {
                nameEnd++;
            }
            var name = html[nameStart..nameEnd].ToLowerInvariant();
            var gt = TagEnd(html, nameEnd);
            i = gt + 1;
            if (closing)
            {
                if (openCounts.GetValueOrDefault(name) > 0)
                {
                    // An end tag closes its element and whatever was left open inside it.
                    string popped;
                    do
                    {
                        popped = open.Pop();
                        openCounts[popped]--;
                        if (popped is "svg" or "math")
                        {
                            foreign--;
                        }
                    } while (!string.Equals(popped, name, StringComparison.Ordinal));
                }
                continue;
            }
            elements++;
            levels += open.Count + 1;
            var selfClosed = gt > 0 && html[gt - 1] == '/' && foreign > 0;
            if (s_rawText.Contains(name))
            {
                var end = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? html.Length : end;
                continue;
            }
            if (name == "plaintext")
            {
                break;
            }
            if (s_void.Contains(name) || s_selfClosingKinds.Contains(name) || selfClosed)
            {
                continue;
            }
            open.Push(name);
            openCounts[name] = openCounts.GetValueOrDefault(name) + 1;
            if (name is "svg" or "math")
            {
                foreign++;
            }
            deepest = Math.Max(deepest, open.Count);
        }
        return (deepest, elements, levels);
    }

    /// <summary>Past a comment (<c>&lt;!-- … --&gt;</c>), a doctype or a processing instruction.</summary>
    private static int SkipDeclaration(string html, int lt)
    {
        if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
        {
            var end = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
            return end < 0 ? html.Length : end + 3;
        }
        var gt = html.IndexOf('>', lt + 2);
        return gt < 0 ? html.Length : gt + 1;
    }

    /// <summary>
    /// The '>' ending a tag, outside attribute values quoted after their '=' (as the tokenizer reads them);
    /// the text's end when there is none.
    /// </summary>
    private static int TagEnd(string html, int from)
    {
        char? quote = null;
        var afterEquals = false;
        for (var j = from; j < html.Length; j++)
        {
            var c = html[j];
            if (quote is { } q)
            {
                if (c == q)
                {
                    quote = null;
                }
                continue;
            }
            if (c == '>')
            {
                return j;
            }
            if (afterEquals && c is '"' or '\'')
            {
                quote = c;
            }
            if (!char.IsWhiteSpace(c))
            {
                afterEquals = c == '=';
            }
        }
        return html.Length;
    }
}
