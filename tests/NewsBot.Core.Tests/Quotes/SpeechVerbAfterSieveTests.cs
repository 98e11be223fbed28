using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes;

public sealed class SpeechVerbAfterSieveTests
{
    private static Attribution? After(string text, string quote, bool longSubject = true)
    {
        var article = new SieveArticle(text);
        var (view, span) = article.Quote(quote);
        return new SpeechVerbAfterSieve(article.Mentions).Find(view, span.Close + 1, longSubject);
    }

    [Fact]
    public void Finds_the_name_before_said_after_the_closing_mark()
    {
        var found = After(
            """
            “We will rebuild,” Jane Roe said.
            """,
            "We will rebuild"
        );

        Assert.Equal("Jane Roe", found?.Member.Name);
        Assert.Equal(AttributionRule.Explicit, found?.Rule);
    }

    [Fact]
    public void Finds_the_name_after_an_inverted_said_past_its_title()
    {
        var found = After(
            """
            "We will rebuild," said county fire chief John Doe.
            """,
            "We will rebuild"
        );

        Assert.Equal("John Doe", found?.Member.Name);
    }

    [Fact]
    public void Finds_the_source_after_according_to()
    {
        var found = After(
            """
            "The bridge is safe," according to Jane Roe.
            """,
            "The bridge is safe"
        );

        Assert.Equal("Jane Roe", found?.Member.Name);
    }

    [Fact]
    public void Resolves_a_pronoun_after_the_closing_mark_to_the_person_named_before()
    {
        var found = After(
            """
            Mayor Jane Roe thanked the crews on Monday. “It was the hardest week,” she said.
            """,
            "It was the hardest week"
        );

        Assert.Equal("Jane Roe", found?.Member.Name);
        Assert.Equal(AttributionRule.Resolved, found?.Rule);
    }

    [Fact]
    public void Finds_a_long_subject_only_where_a_long_subject_is_allowed()
    {
        const string Text = """
            "Rates stay," Acme Bank director of research Jane Roe said.
            """;

        Assert.Equal("Jane Roe", After(Text, "Rates stay")?.Member.Name);
        Assert.Null(After(Text, "Rates stay", longSubject: false));
    }

    [Fact]
    public void Does_not_take_the_subject_of_the_next_sentence_after_a_full_stop()
    {
        var found = After(
            """
            Residents called it “a sad day”. Former minister Tom Ash said, “We will go on.”
            """,
            "a sad day"
        );

        Assert.Null(found);
    }
}
