using System.Text;
using FsCheck;
using FsCheck.Fluent;
using NewsBot.Core.Library;

namespace NewsBot.Core.Tests.Library;

/// <summary>
/// Random, broken and deeply nested HTML thrown at the extractor as <c>/add-article</c> runs it: each page
/// gives an article or a refusal, never another exception, a crash of the process or a wait past the bound.
/// </summary>
public sealed class ArticleExtractorFuzzTests
{
    private static readonly Uri s_page = new("https://news.example.org/fuzz");

    /// <summary>The test's own bound: a page read past it is refused, which is also an answer.</summary>
    private static readonly TimeSpan s_bound = TimeSpan.FromSeconds(60);

    private static readonly string[] s_pieces =
    [
        "<div>",
        "</div>",
        "<p>",
        "</p>",
        "<span class='ad-slot'>",
        "</span>",
        "<table>",
        "<tr>",
        "<td>",
        "</table>",
        "<ul><li>",
        "<b>",
        "<i>",
        "</b>",
        "<a href=\"https://x.example/a\">",
        "</a>",
        "<svg><path d='M0'/>",
        "</svg>",
        "<math>",
        "<script>var s = '<div>';</script>",
        "<style>p{}</style>",
        "<title>Fuzzed ||headline|| **bold**</title>",
        "<textarea>",
        "<template>",
        "<select><option>",
        "<noscript>",
        "<!--",
        "-->",
        "<![CDATA[",
        "<!DOCTYPE html>",
        "<h1>",
        "<blockquote>",
        "<figure><figcaption>Photo: Someone</figcaption></figure>",
        "<div/>",
        "<p title='a > b' data-x=\"<div>\">",
        "<",
        ">",
        "&#27;[31m",
        "&amp;",
        "&#0;",
        "\u001b]8;;https://evil.example\u0007",
        "\0",
        "\u202e",
        "😀",
        " The harbour council said on Monday that the ferry would run twice a night. ",
        "\"We waited twenty years,\" said Elena Varga. ",
        "1,200 passengers ",
    ];

    private static Gen<string> Piece => Gen.Elements(s_pieces);

    /// <summary>A page: random pieces around a run of one piece repeated, markup up to 60,000 times.</summary>
    private static Gen<string> Page =>
        from before in Gen.ListOf(Piece)
        from nested in Piece
        from depth in Gen.OneOf(Gen.Choose(0, 200), Gen.Choose(0, 60_000))
        from after in Gen.ListOf(Piece)
        select Build(before, nested, depth, after);

    private static string Build(
        IEnumerable<string> before,
        string nested,
        int depth,
        IEnumerable<string> after
    )
    {
        var html = new StringBuilder();
        foreach (var piece in before)
        {
            html.Append(piece);
        }
        // Deep runs are of markup; a run of text as long would only measure Readability on a long page.
        html.Insert(html.Length, nested, nested.StartsWith('<') ? depth : Math.Min(depth, 200));
        foreach (var piece in after)
        {
            html.Append(piece);
        }
        return html.ToString();
    }

    [Fact]
    public async Task Random_and_deeply_nested_pages_give_an_article_or_a_refusal()
    {
        var thread = new ExtractionThread(s_bound);
        var pages = Page.Sample(30, 25);

        foreach (var html in pages)
        {
            try
            {
                var article = await thread.RunAsync(() => ArticleExtractor.FromHtml(s_page, html));

                Assert.NotEqual("", article.Headline);
                Assert.DoesNotContain(
                    article.Paragraphs.Append(article.Headline),
                    p => p.Any(c => char.IsControl(c) && c != '\n')
                );
            }
            catch (NewsBotException)
            {
                // A refusal says why: nothing was found, the page was too deep, or it took too long.
            }
        }
    }
}
