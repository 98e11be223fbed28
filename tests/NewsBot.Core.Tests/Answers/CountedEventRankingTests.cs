using NewsBot.Core.Answers;
using NewsBot.Core.Articles;
using NewsBot.Core.Figures;

namespace NewsBot.Core.Tests.Answers;

public sealed class CountedEventRankingTests
{
    private static readonly IReadOnlyList<Figure> Storm = new FigureExtractor().Extract(
        ArticleParser.Parse(
            "storm.txt",
            """
            Cyclone Mira reaches the coast

            Cyclone Mira flooded roads along the coast and forced over 3,000 residents to evacuate.

            Forecasters compared it with Cyclone Orla, which killed over 400 people in 2009.

            About 900 travellers were stranded at ports as ferries stopped.
            """
        )
    );

    [Fact]
    public void A_count_of_people_of_some_sort_answers_how_many_people_with_the_event_asked()
    {
        var answer = new FigureRanker().Rank(
            "how many people had to evacuate because of cyclone mira",
            Storm
        );

        Assert.Equal(3_000, answer.Results[0].Value);
    }

    [Fact]
    public void A_count_of_people_to_whom_another_thing_befell_does_not_answer()
    {
        var answer = new FigureRanker().Rank("how many people were injured by cyclone mira", Storm);

        Assert.Empty(answer.Results);
    }

    [Theory]
    [InlineData("people", "civilians", true)]
    [InlineData("people", "workers", true)]
    [InlineData("people", "homes", false)]
    [InlineData("soldiers", "civilians", false)]
    public void People_of_any_sort_are_answered_by_a_count_of_people_of_some_sort(
        string asked,
        string counted,
        bool answers
    ) =>
        Assert.Equal(
            answers,
            PeopleGroups.AnyCounts(FigureTerms.Normalize(asked)!, FigureTerms.Normalize(counted)!)
        );
}
