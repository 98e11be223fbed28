using NewsBot.Core.Answers;
using NewsBot.Core.Articles;
using NewsBot.Core.Figures;

namespace NewsBot.Core.Tests.Figures;

/// <summary>A figure's measure reads as a member would ask for it.</summary>
public sealed class ReadableMeasureTests
{
    private static Figure Only(string text) =>
        Assert.Single(new FigureExtractor().Extract(ArticleParser.Parse("a.txt", text)));

    [Theory]
    [InlineData(
        "In May, with flu deaths surpassing 2,000, the clinics stayed open.",
        "with flu deaths surpassing"
    )]
    [InlineData(
        "By the end of the month, with cases passing 300 and schools shut, the mayor spoke.",
        "with cases passing"
    )]
    public void A_measure_read_from_the_words_before_a_number_is_said_once(
        string sentence,
        string measure
    ) => Assert.Equal(measure, Only(sentence).Measure);

    [Fact]
    public void A_weekday_before_aged_is_not_whose_age_it_is()
    {
        var figure = Only("The shepherd died on Sunday aged 67, his family said.");

        Assert.Equal("age at death", figure.Measure);
    }

    [Fact]
    public void An_age_given_with_a_death_is_the_age_at_death_of_the_person_named()
    {
        var figure = Only("Former mayor Ida Brunn died on Tuesday aged 91.");

        Assert.Equal("age of Ida Brunn at death", figure.Measure);
    }

    [Fact]
    public void How_old_someone_was_when_they_died_is_answered_by_the_age_at_death()
    {
        var figures = new FigureExtractor().Extract(
            ArticleParser.Parse("a.txt", "The shepherd died on Sunday aged 67, his family said.")
        );

        var answer = new FigureRanker().Rank("how old was the shepherd when he died", figures);

        Assert.Equal(67, answer.Results[0].Value);
    }
}
