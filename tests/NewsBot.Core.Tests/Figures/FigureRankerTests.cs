using NewsBot.Core.Articles;
using NewsBot.Core.Figures;

namespace NewsBot.Core.Tests.Figures;

public sealed class FigureRankerTests
{
    private readonly FigureRanker _ranker = new();

    private static IReadOnlyList<Figure> Extract(string file, string text) =>
        new FigureExtractor().Extract(ArticleParser.Parse(file, text));

    private static readonly IReadOnlyList<Figure> Coverage =
    [
        .. Extract(
            "a.txt",
            """
            Rutte said Russia lost 35,000 soldiers in December and 30,000 in January.

            Russia recruits between 30,000 and 36,000 new soldiers each month, officials said.

            Britain's defense ministry reported that Russia loses 1,000 soldiers daily.

            Attack drones destroy 90% of the targets they engage.

            Ministers announced a $500 million aid package, with over $200 million from Britain for air defense.

            Hundreds of thousands of soldiers have died, and NATO now counts 32 members.
            """
        ),
        .. Extract(
            "b.txt",
            """
            Rutte says Russia lost 35,000 soldiers in December, more than in any month before.

            NATO reported that Russia lost 35,000 soldiers in December.
            """
        ),
    ];

    [Fact]
    public void Prefers_the_figure_whose_period_matches_the_question()
    {
        var december = _ranker.Rank("Russian soldiers lost in December", Coverage).Results[0];
        var january = _ranker.Rank("Russian soldiers lost in January", Coverage).Results[0];
        var monthly = _ranker.Rank("new soldiers recruited per month", Coverage).Results[0];
        var daily = _ranker
            .Rank("soldiers lost every day according to Britain's defense ministry", Coverage)
            .Results[0];

        Assert.Equal(35_000, december.Value);
        Assert.Equal(30_000, january.Value);
        Assert.Equal(33_000, monthly.Value);
        Assert.Equal(1_000, daily.Value);
    }

    [Fact]
    public void Merges_the_same_figure_from_two_articles_into_one_result_citing_both()
    {
        var answer = _ranker.Rank("How many soldiers did Russia lose in December?", Coverage);

        var top = answer.Results[0];
        Assert.Equal(35_000, top.Value);
        Assert.Equal("Rutte", top.ClaimedBy);
        Assert.Equal(
            [("a.txt", 1), ("b.txt", 1)],
            top.Sources.Select(s => (s.File, s.Line)).Order()
        );
    }

    [Fact]
    public void Keeps_each_claimant_with_its_own_sources_when_merging()
    {
        var answer = _ranker.Rank("How many soldiers did Russia lose in December?", Coverage);

        var nato = Assert.Single(answer.Results, r => r.ClaimedBy == "NATO");
        Assert.Equal(35_000, nato.Value);
        Assert.Equal([new SourceRef("b.txt", 3)], nato.Sources);
        Assert.DoesNotContain(
            answer.Results,
            r => r.ClaimedBy == "Rutte" && r.Sources.Contains(new SourceRef("b.txt", 3))
        );
    }

    [Fact]
    public void Reads_money_and_percent_questions_as_asking_for_money_and_percentages()
    {
        var package = _ranker
            .Rank("value of the aid package ministers announced", Coverage)
            .Results[0];
        var britain = _ranker.Rank("Britain's contribution for air defense", Coverage).Results[0];
        var share = _ranker.Rank("what share of targets do drones destroy", Coverage).Results[0];

        Assert.Equal((500_000_000, "USD"), (package.Value, package.Unit));
        Assert.Equal((200_000_000, "USD"), (britain.Value, britain.Unit));
        Assert.Equal((90, "percent"), (share.Value, share.Unit));
    }

    [Fact]
    public void Returns_no_result_but_the_closest_miss_when_the_coverage_has_no_such_number()
    {
        var answer = _ranker.Rank("number of NATO troops stationed in Poland", Coverage);

        Assert.Empty(answer.Results);
        Assert.NotNull(answer.Closest);
        Assert.True(answer.Closest.Confidence < FigureRanker.MinConfidence);
    }

    [Fact]
    public void Never_answers_with_a_vague_amount()
    {
        var answer = _ranker.Rank("soldiers who have died", Coverage);

        Assert.DoesNotContain(
            answer.Results,
            r => r.Text.Contains("hundreds", StringComparison.OrdinalIgnoreCase)
        );
    }

    [Fact]
    public void Keeps_score_and_confidence_between_zero_and_one()
    {
        var answer = _ranker.Rank("soldiers lost in December according to Rutte", Coverage);

        Assert.All(answer.Results, r => Assert.InRange(r.Confidence, 0, 1));
        Assert.All(answer.Results, r => Assert.InRange(r.Score, 0, 1));
    }

    [Fact]
    public void Answers_nothing_for_an_empty_question_or_no_candidates()
    {
        Assert.Empty(_ranker.Rank("", Coverage).Results);
        Assert.Empty(_ranker.Rank("soldiers lost in December", []).Results);
    }
}
