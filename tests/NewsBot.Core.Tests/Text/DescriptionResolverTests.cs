using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Text;

public sealed class DescriptionResolverTests
{
    [Fact]
    public void Resolves_a_description_to_the_person_whose_role_shares_its_capitalised_word()
    {
        var person = CastArticle.Resolve(
            """
            NATO Secretary General Mark Rutte met President Donald Trump in The Hague. The NATO chief said the alliance was strong.
            """,
            MentionKind.Description,
            "The NATO chief"
        );

        Assert.Equal("Mark Rutte", person);
    }

    [Fact]
    public void Names_an_unnamed_source_by_its_description_and_never_by_a_nearby_name()
    {
        var person = CastArticle.Resolve(
            """
            Mayor Jane Roe visited the dam. A senior official said the wall was weak.
            """,
            MentionKind.Description,
            "A senior official"
        );

        Assert.Equal("a senior official", person);
    }

    [Fact]
    public void A_description_said_of_a_named_person_after_as_introduces_no_unnamed_source()
    {
        var person = CastArticle.Resolve(
            """
            Trader Tom Ash left his party to run for mayor as an independent candidate. The candidate said he would cut fares.
            """,
            MentionKind.Description,
            "The candidate"
        );

        Assert.Equal("Tom Ash", person);
    }
}
