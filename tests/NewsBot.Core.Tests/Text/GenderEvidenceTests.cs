using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Text;

public sealed class GenderEvidenceTests
{
    private static Gender? GenderOf(string text, string name)
    {
        var (cast, _) = CastArticle.Read(text);
        return cast.Members.Single(m => m.Name == name).Gender;
    }

    [Fact]
    public void An_honorific_before_a_later_mention_gives_the_gender_though_a_title_is_the_role()
    {
        var gender = GenderOf(
            """
            Governor Sam Roe met Tom Ash on Monday. Ms Roe thanked the crews.
            """,
            "Sam Roe"
        );

        Assert.Equal(Gender.Female, gender);
    }

    [Fact]
    public void A_gendered_role_noun_in_an_appositive_gives_the_gender_though_a_title_is_the_role()
    {
        var gender = GenderOf(
            """
            Mayor Sam Roe met Tom Ash on Monday. Roe, a mother of two, thanked the crews.
            """,
            "Sam Roe"
        );

        Assert.Equal(Gender.Female, gender);
    }

    [Fact]
    public void A_title_opening_a_longer_title_tells_no_gender()
    {
        var gender = GenderOf(
            """
            Lord Mayor Sam Roe opened the bridge on Monday.
            """,
            "Sam Roe"
        );

        Assert.Null(gender);
    }
}
