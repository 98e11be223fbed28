namespace NewsBot.Core.Tests.Text;

public sealed class IntroductionFinderTests
{
    [Fact]
    public void Introduces_a_person_with_the_role_of_an_appositive()
    {
        var (cast, _) = CastArticle.Read(
            """
            Kateryna Stepanenko, a research fellow at the Institute for the Study of War, spoke on Monday.
            """
        );

        var member = Assert.Single(cast.Members);
        Assert.Equal("Kateryna Stepanenko", member.Name);
        Assert.Equal("research fellow at the Institute for the Study of War", member.Role);
    }

    [Fact]
    public void Keeps_the_full_name_of_a_person_first_named_by_title_and_surname()
    {
        var (cast, _) = CastArticle.Read(
            """
            President Trump arrived on Monday. Donald Trump said the talks went well.
            """
        );

        var member = Assert.Single(cast.Members);
        Assert.Equal("Donald Trump", member.Name);
        Assert.Equal("President", member.Role);
    }

    [Fact]
    public void Does_not_introduce_a_capitalised_organisation_as_a_person()
    {
        var (cast, _) = CastArticle.Read(
            """
            Acme Bank raised its rates on Monday.
            """
        );

        Assert.Empty(cast.Members);
    }

    [Fact]
    public void Introduces_a_full_name_opening_its_sentence_before_a_verb_in_the_past_tense()
    {
        var (cast, _) = CastArticle.Read(
            """
            The council met on Monday. Peter Hale walked out before the vote.
            """
        );

        Assert.Equal("Peter Hale", Assert.Single(cast.Members).Name);
    }

    [Fact]
    public void Does_not_introduce_capitalised_words_opening_a_sentence_before_a_noun()
    {
        var (cast, _) = CastArticle.Read(
            """
            Crew Dragon has enough room for seven people. Previous Eastport pods have relied on a crane.
            """
        );

        Assert.Empty(cast.Members);
    }

    [Fact]
    public void Introduces_a_person_whose_speech_verb_follows_an_adverb()
    {
        var (cast, _) = CastArticle.Read(
            """
            The bridge opened on Monday, and Jane Roe reportedly said the wait was worth it.
            """
        );

        Assert.Equal("Jane Roe", Assert.Single(cast.Members).Name);
    }

    [Fact]
    public void Never_takes_the_first_person_or_a_conjunction_opening_a_clause_for_a_name()
    {
        var (cast, _) = CastArticle.Read(
            """
            So I told reporters the bridge was safe. Although I'm called "the builder" by friends, So I've said nothing.
            """
        );

        Assert.Empty(cast.Members);
    }
}
