using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes;

public sealed class SubjectOfSentenceSieveTests
{
    private static Attribution? SubjectOf(string text, string quote)
    {
        var article = new SieveArticle(text);
        var (view, span) = article.Quote(quote);
        return new SubjectOfSentenceSieve(article.Mentions).Find(view, span.Open);
    }

    [Fact]
    public void Gives_a_few_quoted_words_to_the_person_who_is_the_subject_of_the_sentence()
    {
        var found = SubjectOf(
            """
            Mayor Jane Roe characterized the attack as “designed to intimidate”.
            """,
            "designed to intimidate"
        );

        Assert.Equal("Jane Roe", found?.Member.Name);
        Assert.Equal(AttributionPattern.SubjectOfSentence, found?.Pattern);
    }

    [Fact]
    public void Finds_nobody_when_the_verb_is_passive()
    {
        var found = SubjectOf(
            """
            Mayor Jane Roe was described as “reckless” in the report.
            """,
            "reckless"
        );

        Assert.Null(found);
    }

    [Fact]
    public void Finds_nobody_when_someone_else_is_named_between_the_subject_and_the_quote()
    {
        var found = SubjectOf(
            """
            Mayor Jane Roe met Professor Tom Ash, who called the plan “reckless”.
            """,
            "reckless"
        );

        Assert.Null(found);
    }
}
