using NewsBot.Core.Answers;
using NewsBot.Core.Articles;
using NewsBot.Core.Figures;

namespace NewsBot.Core.Tests.Answers;

public sealed class AgeEventRankingTests
{
    private static readonly IReadOnlyList<Figure> Obituary = new FigureExtractor().Extract(
        ArticleParser.Parse(
            "judge.txt",
            """
            Former judge Ann Reyes dies aged 91

            Ann Reyes, who sat on the Harbour Court for 30 years, died on Monday at the age of 91.
            """
        )
    );

    [Fact]
    public void An_age_reached_at_the_event_asked_answers()
    {
        var answer = new FigureRanker().Rank("how old was ann reyes when she died", Obituary);

        Assert.Equal(91, answer.Results[0].Value);
    }

    [Fact]
    public void An_age_reached_at_another_event_than_the_one_asked_does_not_answer()
    {
        var answer = new FigureRanker().Rank("how old was ann reyes when she retired", Obituary);

        Assert.Empty(answer.Results);
    }
}
