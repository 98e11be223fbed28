using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes;

public sealed class DocumentOwnerSieveTests
{
    private static Quote Single(string text) =>
        Assert.Single(
            new QuoteExtractor().Extract(TestArticles.Parse(text)),
            q => q.Kind != QuoteKind.Reported
        );

    [Theory]
    [InlineData(
        "The Harbour Safety Board's report called the crash \"entirely avoidable\".",
        "Harbour Safety Board"
    )]
    [InlineData("Vellora's website says \"tickets are refundable\".", "Vellora")]
    [InlineData(
        "In March, the Eastport Tenants Union's lawsuit alleged the landlord \"ignored every complaint\".",
        "Eastport Tenants Union"
    )]
    [InlineData("The agency's annual report found \"serious failings\".", "agency")]
    [InlineData(
        "Economist Jane Roe published a study last year. Roe's study found \"no link at all\".",
        "Jane Roe"
    )]
    public void A_document_speaks_for_the_owner_named_before_it(string text, string owner)
    {
        Assert.Equal(owner, Single(text).Speaker?.Name);
    }

    [Theory]
    // A document that is not the subject of a verb before the quote gives nobody words.
    [InlineData("Critics dismissed the Harbour Safety Board's report as \"a whitewash\".")]
    // A passive verb after the document: the words are not the owner's.
    [InlineData("The Harbour Safety Board's report was called \"a whitewash\".")]
    public void A_document_whose_owner_does_not_speak_through_it_names_nobody(string text)
    {
        Assert.NotEqual("Harbour Safety Board", Single(text).Speaker?.Name);
    }
}
