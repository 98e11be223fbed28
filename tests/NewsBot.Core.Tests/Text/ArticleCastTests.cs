namespace NewsBot.Core.Tests.Text;

public sealed class ArticleCastTests
{
    [Fact]
    public void A_surname_alone_one_letter_away_from_a_person_named_in_full_is_that_person()
    {
        var (cast, _) = CastArticle.Read(
            """
            Lead author Jane Rowan explained the results on Monday.
            """
        );

        Assert.Equal("Jane Rowan", cast.Match("rowen")?.Name);
    }

    [Fact]
    public void A_short_surname_one_letter_away_is_someone_else()
    {
        var (cast, _) = CastArticle.Read(
            """
            Lead author Jane Roe explained the results on Monday.
            """
        );

        Assert.Null(cast.Match("rae"));
    }

    [Fact]
    public void A_surname_as_close_to_two_people_is_neither()
    {
        var (cast, _) = CastArticle.Read(
            """
            Lead author Jane Rowan and co-author Tom Rowen explained the results on Monday.
            """
        );

        Assert.Null(cast.Match("rowin"));
    }
}
