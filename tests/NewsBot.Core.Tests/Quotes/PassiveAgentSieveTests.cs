using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes;

public sealed class PassiveAgentSieveTests
{
    private static IReadOnlyList<Quote> Extract(string text) =>
        new QuoteExtractor().Extract(TestArticles.Parse(text));

    [Theory]
    [InlineData("The plan was branded \"reckless\" by Mayor Ann Lee.", "reckless", "Ann Lee")]
    [InlineData(
        "Tom Ash, 20, was arrested. Ash, who was described as \"knife-obsessed\" by the Eastport Police Department, had been released.",
        "knife-obsessed",
        "Eastport Police Department"
    )]
    public void Words_quoted_after_a_passive_verb_belong_to_the_agent_after_them(
        string text,
        string words,
        string agent
    )
    {
        var quote = Assert.Single(Extract(text), q => q.Text.Contains(words));

        Assert.Equal(agent, quote.Speaker?.Name);
    }

    [Fact]
    public void Without_a_passive_verb_before_the_quote_the_word_by_names_no_speaker()
    {
        var quote = Assert.Single(
            Extract("Residents waited for a \"miracle\" by the river."),
            q => q.Text == "miracle"
        );

        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void A_quote_after_one_given_to_a_passive_agent_does_not_continue_that_agent()
    {
        var quotes = Extract(
            "Tom Ash, 20, was arrested. Ash, who was described as \"knife-obsessed\" by the police, told her to leave her \"kuffar\" parents."
        );

        var second = Assert.Single(quotes, q => q.Text == "kuffar");
        Assert.NotEqual("police", second.Speaker?.Name);
    }
}
