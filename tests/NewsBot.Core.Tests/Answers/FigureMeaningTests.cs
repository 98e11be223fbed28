using NewsBot.Core.Answers;
using NewsBot.Core.Articles;
using NewsBot.Core.Figures;
using NewsBot.Core.Tests.Meaning;

namespace NewsBot.Core.Tests.Answers;

/// <summary>/figure answers or declines by what a figure measures, with the shipped sentence model.</summary>
public sealed class FigureMeaningTests
{
    private static IReadOnlyList<Figure> Extract(string text) =>
        new FigureExtractor().Extract(ArticleParser.Parse("a.txt", text));

    private static readonly IReadOnlyList<Figure> Storm = Extract(
        """
        Storm damage checked

        Inspectors have checked more than 1,200 homes since the storm, the council said. The storm brought down 40 trees and left 3,000 households without power for two days.

        A court ordered the ferry company to pay 80,000 euros in compensation to the families. The ferry sank with 214 passengers aboard.
        """
    );

    /// <summary>Losses the sentence gives to one side ("Freedonians were killed") while another side is named apart.</summary>
    private static readonly IReadOnlyList<Figure> TwoSides = Extract(
        """
        “In March, they lost 12,000 of their own men,” he said, pointing to figures that show more Freedonians were killed than were recruited.

        Officials said Ruritanian forces shot down 40 drones over the capital.
        """
    );

    private static readonly FigureRanker ByMeaning = new(SharedSentenceModel.Instance);

    [Fact]
    public void Houses_inspected_are_the_homes_inspectors_checked_in_a_sentence_worded_otherwise()
    {
        var answer = ByMeaning.Rank("how many houses were inspected", Storm);

        Assert.Equal(1_200, Assert.Single(answer.Results).Value);
    }

    [Fact]
    public void Damages_a_company_must_pay_are_the_compensation_a_court_ordered_it_to_pay()
    {
        var answer = ByMeaning.Rank("how much in damages must the ferry company pay", Storm);

        Assert.Equal((80_000, "EUR"), (answer.Results[0].Value, answer.Results[0].Unit));
    }

    [Fact]
    public void A_figure_found_by_meaning_is_a_close_match_below_the_sure_confidence()
    {
        var top = ByMeaning.Rank("how many houses were inspected", Storm).Results[0];

        Assert.True(top.CloseMatch);
        Assert.InRange(top.Confidence, FigureRanker.MinConfidence, FigureRanker.SureConfidence);
    }

    [Fact]
    public void Without_the_model_a_sentence_worded_otherwise_is_only_the_closest_figure()
    {
        var unavailable = new FakeSentenceEmbedder(new Dictionary<string, double>())
        {
            Available = false,
        };

        var answer = new FigureRanker(unavailable).Rank("how many buildings were examined", Storm);

        Assert.Empty(answer.Results);
    }

    [Fact]
    public void A_sentence_on_the_topic_but_not_close_in_meaning_does_not_answer()
    {
        var sentence = Storm.Single(f => f.Value == 1_200).Passage;
        var topical = new FakeSentenceEmbedder(new Dictionary<string, double> { [sentence] = 0.5 });

        var answer = new FigureRanker(topical).Rank("how many buildings were examined", Storm);

        Assert.Empty(answer.Results);
    }

    [Fact]
    public void A_sentence_close_in_meaning_answers_in_other_words_as_a_close_match()
    {
        var sentence = Storm.Single(f => f.Value == 1_200).Passage;
        var close = new FakeSentenceEmbedder(new Dictionary<string, double> { [sentence] = 0.75 });

        var top = new FigureRanker(close).Rank("how many buildings were examined", Storm).Results[
            0
        ];

        Assert.Equal(1_200, top.Value);
        Assert.True(top.CloseMatch);
    }

    [Fact]
    public void Civilians_killed_are_not_answered_by_a_count_of_soldiers_killed()
    {
        var coverage = Extract(
            """
            Rebels said between 2,000 and 2,500 government soldiers are being killed in the fighting around Kyiv each month.

            Aid agencies have delivered 300 tonnes of food to the city.
            """
        );

        var answer = ByMeaning.Rank("how many civilians died in Kyiv", coverage);

        Assert.Empty(answer.Results);
    }

    [Fact]
    public void Casualties_asked_for_are_answered_by_soldiers_killed()
    {
        var coverage = Extract(
            """
            Rebels said 2,000 government soldiers were killed in the fighting around Kyiv in March.
            """
        );

        var answer = ByMeaning.Rank("how many casualties in Kyiv in March", coverage);

        Assert.Equal(2_000, answer.Results[0].Value);
    }

    [Fact]
    public void Losses_of_one_side_are_not_those_the_sentence_gives_to_the_other()
    {
        var answer = ByMeaning.Rank("Ruritanian losses in March", TwoSides);

        Assert.DoesNotContain(answer.Results, r => r.Value == 12_000);
    }

    [Fact]
    public void Losses_of_the_side_the_sentence_names_are_answered()
    {
        var answer = ByMeaning.Rank("Freedonian losses in March", TwoSides);

        Assert.Equal(12_000, answer.Results[0].Value);
    }

    [Fact]
    public void A_year_read_as_a_count_is_never_raised_by_meaning()
    {
        var coverage = Extract(
            """
            Toronto Comicon 2019 welcomes fans with celebrities

            The organisers hired 40 volunteers for the weekend.
            """
        );
        var headline = coverage.Single(f => f.Value == 2019).Passage;
        var close = new FakeSentenceEmbedder(new Dictionary<string, double> { [headline] = 0.9 });

        var answer = new FigureRanker(close).Rank(
            "how many people attended toronto comicon",
            coverage
        );

        Assert.DoesNotContain(answer.Results, r => r.Value == 2019);
    }

    [Fact]
    public void A_question_words_answer_surely_is_not_sent_to_the_model()
    {
        var model = new FakeSentenceEmbedder(new Dictionary<string, double>());

        var answer = new FigureRanker(model).Rank("compensation to the families in euros", Storm);

        Assert.True(answer.Results[0].Confidence >= FigureRanker.SureConfidence);
        Assert.Equal(0, model.Calls);
    }
}
