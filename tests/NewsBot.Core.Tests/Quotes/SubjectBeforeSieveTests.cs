using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes;

public sealed class SubjectBeforeSieveTests
{
    private static Attribution? SubjectBefore(string text, string quote)
    {
        var article = new SieveArticle(text);
        var (view, span) = article.Quote(quote);
        return new SubjectBeforeSieve(article.Mentions).Find(view, span.Open);
    }

    [Fact]
    public void Gives_a_quote_opening_its_sentence_to_the_person_who_is_the_subject_of_the_sentence_before()
    {
        var found = SubjectBefore(
            """
            Mayor Jane Roe thanked the crews. “Without them we had nothing.”
            """,
            "Without them"
        );

        Assert.Equal("Jane Roe", found?.Member.Name);
        Assert.Equal(AttributionRule.Resolved, found?.Rule);
    }

    [Fact]
    public void Finds_nobody_when_the_sentence_before_has_no_person_as_its_subject()
    {
        var found = SubjectBefore(
            """
            The crews worked through the night. “Without them we had nothing.”
            """,
            "Without them"
        );

        Assert.Null(found);
    }

    [Fact]
    public void Finds_nobody_for_a_quote_inside_its_sentence()
    {
        var found = SubjectBefore(
            """
            Mayor Jane Roe thanked the crews. The town called them “heroes of the flood”.
            """,
            "heroes"
        );

        Assert.Null(found);
    }
}
