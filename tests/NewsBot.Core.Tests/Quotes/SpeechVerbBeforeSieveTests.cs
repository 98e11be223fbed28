using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes;

public sealed class SpeechVerbBeforeSieveTests
{
    private static Attribution? Before(string text, string quote)
    {
        var article = new SieveArticle(text);
        var (view, span) = article.Quote(quote);
        return new SpeechVerbBeforeSieve(article.Mentions).Find(
            view,
            view.SentenceAt(span.Open).Start,
            span.Open
        );
    }

    [Fact]
    public void Finds_the_subject_of_a_speech_verb_before_a_colon()
    {
        var found = Before(
            """
            Jane Roe told reporters: “The bridge is safe.”
            """,
            "The bridge is safe"
        );

        Assert.Equal("Jane Roe", found?.Member.Name);
    }

    [Fact]
    public void Finds_the_subject_of_a_speech_verb_earlier_in_the_sentence()
    {
        var found = Before(
            """
            Economist Jane Roe spoke at the hearing.

            Roe warned the plan is unsustainable: “It cannot last another year.”
            """,
            "It cannot last"
        );

        Assert.Equal("Jane Roe", found?.Member.Name);
    }

    [Fact]
    public void Gives_a_statement_to_the_organisation_that_issued_it()
    {
        var found = Before(
            """
            Acme said in a statement: “We regret the delay.”
            """,
            "We regret the delay"
        );

        Assert.Equal("Acme", found?.Member.Name);
    }

    [Fact]
    public void Finds_nobody_before_a_passive_speech_verb()
    {
        var found = Before(
            """
            The plan was described as “reckless” by the opposition.
            """,
            "reckless"
        );

        Assert.Null(found);
    }

    [Fact]
    public void Finds_nobody_in_a_sentence_without_a_speech_verb_or_a_colon()
    {
        var found = Before(
            """
            The crews worked through the night on the “temporary” bridge.
            """,
            "temporary"
        );

        Assert.Null(found);
    }

    [Fact]
    public void Gives_a_quote_introduced_by_x_quoted_y_as_saying_to_the_person_quoted()
    {
        var found = Before(
            """
            Mayor Jane Roe visited the dam on Monday. Editor Tom Ash quoted Roe as saying: “The bridge will reopen in May.”
            """,
            "The bridge will reopen"
        );

        Assert.Equal("Jane Roe", found?.Member.Name);
    }

    [Fact]
    public void Gives_a_quote_introduced_by_according_to_x_y_said_to_y()
    {
        var found = Before(
            """
            Mayor Jane Roe visited the dam on Monday. According to editor Tom Ash, Roe said: “The bridge will reopen in May.”
            """,
            "The bridge will reopen"
        );

        Assert.Equal("Jane Roe", found?.Member.Name);
    }
}
