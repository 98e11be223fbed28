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

    [Theory]
    [InlineData(
        "The orange warning issued by Met Eastport applied to six counties. \"High waves are expected\", read the warning.",
        "High waves are expected",
        "Met Eastport"
    )]
    [InlineData(
        "Acme Corp released a statement on Monday. \"We are saddened,\" said the statement.",
        "We are saddened",
        "Acme Corp"
    )]
    public void Gives_a_statement_put_after_an_inverted_verb_to_its_author(
        string text,
        string quote,
        string author
    )
    {
        Assert.Equal(author, After(text, quote)?.Member.Name);
    }

    [Fact]
    public void Gives_nobody_a_statement_put_after_an_inverted_verb_without_an_author()
    {
        Assert.Null(
            After("\"High waves are expected\", read the warning.", "High waves are expected")
        );
    }
}
