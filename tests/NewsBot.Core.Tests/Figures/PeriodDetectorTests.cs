using NewsBot.Core.Figures;

namespace NewsBot.Core.Tests.Figures;

public sealed class PeriodDetectorTests
{
    [Theory]
    [InlineData("soldiers killed each month", "rate:per month")]
    [InlineData("soldiers killed per month", "rate:per month")]
    [InlineData("monthly losses", "rate:per month")]
    [InlineData("losses every single month", "rate:per month")]
    [InlineData("daily casualties", "rate:daily")]
    [InlineData("losses in December", "point:in december")]
    [InlineData("casualties since the full-scale invasion", "span:since the war")]
    [InlineData("casualties since the start of the war?", "span:since the war")]
    [InlineData("refugees since the outbreak of the fighting", "span:since the war")]
    public void Gives_the_same_key_to_every_wording_of_a_period(string query, string key) =>
        Assert.Equal(key, PeriodDetector.InQuery(query)?.Key);

    [Theory]
    [InlineData("Speaking on October 24, 2025, he warned Moscow.")]
    [InlineData("Four years ago the war began.")]
    public void Finds_no_period_in_a_date_or_an_age(string text) =>
        Assert.DoesNotContain(PeriodDetector.FindAll(text), p => p.Kind == PeriodKind.Rate);

    [Fact]
    public void Reads_a_stored_period_back_to_its_key()
    {
        Assert.Equal("rate:per month", PeriodDetector.Parse("per month")?.Key);
        Assert.Equal("span:since the war", PeriodDetector.Parse("since the invasion")?.Key);
        Assert.Null(PeriodDetector.Parse(null));
    }
}
