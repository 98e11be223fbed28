using NewsBot.Core.Answers;
using NewsBot.Core.Articles;
using NewsBot.Core.Figures;

namespace NewsBot.Core.Tests.Answers;

public sealed class YearAndRankRankingTests
{
    private readonly FigureRanker _ranker = new();

    private static IReadOnlyList<Figure> Extract(string file, string text) =>
        new FigureExtractor().Extract(ArticleParser.Parse(file, text));

    private static readonly IReadOnlyList<Figure> Coverage =
    [
        .. Extract(
            "league.txt",
            """
            Harbour League names new leader

            The Harbour League, having been established in 1902 by dock workers, picked Ada Moss as its leader.

            Moss was born in 1961 and joined the league in 1988, when it had 4,000 members.

            Delegates chose Moss on the fourth ballot, after Tom Reyes led on the second ballot.

            Reyes ran for mayor of Northport in 2019 and finished in third place overall.

            The league's founder, Walter Hale, died in 1931 at his farm.

            The Harbour League is the second largest union in the port.

            Before 2019, the last time the league won the harbour cup was 1997.
            """
        ),
        .. Extract(
            "storm.txt",
            """
            Depression weakens off the coast

            The depression would have become the fifth named storm of the season. Forecasters gave it
            a one-in-five chance on Sunday.

            The coast was last hit by a hurricane in 1998, when 40 homes were destroyed.
            """
        ),
    ];

    [Theory]
    [InlineData("what year was the harbour league founded", 1902)]
    [InlineData("in which year was ada moss born", 1961)]
    [InlineData("since what year has moss been in the league", 1988)]
    [InlineData("when did the league's founder walter hale die", 1931)]
    [InlineData("in what year was the coast last hit by a hurricane", 1998)]
    [InlineData("in what year before 2019 did the league last win the harbour cup", 1997)]
    public void Answers_a_year_question_with_the_year_of_the_event_asked(string query, double year)
    {
        var answer = _ranker.Rank(query, Coverage);

        Assert.Equal(year, answer.Results[0].Value);
        Assert.Equal("year", answer.Results[0].Unit);
    }

    [Fact]
    public void Answers_surely_when_the_year_dates_the_event_of_the_question_in_other_words()
    {
        var answer = _ranker.Rank("what year was the harbour league founded", Coverage);

        Assert.True(answer.Results[0].Confidence >= FigureRanker.SureConfidence);
    }

    [Theory]
    [InlineData("what year did walter hale retire")]
    [InlineData("in what year was tom reyes born")]
    public void Declines_a_year_question_when_the_coverage_dates_only_other_events(string query) =>
        Assert.Empty(_ranker.Rank(query, Coverage).Results);

    [Theory]
    [InlineData("on which ballot did the delegates choose moss", 4)]
    [InlineData("the depression would have been which named storm of the season", 5)]
    [InlineData("where did reyes finish when he ran for mayor of northport", 3)]
    [InlineData("how does the harbour league rank among the unions of the port", 2)]
    public void Answers_a_rank_question_with_a_rank(string query, double rank)
    {
        var answer = _ranker.Rank(query, Coverage);

        Assert.Equal(rank, answer.Results[0].Value);
        Assert.Equal("rank", answer.Results[0].Unit);
    }

    private static readonly string[] DatingUnits = ["year", "rank"];

    [Theory]
    [InlineData("how many members did the harbour league have when moss joined")]
    [InlineData("how many homes were destroyed when the hurricane hit the coast")]
    public void Never_answers_a_count_question_with_a_year_or_a_rank(string query)
    {
        var answer = _ranker.Rank(query, Coverage);

        Assert.All(answer.Results, r => Assert.DoesNotContain(r.Unit, DatingUnits));
        Assert.NotEmpty(answer.Results);
    }
}
