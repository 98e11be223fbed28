using NewsBot.Core.Figures;
using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>Figures take their claimant from the attribution that names quotes' speakers.</summary>
public sealed class ArticleAttributionTests
{
    private static IReadOnlyList<Figure> Figures(string text) =>
        new FigureExtractor().Extract(TestArticles.Parse(text));

    [Fact]
    public void Names_the_speaker_of_a_quote_as_the_claimant_of_a_figure_inside_it()
    {
        var article = TestArticles.Parse(
            """
            Plant manager Jane Roe spoke to staff on Monday.

            “We cut 400 jobs this year and we will not cut more,” she said. Her deputy, Tom Ash, stayed silent.
            """
        );

        var quote = Assert.Single(new QuoteExtractor().Extract(article));
        var figure = Assert.Single(new FigureExtractor().Extract(article));

        Assert.Equal("Jane Roe", quote.Speaker?.Name);
        Assert.Equal(quote.Speaker?.Name, figure.ClaimedBy);
    }

    [Fact]
    public void Names_an_organisation_that_the_text_has_report_a_figure()
    {
        var figures = Figures(
            """
            The county health department reported 12 new cases on Monday.
            """
        );

        Assert.Equal("county health department", Assert.Single(figures).ClaimedBy);
    }

    [Fact]
    public void Names_no_claimant_for_a_verb_that_puts_nothing_forward()
    {
        var figures = Figures(
            """
            Acme continues hiring 300 workers a year in the valley.
            """
        );

        Assert.Null(Assert.Single(figures).ClaimedBy);
    }
}
