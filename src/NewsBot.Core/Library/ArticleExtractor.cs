using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace NewsBot.Core.Library;

/// <summary>An article as NewsBot keeps it: headline, byline and date when known, and its paragraphs.</summary>
public sealed record ExtractedArticle(
    string Headline,
    string? Byline,
    DateOnly? Published,
    IReadOnlyList<string> Paragraphs
)
{
    /// <summary>The characters of text in the paragraphs.</summary>
    public int TextLength => Paragraphs.Sum(p => p.Length);
}

/// <summary>
/// Keeps just the article of a page or a file. HTML goes through SmartReader (a port of Mozilla's
/// Readability), which drops navigation, ads, scripts, comments and related links; its content is then
/// cut into one paragraph per block (a <c>&lt;blockquote&gt;</c> pull quote stays a paragraph of its own).
/// Plain text and Markdown keep their paragraphs and line breaks: the article parser joins hard-wrapped lines.
/// </summary>
public static partial class ArticleExtractor
{
    /// <summary>Less text than this is not an article (an error page, a paywall, a cookie wall).</summary>
    public const int MinTextLength = 200;

    private const string Blocks = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td";

    /// <summary>
    /// The article of an HTML page. A page nesting its markup deeper or holding more elements than
    /// <see cref="MarkupBounds"/> allows is refused before it is parsed; run it through an
    /// <see cref="ExtractionThread"/> to bound its time and stack as well.
    /// </summary>
    /// <exception cref="NewsBotException">No article was found in the page, or the page was refused.</exception>
    public static ExtractedArticle FromHtml(Uri uri, string html)
    {
        MarkupBounds.Check(html);
        SmartReader.Article page;
        PageMetadata metadata;
        try
        {
            var document = WithoutAds(html);
            // Read before SmartReader, which takes the headline and byline out of the document.
            metadata = PageMetadata.Read(document);
            page = new SmartReader.Reader(uri.ToString(), document).GetArticle();
        }
        catch (NewsBotException)
        {
            throw;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new NewsBotException($"No article could be read from the page: {e.Message}", e);
        }
        // Not "IsReadable": it is a guess made before extraction, and short stories fail it.
        if (string.IsNullOrWhiteSpace(page.Content))
        {
            throw NoArticle();
        }
        // og:title is the headline as the site gives it (SmartReader's title then); without it the
        // article's <h1> is, since <title> usually carries the site's name as well.
        var headline = OneLine(
            (metadata.OpenGraphTitle is null ? metadata.Heading : null) ?? page.Title ?? ""
        );
        var paragraphs = Paragraphs(page.Content)
            .SkipWhile(p => p.Length == 0 || string.Equals(p, headline, StringComparison.Ordinal))
            .ToList();
        if (headline.Length == 0 && paragraphs.Count > 0)
        {
            headline = paragraphs[0];
            paragraphs.RemoveAt(0);
        }
        // The author named in the page's metadata is a name; the byline read from the text often carries
        // the date and sharing links too.
        var byline = OneLine(
            string.IsNullOrWhiteSpace(page.Author) ? page.Byline ?? "" : page.Author
        );
        // The byline is written once, under the headline: a byline line left at the top of the text
        // ("By Anna Kowalska | 14 March 2026") goes, and stands for the byline when the page named none.
        var top = paragraphs.Take(3).FirstOrDefault(p => IsBylineLine(p, byline));
        if (top is not null)
        {
            paragraphs.Remove(top);
            byline = byline.Length == 0 ? top : byline;
        }
        var article = new ExtractedArticle(
            headline,
            byline.Length == 0 ? null : byline,
            metadata.Published
                ?? (page.PublicationDate is { } date ? DateOnly.FromDateTime(date) : null),
            paragraphs
        );
        return Checked(article);
    }

