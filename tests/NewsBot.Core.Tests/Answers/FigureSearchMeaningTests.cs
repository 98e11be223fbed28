namespace NewsBot.Core.Tests.Answers;

/// <summary>/figure and /compare on the seeds with the shipped sentence model, as a new member asks them.</summary>
public sealed class FigureSearchMeaningTests(SeedIndexFixture seeds)
    : IClassFixture<SeedIndexFixture>
{
    [Fact]
    public async Task The_share_of_targets_hit_by_drones_is_the_90_percent_drones_eliminate()
    {
        var answer = await seeds.AnswersByMeaning.FigureAsync(
            "what percentage of targets are hit by drones"
        );

        Assert.Equal((90, "percent"), (answer.Results[0].Value, answer.Results[0].Unit));
    }

    [Fact]
    public async Task Civilians_who_died_in_Kyiv_are_not_in_the_coverage()
    {
        var answer = await seeds.AnswersByMeaning.FigureAsync("how many civilians died in Kyiv");

        Assert.Empty(answer.Results);
    }

    [Fact]
    public async Task Ukrainian_losses_in_December_are_not_the_35000_Russians_lost()
    {
        var answer = await seeds.AnswersByMeaning.FigureAsync("Ukrainian losses in December");

        Assert.DoesNotContain(answer.Results, r => r.Value == 35_000);
    }

    [Theory]
    [InlineData("Russian recruits per month")]
    [InlineData("Russian soldiers killed per month")]
    [InlineData("how many civilians died in Kyiv")]
    public async Task Compare_finds_each_side_as_figure_finds_it(string side)
    {
        var figure = await seeds.AnswersByMeaning.FigureAsync(side);
        var compare = await seeds.AnswersByMeaning.CompareAsync(side, "Britain's contribution");

        Assert.Equal(figure.Results.FirstOrDefault()?.Value, compare.A?.Value);
    }

    [Fact]
    public async Task Compare_says_which_side_the_coverage_does_not_give()
    {
        var compare = await seeds.AnswersByMeaning.CompareAsync(
            "Russian soldiers killed per month",
            "how many civilians died in Kyiv"
        );

        Assert.NotNull(compare.A);
        Assert.Null(compare.B);
        Assert.Contains("Side b", compare.Explanation);
    }
}
