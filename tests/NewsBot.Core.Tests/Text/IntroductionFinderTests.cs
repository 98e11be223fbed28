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
}
