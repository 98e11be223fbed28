using NewsBot.Core.Library;
using NewsBot.Testing.News;

namespace NewsBot.Core.Tests.Library;

public sealed class ArticleExtractorTests
{
    private static readonly Uri s_page = new("https://news.example.org/2026/03/ferry");

    [Fact]
    public void Keeps_only_the_article_of_a_news_page()
    {
        var article = ArticleExtractor.FromHtml(s_page, NewsPages.Ferry);

        Assert.Equal(NewsPages.FerryHeadline, article.Headline);
        var text = string.Join('\n', article.Paragraphs);
        Assert.StartsWith(
            "PORT VELDEN — The harbour council",
            article.Paragraphs[0],
            StringComparison.Ordinal
        );
        Assert.Contains(
            "public hearing before any contract is signed",
            text,
            StringComparison.Ordinal
        );
        foreach (
            var noise in new[]
            {
                "cookies",
                "Subscribe",
                "Advertisement",
                "Related stories",
                "Bridge repairs",
                "morning briefing",
                "harbourwatcher",
                "fix the bridge",
                "All rights reserved",
                "dataLayer",
                "Photo: Ivo Brandt",
                "Share on social",
            }
        )
        {
            Assert.DoesNotContain(noise, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Decodes_entities_and_keeps_a_pull_quote_as_paragraphs_of_its_own()
    {
        var article = ArticleExtractor.FromHtml(s_page, NewsPages.Ferry);

        Assert.Contains(
            "“We have waited twenty years for a boat that runs after dark,” said Mayor Elena Varga",
            article.Paragraphs[1],
            StringComparison.Ordinal
        );
        Assert.Contains(
            "Fishermen's groups",
            string.Join('\n', article.Paragraphs),
            StringComparison.Ordinal
        );
        var pull = article
            .Paragraphs.ToList()
            .IndexOf("“The harbour was built for cargo, not for people going home at midnight.”");
        Assert.True(pull > 0, "The pull quote is not a paragraph of its own.");
        Assert.Equal("— Tomas Reyler, harbour engineer", article.Paragraphs[pull + 1]);
    }

    [Fact]
    public void Reads_the_byline_and_the_publication_date()
    {
        var article = ArticleExtractor.FromHtml(s_page, NewsPages.Ferry);

        Assert.Contains("Nadia Osterholm", article.Byline, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 3, 4), article.Published);
    }

    [Fact]
    public void Refuses_a_page_without_an_article()
    {
        var refusal = Assert.Throws<NewsBotException>(() =>
            ArticleExtractor.FromHtml(s_page, NewsPages.SignInWall)
        );

        Assert.Contains("No article was found", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Takes_the_first_line_of_a_text_file_as_its_headline_and_keeps_hard_wrapped_paragraphs()
    {
        const string text =
            "\uFEFFTown hall clock stops after a century\r\n\r\nThe clock on the town hall of\r\nPort Velden stopped on Monday at noon, its keeper said, after a hundred years\r\nof running without a break.\r\n\r\n\"It simply got tired,\" said keeper Lotte Anvik, who has wound it every Sunday since 1998.\r\n";

        var article = ArticleExtractor.FromText(text, "clock");

        Assert.Equal("Town hall clock stops after a century", article.Headline);
        Assert.Equal(2, article.Paragraphs.Count);
        Assert.StartsWith(
            "The clock on the town hall of\nPort Velden",
            article.Paragraphs[0],
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Reduces_markdown_to_its_text()
    {
        const string markdown = """
            # Ferry timetable published

            The **night ferry** will leave the [west quay](https://example.org/quay) every 90 minutes
            from September, the *harbour office* said on Friday in a notice to travellers and crews.
            Tickets go on sale in August at the harbour office and on board, at the day service's fares.

            > "Plan ahead on the first weekend," the office said.
            """;

        var article = ArticleExtractor.FromMarkdown(markdown, "timetable");

        Assert.Equal("Ferry timetable published", article.Headline);
        Assert.StartsWith(
            "The night ferry will leave the west quay every 90 minutes",
            article.Paragraphs[0],
            StringComparison.Ordinal
        );
        Assert.Equal(
            "\"Plan ahead on the first weekend,\" the office said.",
            article.Paragraphs[1]
        );
    }
}
