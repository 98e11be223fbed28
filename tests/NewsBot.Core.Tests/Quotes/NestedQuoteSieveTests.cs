using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>Quotations nested inside a quotation: each a quote of its own, given to its inner speaker when the article names one.</summary>
public sealed class NestedQuoteSieveTests
{
    /// <summary>The opening of an interview: the interviewee introduced, a question and a labelled answer (lines 1–5).</summary>
    private const string Interview = """
        Mayoral candidate Ann Lee spoke with the Gazette about her campaign.

        ((Gazette)) Why are you running?

        ((Ann Lee)) I grew up on this street.
        """;

    private static IReadOnlyList<Quote> Extract(string text) =>
        new QuoteExtractor().Extract(TestArticles.Parse(text));

    private static Quote Starting(IReadOnlyList<Quote> quotes, string words) =>
        Assert.Single(quotes, q => q.Text.StartsWith(words, StringComparison.Ordinal));

    [Fact]
    public void Attributes_a_nested_quote_to_the_person_the_outer_attribution_speaks_of()
    {
        var quotes = Extract(
            """
            Captain Ana Ortiz won the final on Sunday.

            "She kept yelling 'keep your head up'," Ortiz said of her coach, Paula Kerr.
            """
        );

        var inner = Starting(quotes, "keep your head up");
        Assert.Equal("Paula Kerr", inner.Speaker?.Name);
        Assert.False(inner.Quoting);
        Assert.Equal(3, inner.Source.Line);
        Assert.Equal("Ana Ortiz", Starting(quotes, "She kept yelling").Speaker?.Name);
    }

    [Fact]
    public void Gives_a_nested_quote_whose_speaker_the_article_does_not_name_to_the_outer_speaker_quoting()
    {
        var quotes = Extract(
            """
            Captain Ana Ortiz won the final on Sunday.

            "A man walked up to me and said 'you will never make it'," Ortiz said.
            """
        );

        var inner = Starting(quotes, "you will never make it");
        Assert.Equal("Ana Ortiz", inner.Speaker?.Name);
        Assert.True(inner.Quoting);
        Assert.False(Starting(quotes, "A man walked").Quoting);
    }

    [Fact]
    public void Gives_words_the_outer_speaker_says_they_said_to_the_outer_speaker_without_quoting()
    {
        var quotes = Extract(
            """
            Senator Ruth Okafor recalled the meeting. "I told him, 'Stop the project now,' and he laughed," she said.
            """
        );

        var inner = Starting(quotes, "Stop the project now");
        Assert.Equal("Ruth Okafor", inner.Speaker?.Name);
        Assert.False(inner.Quoting);
    }

    [Fact]
    public void Attributes_a_nested_quote_to_a_person_of_the_article_named_inside_the_outer_quote_as_its_writer()
    {
        var quotes = Extract(
            """
            Detective Inspector Tom Ash led the search of the flat of Daniel Lee, who was arrested on Friday.

            "Lee had written 'no surrender' on the wall above his bed," Ash said.
            """
        );

        var inner = Starting(quotes, "no surrender");
        Assert.Equal("Daniel Lee", inner.Speaker?.Name);
        Assert.Equal("Tom Ash", Starting(quotes, "Lee had written").Speaker?.Name);
    }

    [Fact]
    public void Attributes_a_nested_quote_to_the_person_named_by_the_speech_verb_after_it()
    {
        var quotes = Extract(
            """
            Captain Ana Ortiz scored twice for the visitors. Her coach, Paula Kerr, watched from the bench.

            "'We are not finished yet,' Kerr told us at half-time, and she was right," Ortiz said.
            """
        );

        var inner = Starting(quotes, "We are not finished yet");
        Assert.Equal("Paula Kerr", inner.Speaker?.Name);
    }

    [Fact]
    public void Gives_a_nested_quote_no_speaker_when_neither_it_nor_its_outer_quote_has_one()
    {
        var quotes = Extract(
            """
            A sign at the gate read: "Visitors must say 'hello' to the guard."
            """
        );

        var inner = Starting(quotes, "hello");
        Assert.Null(inner.Speaker);
        Assert.False(inner.Quoting);
    }

    [Fact]
    public void Does_not_read_apostrophes_inside_a_quote_as_a_nested_quote()
    {
        var quotes = Extract(
            """
            Captain Ana Ortiz won the final. "The fans' songs and the players' hugs carried me," Ortiz said.
            """
        );

        var quote = Assert.Single(quotes);
        Assert.Equal("Ana Ortiz", quote.Speaker?.Name);
    }

    [Fact]
    public void Gives_a_quotation_inside_an_unlabelled_interview_answer_to_the_interviewee_quoting()
    {
        var quotes = Extract(
            Interview
                + "\n\nFor years the plan was, \"Repair the wall next year.\" It never happened."
        );

        var inner = Starting(quotes, "Repair the wall");
        Assert.Equal("Ann Lee", inner.Speaker?.Name);
        Assert.True(inner.Quoting);
        Assert.Equal(7, inner.Source.Line);
    }

    [Fact]
    public void Gives_words_an_interviewee_says_they_say_to_the_interviewee_without_quoting()
    {
        var quotes = Extract(
            Interview + "\n\nTo the voters of the harbour, I say, \"Vote for the wall.\""
        );

        var inner = Starting(quotes, "Vote for the wall");
        Assert.Equal("Ann Lee", inner.Speaker?.Name);
        Assert.False(inner.Quoting);
    }
}
