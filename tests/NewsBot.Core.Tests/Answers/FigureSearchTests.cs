namespace NewsBot.Core.Tests.Answers;

/// <summary>/figure and /compare over the index of the seeds, as a reader asks them.</summary>
public sealed class FigureSearchTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    [Fact]
    public async Task Ukrainian_casualties_are_the_400000_Ukrainian_soldiers_and_not_the_Russian_losses_Ukrainian_reports_count()
    {
        var answer = await seeds.Answers.FigureAsync("Ukrainian casualties");

        Assert.Equal(400_000, answer.Results[0].Value);
        Assert.DoesNotContain(answer.Results, r => r.Value == 1_100_000);
    }

    [Theory]
    [InlineData("how much did Britain give")]
    [InlineData("Britain's contribution")]
    public async Task What_Britain_gives_is_the_200_million_dollars_coming_from_Britain(
        string query
    )
    {
        var answer = await seeds.Answers.FigureAsync(query);

        Assert.Equal((200_000_000, "USD"), (answer.Results[0].Value, answer.Results[0].Unit));
    }

    [Fact]
    public async Task Russian_against_Ukrainian_casualties_says_the_periods_and_sources_differ_and_gives_no_ratio()
    {
        var answer = await seeds.Answers.CompareAsync("Russian casualties", "Ukrainian casualties");

        Assert.Equal(1_100_000, answer.A!.Value);
        Assert.Equal(400_000, answer.B!.Value);
        Assert.False(answer.Comparable);
        Assert.Null(answer.Difference);
        Assert.Null(answer.Ratio);
        Assert.Contains("periods differ", answer.Explanation);
        Assert.Contains("sources differ", answer.Explanation);
    }

    [Fact]
    public async Task The_aid_package_and_Britains_contribution_are_two_amounts_in_dollars_side_by_side()
    {
        var answer = await seeds.Answers.CompareAsync(
            "military aid package",
            "Britain's contribution"
        );

        Assert.Equal(500_000_000, answer.A!.Value);
        Assert.Equal(200_000_000, answer.B!.Value);
        Assert.True(answer.Comparable);
        Assert.Equal(300_000_000, answer.Difference);
    }

    [Fact]
    public async Task Sides_may_come_from_different_articles()
    {
        var answer = await seeds.Answers.CompareAsync(
            "Russian soldiers lost in December",
            "Soviet soldiers lost in the whole Afghanistan war"
        );

        Assert.NotEqual(answer.A!.Sources[0].File, answer.B!.Sources[0].File);
    }
}
