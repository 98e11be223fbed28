using NewsBot.Core.Library;

namespace NewsBot.Core.Tests.Library;

/// <summary>
/// What <c>/add-article</c> keeps of a page without <c>og:title</c>: the article's headline, its own date
/// (whichever way the page gives it) and its byline once; and how the saved file then reads.
/// </summary>
public sealed class PageMetadataTests
{
    private const string Headline = "Old town night market to open every Friday";

    /// <summary>A page with no og:title and no author meta; <paramref name="head"/> and <paramref name="byline"/> say when.</summary>
    private static string Page(string head, string byline) =>
        $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <title>Night market | The Coastal Ledger</title>
              {{head}}
            </head>
            <body>
              <nav><a href="/">Home</a> <a href="/news">News</a></nav>
              <main>
                <article>
                  <h1>{{Headline}}</h1>
                  <p class="meta">{{byline}}</p>
                  <p>PORT VELDEN — The old town of Port Velden will hold a night market every Friday from May, the town council decided on Wednesday after a trial run drew thousands of visitors last summer.</p>
                  <p>“People came for the food and stayed for the music,” said councillor Ines Marlow, who led the trial. “We want the square to be alive after dark.”</p>
                  <p>The council expects about 40 stalls each week and has set aside €120,000 for lighting, cleaning and security in the first year.</p>
                  <p>Shopkeepers on the square were divided: some welcomed the evening trade, others worried about noise and parking on the narrow streets of the old town.</p>
                </article>
              </main>
            </body>
            </html>
            """;

    public static TheoryData<string, string> DatedPages =>
        new()
        {
            {
                "<meta property=\"article:published_time\" content=\"2026-03-14T08:00:00Z\">",
                "By Anna Kowalska"
            },
            {
                "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2026-03-14T08:00:00+00:00\"}</script>",
                "By Anna Kowalska"
            },
            { "", "By Anna Kowalska · <time datetime=\"2026-03-14\">Saturday</time>" },
            { "", "By Anna Kowalska | 14 March 2026" },
            { "", "By Anna Kowalska | March 14, 2026" },
        };

    [Theory]
    [MemberData(nameof(DatedPages))]
    public void Takes_the_headline_from_the_h1_and_the_date_from_the_page(
        string head,
        string byline
    )
    {
        var article = ArticleExtractor.FromHtml(
            new Uri("https://news.example.org/market"),
            Page(head, byline)
        );

        Assert.Equal(Headline, article.Headline);
        Assert.Equal(new DateOnly(2026, 3, 14), article.Published);
    }

    [Fact]
    public void Writes_the_byline_once()
    {
        var article = ArticleExtractor.FromHtml(
            new Uri("https://news.example.org/market"),
            Page(
                "<meta name=\"author\" content=\"Anna Kowalska\">",
                "By Anna Kowalska | 14 March 2026"
            )
        );
        var saved = SavedArticle.Of(
            article,
            new Uri("https://news.example.org/market"),
            new DateOnly(2026, 12, 7)
        );

        Assert.Single(
            saved.Text.Split('\n'),
            line => line.Contains("Anna Kowalska", StringComparison.Ordinal)
        );
        Assert.StartsWith("20260314_", saved.FileName, StringComparison.Ordinal);
        Assert.Contains("Saturday, March 14, 2026", saved.Text, StringComparison.Ordinal);
    }
}
