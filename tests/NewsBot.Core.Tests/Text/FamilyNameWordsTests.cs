using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Text;

public sealed class FamilyNameWordsTests
{
    private static HashSet<string> Find(string text) =>
        FamilyNameWords.Find(CastArticle.Read(text).Views);

    [Fact]
    public void A_publications_name_after_a_role_and_a_given_name_is_a_family_name_when_it_acts_alone()
    {
        var words = Find(
            """
            Former mayor Ann Post ended her campaign on Wednesday. Post endorsed her rival.
            """
        );

        Assert.Equal(["Post"], words);
    }

    [Fact]
    public void A_publications_name_before_an_appositive_describing_a_person_is_a_family_name()
    {
        var words = Find(
            """
            Ann Post, formerly the mayor of Eastport, ended her campaign. Post endorsed her rival.
            """
        );

        Assert.Equal(["Post"], words);
    }

    [Fact]
    public void A_word_ending_an_organisations_name_is_no_family_name()
    {
        var words = Find(
            """
            The study was funded by the Eastport Science Foundation, a federal agency. Foundation staff agreed.
            """
        );

        Assert.Empty(words);
    }

    [Fact]
    public void A_word_that_never_acts_alone_in_the_article_is_no_family_name()
    {
        var words = Find(
            """
            Former mayor Ann Post ended her campaign on Wednesday. The Post reported it first.
            """
        );

        Assert.Empty(words);
    }
}
