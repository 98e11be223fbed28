using NewsBot.Core.Answers;
using NewsBot.Core.Articles;
using NewsBot.Core.Figures;

namespace NewsBot.Core.Tests.Answers;

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
    public void A_people_named_in_the_question_is_not_what_it_asks_to_count()
    {
        var coverage = Extract(
            "c.txt",
            """
            Some 40,000 Freedonians have fled across the northern border since the spring.

            The Freedonian army has suffered 5,000 casualties since March, the defence ministry said.
            """
        );

        var top = _ranker.Rank("Freedonian casualties", coverage).Results[0];

        Assert.Equal(5_000, top.Value);
    }

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

    private static readonly IReadOnlyList<Figure> War =
    [
        .. Extract(
            "c.txt",
            """
            Valdorian military reports estimate over 900,000 total Ostrian personnel losses since the invasion began.

            Western estimates suggest Valdorian forces have suffered approximately 300,000 soldiers killed and wounded.

            The Ostrian defence ministry reported that Ostria has suffered 900,000 casualties, averaging 800 soldiers killed daily.
            """
        ),
    ];

    [Fact]
    public void Matches_the_question_against_what_a_figure_measures_and_not_against_who_claims_it()
    {
        var answer = _ranker.Rank("Valdorian casualties", War);

        Assert.Equal(300_000, answer.Results[0].Value);
        Assert.DoesNotContain(answer.Results, r => r.Value is 900_000 or 800);
    }

    [Fact]
    public void Answers_a_question_about_the_claimant_only_with_that_claimants_figure()
    {
        var answer = _ranker.Rank("Ostrian losses according to Valdorian military reports", War);

        Assert.Equal(900_000, answer.Results[0].Value);
        Assert.StartsWith("Valdorian military", answer.Results[0].ClaimedBy);
    }

    private static readonly IReadOnlyList<Figure> Town =
    [
        .. Extract(
            "d.txt",
            """
            Harbour town mourns its mayor

            The mayor, Ines Varga, 71, led the town for 23 years and built a 40-room school.

            In the 62nd minute the home side scored, and the town's club beat Oldport 2-1.

            The town hall has 150 staff.
            """
        ),
    ];

    [Theory]
    [InlineData("How old was the mayor?", 71)]
    [InlineData("How long did Ines Varga lead the town?", 23)]
    [InlineData("How many rooms does the school have?", 40)]
    [InlineData("In which minute did the home side score?", 62)]
    [InlineData("How many goals did the club score against Oldport?", 2)]
    [InlineData("How many staff work at the town hall?", 150)]
    public void Answers_with_the_sort_of_figure_the_question_asks_for(string query, double value) =>
        Assert.Equal(value, _ranker.Rank(query, Town).Results[0].Value);

    [Fact]
    public void Never_answers_how_many_with_a_position_or_an_age()
    {
        var answer = _ranker.Rank("How many minutes did the mayor lead?", Town);

        Assert.DoesNotContain(answer.Results, r => r.Value is 62 or 71);
    }

    [Fact]
    public void Tells_the_sides_of_a_score_apart_by_who_scored_against_whom()
    {
        var answer = _ranker.Rank("goals Oldport scored against the club", Town);

        Assert.Equal(1, answer.Results[0].Value);
    }

    [Theory]
    [InlineData("Belgium's ball possession against Panama")]
    [InlineData("How much did the town hall cost?")]
    [InlineData("How many bridges does the town have?")]
    [InlineData("How much did the mayor's years in office cost?")]
    [InlineData("How many staff work at the Brackwater town hall?")]
    public void Gives_no_answer_but_the_closest_figure_apart_when_no_measure_matches(string query)
    {
        var answer = _ranker.Rank(query, Town);

        Assert.Empty(answer.Results);
        if (answer.Closest is { } closest)
        {
            Assert.True(closest.Confidence < FigureRanker.MinConfidence);
        }
    }

    [Fact]
    public void Answers_with_the_figure_counting_what_was_asked_though_the_article_uses_another_verb()
    {
        var coverage = Extract(
            "f.txt",
            """
            Warehouse fire in Dunmore

            Over 400 firefighters took part in putting out the fire, officials said.

            The depot stored 3,000 tonnes of grain.
            """
        );

        var answer = _ranker.Rank("How many firefighters fought the fire?", coverage);

        Assert.Equal(400, Assert.Single(answer.Results).Value);
    }

    [Fact]
    public void An_unrelated_article_does_not_turn_a_missing_figure_into_an_answer()
    {
        var coverage = Coverage
            .Concat(
                Extract(
                    "e.txt",
                    """
                    A small Baltic state will spend 120 million euros on new artillery this year, its minister said.
                    """
                )
            )
            .ToList();

        var answer = _ranker.Rank("alliance defence spending as a share of GDP", coverage);

        Assert.Empty(answer.Results);
    }

    private static readonly IReadOnlyList<Figure> Campaign =
    [
        .. Extract(
            "g.txt",
            """
            Candidates debate the high court

            Senator Alma Ruiz spoke to reporters on Monday about the court.

            She proposed expanding it to 15 justices; five Republicans have opposed any change since 2019.

            The Green ticket, which received 3.3% of the vote in 2016, is on the ballot in 30 states.

            In the Harbor poll, Ortiz polled at 5% and Lang at 2%.

            A Harbor poll of 800 voters found 12% undecided.

            Turnout reached 61% in the north and 58% in the south, officials said.
            """
        ),
    ];

    [Fact]
    public void Answers_with_a_count_of_the_noun_asked_though_its_measure_shares_no_word_with_the_question()
    {
        var answer = _ranker.Rank(
            "How many justices did Alma Ruiz want on the supreme court?",
            Campaign
        );

        Assert.Equal(15, answer.Results[0].Value);
    }

    [Fact]
    public void Answers_with_the_share_asked_for_though_its_measure_is_a_fragment_of_its_clause()
    {
        var answer = _ranker.Rank(
            "What share of the vote did the Green ticket win in 2016?",
            Campaign
        );

        Assert.Equal((3.3, "percent"), (answer.Results[0].Value, answer.Results[0].Unit));
    }

    [Fact]
    public void Two_figures_of_the_same_sort_fitting_the_question_equally_are_a_close_match_at_best()
    {
        var answer = _ranker.Rank("What was the turnout?", Campaign);

        Assert.NotEmpty(answer.Results);
        Assert.All(answer.Results, r => Assert.True(r.CloseMatch));
        Assert.All(answer.Results, r => Assert.True(r.Confidence < FigureRanker.SureConfidence));
    }
}
