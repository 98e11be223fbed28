using NewsBot.Core.Answers;
using NewsBot.Core.Articles;

namespace NewsBot.Core.Tests.Answers;

public sealed class FigureComparerTests
{
    private readonly FigureComparer _comparer = new();

    private static FigureResult Result(
        double value,
        string unit,
        double? low = null,
        double? high = null,
        string? period = null
    ) =>
        new(
            value,
            low,
            high,
            unit,
            value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "measure",
            period,
            null,
            null,
            "passage",
            [new SourceRef("a.txt", 1)],
            1,
            1
        );

    [Fact]
    public void Compares_soldiers_with_troops_as_counts_of_people()
    {
        var answer = _comparer.Compare(
            Result(22_500, "soldiers", 20_000, 25_000, "per month"),
            Result(17_500, "troops", 15_000, 20_000)
        );

        Assert.True(answer.Comparable);
        Assert.Equal(5_000, answer.Difference);
        Assert.Equal(1.2857, answer.Ratio);
        Assert.Contains("periods differ", answer.Explanation);
    }

    [Fact]
    public void Compares_amounts_in_one_currency()
    {
        var answer = _comparer.Compare(Result(200_000_000, "USD"), Result(500_000_000, "USD"));

        Assert.True(answer.Comparable);
        Assert.Equal(-300_000_000, answer.Difference);
        Assert.Equal(0.4, answer.Ratio);
    }

    [Theory]
    [InlineData("USD", "percent")]
    [InlineData("USD", "EUR")]
    [InlineData("soldiers", "percent")]
    [InlineData("tanks", "soldiers")]
    public void Refuses_to_compare_different_kinds_of_quantity_and_says_why(string a, string b)
    {
        var answer = _comparer.Compare(Result(10, a), Result(5, b));

        Assert.False(answer.Comparable);
        Assert.Null(answer.Difference);
        Assert.Null(answer.Ratio);
        Assert.StartsWith("They cannot be compared", answer.Explanation);
    }

    [Fact]
    public void Says_which_side_found_nothing()
    {
        Assert.Contains("Side a", _comparer.Compare(null, Result(1, "soldiers")).Explanation);
        Assert.Contains("Side b", _comparer.Compare(Result(1, "soldiers"), null).Explanation);
        Assert.Contains("Neither", _comparer.Compare(null, null).Explanation);
    }

    [Fact]
    public void Gives_no_ratio_against_zero()
    {
        var answer = _comparer.Compare(Result(3, "percent"), Result(0, "percent"));

        Assert.True(answer.Comparable);
        Assert.Equal(3, answer.Difference);
        Assert.Null(answer.Ratio);
    }
}
