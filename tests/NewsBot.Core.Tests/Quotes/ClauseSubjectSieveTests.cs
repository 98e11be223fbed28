using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes;

public sealed class ClauseSubjectSieveTests
{
    private static Attribution? SubjectOf(string text, string quote)
    {
        var article = new SieveArticle(text);
        var (view, span) = article.Quote(quote);
        return new ClauseSubjectSieve(article.Mentions).Find(view, span.Open);
    }

    [Fact]
    public void Gives_words_quoted_in_a_relative_clause_to_the_name_before_who()
    {
        var found = SubjectOf(
            """
            Critics lined up, among them former governor Tom Ash, who denounced the claims as a "reckless gamble".
            """,
            "reckless gamble"
        );

        Assert.Equal("Tom Ash", found?.Member.Name);
        Assert.Equal(AttributionPattern.ClauseSubject, found?.Pattern);
    }

    [Fact]
    public void Gives_words_after_a_colon_in_a_relative_clause_to_the_name_before_its_age()
    {
        var found = SubjectOf(
            """
            Another witness was tour manager Tom Ash, 24, who cited only his rugby days: "One in, all in."
            """,
            "One in"
        );

        Assert.Equal("Tom Ash", found?.Member.Name);
    }

    [Fact]
    public void A_name_before_a_noun_inside_the_relative_clause_does_not_take_the_words()
    {
        var found = SubjectOf(
            """
            Mayor Jane Roe spoke first. Then came former governor Tom Ash, who denounced the Roe team's claims as a "reckless gamble".
            """,
            "reckless gamble"
        );

        Assert.Equal("Tom Ash", found?.Member.Name);
    }

    [Fact]
    public void Finds_nobody_when_the_relative_clause_is_passive()
    {
        var found = SubjectOf(
            """
            Professor Tom Ash, who was described as "reckless" in the report, left.
            """,
            "reckless"
        );

        Assert.Null(found);
    }

    [Fact]
    public void Gives_words_after_a_subordinate_pronoun_to_the_named_subject_of_the_sentence()
    {
        var found = SubjectOf(
            """
            Senator Tom Ash spoke often. Last spring, Ash lost his column after he referred to the team as "the lazy ones".
            """,
            "the lazy ones"
        );

        Assert.Equal("Tom Ash", found?.Member.Name);
    }

    [Fact]
    public void Finds_nobody_for_a_subordinate_pronoun_when_the_sentence_has_no_named_subject()
    {
        var found = SubjectOf(
            """
            Senator Tom Ash spoke often. The paper dropped his column last spring after he referred to the team as "the lazy ones".
            """,
            "the lazy ones"
        );

        Assert.Null(found);
    }

    [Fact]
    public void Gives_words_after_a_subordinate_name_to_that_name()
    {
        var found = SubjectOf(
            """
            Professor Tom Ash left the hall on Monday after Mayor Jane Roe dismissed his plan as "reckless".
            """,
            "reckless"
        );

        Assert.Equal("Jane Roe", found?.Member.Name);
    }

    [Fact]
    public void Gives_a_fragment_to_the_name_in_commas_after_the_description_opening_the_sentence()
    {
        var found = SubjectOf(
            """
            The mayor of Eastport, Jane Roe, thanked "the crews for their swift work".
            """,
            "the crews"
        );

        Assert.Equal("Jane Roe", found?.Member.Name);
    }

    [Fact]
    public void Gives_words_quoted_in_an_opening_participle_phrase_to_the_subject_after_it()
    {
        var found = SubjectOf(
            """
            Mayor Jane Roe spoke on Monday. Calling it "a hollow gesture", Roe left the room.
            """,
            "a hollow gesture"
        );

        Assert.Equal("Jane Roe", found?.Member.Name);
    }

    [Fact]
    public void Finds_nobody_for_a_phrase_opened_by_a_participle_that_does_not_speak()
    {
        var found = SubjectOf(
            """
            Mayor Jane Roe spoke on Monday. Following the "quiet protest", Roe left the room.
            """,
            "quiet protest"
        );

        Assert.Null(found);
    }

    [Fact]
    public void Finds_nobody_for_a_title_quoted_in_the_clause()
    {
        var found = SubjectOf(
            """
            Singer Tom Ash died on Monday. The audience saw the night when Ash gave his "Best Hero" award to a fan.
            """,
            "Best Hero"
        );

        Assert.Null(found);
    }
}