    /// <summary>
    /// A plain-text article: its first line is the headline when it stands alone and reads like one,
    /// otherwise <paramref name="fallbackHeadline"/> is.
    /// </summary>
    /// <exception cref="NewsBotException">There is too little text for an article.</exception>
    public static ExtractedArticle FromText(string text, string fallbackHeadline)
    {
        var paragraphs = ParagraphBreak()
            .Split(
                text.TrimStart('\uFEFF')
                    .Replace("\r\n", "\n", StringComparison.Ordinal)
                    .Replace('\r', '\n')
            )
            .Select(p => string.Join('\n', p.Split('\n').Select(l => l.Trim())).Trim())
            .Where(p => p.Length > 0)
            .ToList();
        var headline = fallbackHeadline;
        if (paragraphs is [var first, _, ..] && IsHeadline(first))
        {
            headline = first;
            paragraphs.RemoveAt(0);
        }
        return Checked(new ExtractedArticle(OneLine(headline), null, null, paragraphs));
    }

    /// <summary>A Markdown article: headings, quote marks, emphasis and links are reduced to their text.</summary>
    public static ExtractedArticle FromMarkdown(string markdown, string fallbackHeadline)
    {
        var lines = markdown
            .Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split('\n')
            .Select(line =>
            {
                var text = MarkdownLink().Replace(line, "$1");
                text = MarkdownEmphasis().Replace(text, "");
                return MarkdownLineMark().Replace(text, "");
            });
        return FromText(string.Join('\n', lines), fallbackHeadline);
    }

    /// <summary>
    /// The page without its ad slots: Readability drops a block by its class only when the class reads
    /// like an ad with dashes on both sides (<c>-ad-</c>), so "Advertisement – story continues below"
    /// in an <c>ad-slot</c> inside the story would otherwise stay in the article.
    /// </summary>
    private static IHtmlDocument WithoutAds(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        MarkupBounds.CheckTree(document.DocumentElement);
        foreach (
            var element in document
                .QuerySelectorAll("[class], [id]")
                .Where(e => e.ClassList.Append(e.Id ?? "").Any(name => AdName().IsMatch(name)))
                .ToList()
        )
        {
            element.Remove();
        }
        return document;
    }

    private static IEnumerable<string> Paragraphs(string content)
    {
        var document = new HtmlParser().ParseDocument(content);
        var blocks = document.QuerySelectorAll(Blocks);
        foreach (var block in blocks)
        {
            // The innermost blocks only (a pull quote's paragraphs, not the quote around them), and
            // no photo captions or credits.
            if (block.QuerySelector(Blocks) is not null || block.Closest("figcaption") is not null)
            {
                continue;
            }
            var text = OneLine(block.TextContent);
            if (text.Length > 0)
            {
                yield return text;
            }
        }
    }

    /// <summary>A short line that is the byline: it starts with "By", or holds the byline and little more.</summary>
    private static bool IsBylineLine(string paragraph, string byline) =>
        paragraph.Length <= 150
        && (
            paragraph.StartsWith("By ", StringComparison.OrdinalIgnoreCase)
            || (
                byline.Length > 0
                && paragraph.Contains(byline, StringComparison.OrdinalIgnoreCase)
                && paragraph.Length <= byline.Length + 40
            )
        );

    private static bool IsHeadline(string paragraph) =>
        !paragraph.Contains('\n', StringComparison.Ordinal)
        && paragraph.Length <= 200
        && !paragraph.EndsWith('.')
        && !paragraph.EndsWith(':');

    private static ExtractedArticle Checked(ExtractedArticle article)
    {
        // Whatever is shown of the article (its headline in Discord, its text in a terminal) is text only.
        article = ControlCharacters.Strip(article);
        return article.TextLength < MinTextLength || article.Headline.Length == 0
            ? throw NoArticle()
            : article;
    }

    private static NewsBotException NoArticle() =>
        new(
            $"No article was found: the text holds fewer than {MinTextLength} characters of paragraphs."
        );

    /// <summary>Whitespace (line breaks, non-breaking spaces, tabs) collapsed to single spaces.</summary>
    private static string OneLine(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"[\s\u00A0\u200B]+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(
        @"^(ad|ads|advert|adverts|advertisement|advertising|sponsored|dfp|ad[-_].*|.*[-_]ads?|.*[-_]advert.*)$",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex AdName();

    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex ParagraphBreak();

    [GeneratedRegex(@"!?\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"(\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*]))")]
    private static partial Regex MarkdownEmphasis();

    [GeneratedRegex(@"^\s{0,3}(#{1,6}\s+|>\s?)")]
    private static partial Regex MarkdownLineMark();
}
