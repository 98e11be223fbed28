using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes;

public sealed class ReportedColonSieveTests
{
    private static IReadOnlyList<Quote> Extract(string text) =>
        new QuoteExtractor().Extract(TestArticles.Parse(text));

    [Fact]
    public void A_quote_after_a_colon_that_ends_according_to_speech_is_the_reporting_speaker_s()
    {
        var quote = Assert.Single(
            Extract(
                "Prosecutor Ann Lee spoke on Monday. According to Lee, the evidence could strengthen the case: \"The key factor here is intent.\""
            ),
            q => q.Kind != QuoteKind.Reported
        );

        Assert.Equal("Ann Lee", quote.Speaker?.Name);
    }

    [Fact]
    public void A_quote_after_a_colon_in_a_sentence_without_reported_speech_gets_no_reporting_speaker()
    {
        var quote = Assert.Single(
            Extract("Prosecutor Ann Lee spoke on Monday. The sign read: \"Closed for repairs.\""),
            q => q.Kind != QuoteKind.Reported
        );

        Assert.NotEqual("Ann Lee", quote.Speaker?.Name);
    }
}
