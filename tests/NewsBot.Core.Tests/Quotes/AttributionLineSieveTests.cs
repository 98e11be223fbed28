using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes;

public sealed class AttributionLineSieveTests
{
    [Fact]
    public void Finds_the_person_of_the_attribution_line_under_a_pull_quote()
    {
        var article = new SieveArticle(
            """
            “We will rebuild every bridge.”

            — Jane Roe, Mayor of Eastport
            """
        );

        var found = new AttributionLineSieve(article.Cast).Find(article.Views[1]);

        Assert.Equal("Jane Roe", found?.Member.Name);
        Assert.Equal("Mayor of Eastport", found?.Member.Role);
    }

    [Fact]
    public void Finds_nothing_in_a_paragraph_that_is_no_attribution_line()
    {
        var article = new SieveArticle(
            """
            “We will rebuild every bridge.”

            Jane Roe, the mayor, spoke on Monday.
            """
        );

        Assert.Null(new AttributionLineSieve(article.Cast).Find(article.Views[1]));
    }
}
