using NewsBot.Core.Answers;
using NewsBot.Core.Articles;

namespace NewsBot.Core.Tests.Answers;

public sealed class AnswerOutcomesTests
{
    private static PassageResult Passage(bool closeMatch) =>
        new("Drones hit the depot.", [new SourceRef("a.txt", 1)], 1, 0.9, closeMatch);

    private static FigureResult Figure(bool closeMatch) =>
        new(
            5,
            null,
            null,
            "soldiers",
            "five",
            "soldiers",
            null,
            null,
            null,
            "Five soldiers.",
            [new SourceRef("a.txt", 1)],
            1,
            0.9,
            closeMatch
        );

    [Fact]
    public void An_answer_without_results_is_declined()
    {
        Assert.Equal(AnswerOutcome.Declined, AnswerOutcomes.Of(SearchAnswer.Empty));
        Assert.Equal(
            AnswerOutcome.Declined,
            AnswerOutcomes.Of(new SearchAnswer([], Closest: Passage(closeMatch: true)))
        );
    }

    [Fact]
    public void An_answer_whose_results_are_all_close_matches_is_a_close_match()
    {
        Assert.Equal(
            AnswerOutcome.CloseMatch,
            AnswerOutcomes.Of(new SearchAnswer([Passage(true), Passage(true)]))
        );
        Assert.Equal(
            AnswerOutcome.Answered,
            AnswerOutcomes.Of(new SearchAnswer([Passage(false), Passage(true)]))
        );
    }

    [Fact]
    public void A_comparison_answers_only_when_both_sides_found_a_figure()
    {
        Assert.Equal(
            AnswerOutcome.Declined,
            AnswerOutcomes.Of(new CompareAnswer(Figure(false), null, null, null, false, "b: none"))
        );
        Assert.Equal(
            AnswerOutcome.CloseMatch,
            AnswerOutcomes.Of(new CompareAnswer(Figure(false), Figure(true), 0, 1, true, ""))
        );
        Assert.Equal(
            AnswerOutcome.Answered,
            AnswerOutcomes.Of(new CompareAnswer(Figure(false), Figure(false), 0, 1, true, ""))
        );
    }

    [Fact]
    public void Only_declined_questions_and_close_matches_are_coverage_gaps()
    {
        Assert.Equal(
            [AnswerOutcome.CloseMatch, AnswerOutcome.Declined],
            Enum.GetValues<AnswerOutcome>().Where(AnswerOutcomes.IsGap)
        );
    }
}
