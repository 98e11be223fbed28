using NewsBot.Core.Answers;
using NewsBot.Core.Articles;
using NewsBot.Core.Figures;

namespace NewsBot.Core.Tests.Answers;

public sealed class NamedYearRankingTests
{
    private static readonly IReadOnlyList<Figure> Party = new FigureExtractor().Extract(
        ArticleParser.Parse(
            "party.txt",
            """
            Harbour Party names its ticket

            In 2016, the Harbour Party ticket won 41,000 votes with ballot access in 24 states. The party is
            on the ballot in 14 states this time, its chair said, and hopes for more by 2028.
            """
        )
    );

    [Fact]
    public void A_figure_whose_sentence_names_only_other_years_than_the_question_gives_way()
    {
        var answer = new FigureRanker().Rank(
            "in how many states is the harbour party on the ballot for 2028",
            Party
        );

        Assert.Equal(14, answer.Results[0].Value);
    }

    [Fact]
    public void A_figure_whose_sentence_names_the_year_asked_answers()
    {
        var answer = new FigureRanker().Rank(
            "in how many states did the harbour party have ballot access in 2016",
            Party
        );

        Assert.Equal(24, answer.Results[0].Value);
    }
}
