using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes;

public sealed class OrganisationSubjectSieveTests
{
    private static IReadOnlyList<Quote> Extract(string text) =>
        new QuoteExtractor().Extract(TestArticles.Parse(text));

    [Theory]
    [InlineData(
        "In a statement, the Harbour Safety Department justified the closure as \"necessary\": \"The wall could fail at any time.\"",
        "Harbour Safety Department"
    )]
    [InlineData(
        "The Eastport Health Agency declared the outbreak a \"public health emergency\" on Friday.",
        "Eastport Health Agency"
    )]
    public void An_organisation_that_is_the_subject_of_the_quote_s_sentence_speaks_its_words(
        string sentence,
        string organisation
    )
    {
        var quotes = Extract(sentence);

        Assert.NotEmpty(quotes);
        Assert.All(quotes, q => Assert.Equal(organisation, q.Speaker?.Name));
    }

    [Theory]
    // A description at the start of a sentence is no organisation's name.
    [InlineData("Scientists found \"upside-down rivers\" under the ice.")]
    // A passive verb gives the words to someone else.
    [InlineData("The Harbour Safety Department was called \"reckless\" by residents.")]
    // A person who is the subject of a clause between them may be the speaker.
    [InlineData(
        "The Harbour Safety Department closed the wall, and Mayor Ann Lee criticised the \"chaotic\" decision."
    )]
    public void An_organisation_is_not_given_words_it_may_not_have_said(string sentence)
    {
        var quote = Assert.Single(Extract(sentence), q => q.Kind != QuoteKind.Reported);

        Assert.NotEqual("Harbour Safety Department", quote.Speaker?.Name);
        Assert.NotEqual("Scientists", quote.Speaker?.Name);
    }

    [Theory]
    [InlineData("Medialine rated the speech as \"far more measured\".", "Medialine")]
    [InlineData(
        "GitHub announced that new takedown notices will be \"carefully reviewed\".",
        "GitHub"
    )]
    [InlineData("Vellora described the merger as \"a new beginning\".", "Vellora")]
    public void A_single_capitalised_name_opening_the_sentence_before_a_verb_is_an_organisation(
        string sentence,
        string organisation
    )
    {
        var quote = Assert.Single(Extract(sentence), q => q.Kind != QuoteKind.Reported);

        Assert.Equal(organisation, quote.Speaker?.Name);
    }

    [Theory]
    // A plural noun opening the sentence names people of a kind, not a body.
    [InlineData("Critics described the plan as \"a disaster\".")]
    [InlineData("Residents regarded the decision as \"unfair\".")]
    // A title is a person's, and a capitalised pronoun is nobody's name.
    [InlineData("Minister described the plan as \"a disaster\".")]
    [InlineData("It described the plan as \"a disaster\".")]
    public void A_single_capitalised_word_that_names_no_body_is_not_made_an_organisation(
        string sentence
    )
    {
        var quote = Assert.Single(Extract(sentence), q => q.Kind != QuoteKind.Reported);

        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void A_capitalised_word_opening_the_sentence_without_a_verb_after_it_leaves_the_name_after_it_the_subject()
    {
        var quote = Single(
            "Another eyewitness, Jane Roe, described extensive tire marks and \"insane\" heat."
        );

        Assert.Equal("Jane Roe", quote.Speaker?.Name);
    }

    private static Quote Single(string text) =>
        Assert.Single(Extract(text), q => q.Kind != QuoteKind.Reported);
}
