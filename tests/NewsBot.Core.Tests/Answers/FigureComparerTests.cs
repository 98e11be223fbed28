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
        string? period = null,
        string? claimedBy = null,
        int line = 1,
        double confidence = 1
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
            claimedBy,
            "passage",
            [new SourceRef("a.txt", line)],
            confidence,
            confidence
        );

    [Fact]
    public void Compares_soldiers_with_troops_as_counts_of_people()
    {
        var answer = _comparer.Compare(
            Result(22_500, "soldiers", 20_000, 25_000, "per month"),
            Result(17_500, "troops", 15_000, 20_000, "per month")
        );

        Assert.True(answer.Comparable);
        Assert.Equal(5_000, answer.Difference);
        Assert.Equal(1.2857, answer.Ratio);
    }

    [Fact]
    public void Says_the_periods_differ_and_gives_no_difference_or_ratio_for_a_rate_against_a_total()
    {
        var answer = _comparer.Compare(
            Result(22_500, "soldiers", 20_000, 25_000, "per month"),
            Result(1_100_000, "casualties", period: "since the invasion")
        );

        AssertNotCompared(answer, "periods differ", "per month", "since the invasion");
    }

    [Fact]
    public void Compares_two_months_and_names_them()
    {
        var answer = _comparer.Compare(
            Result(35_000, "soldiers", period: "in December"),
            Result(30_000, "men", period: "in January")
        );

        Assert.True(answer.Comparable);
        Assert.Equal(5_000, answer.Difference);
        Assert.Contains("a in December, b in January", answer.Explanation);
    }

    [Fact]
    public void Says_the_currencies_differ_and_gives_no_difference()
    {
        var answer = _comparer.Compare(Result(10_000_000, "SEK"), Result(1_400_000, "USD"));

        AssertNotCompared(answer, "an amount in SEK", "an amount in USD");
    }

    [Fact]
    public void Says_when_the_two_sides_are_claimed_by_different_sources()
    {
        var answer = _comparer.Compare(
            Result(1_100_000, "casualties", claimedBy: "Britain's defence ministry"),
            Result(400_000, "soldiers", claimedBy: "Western estimates")
        );

        Assert.Contains("The sources differ", answer.Explanation);
        Assert.Contains("Britain's defence ministry", answer.Explanation);
        Assert.Contains("Western estimates", answer.Explanation);
    }

    [Fact]
    public void Takes_the_next_answer_when_two_different_questions_find_the_same_figure()
    {
        var september = Result(2.1, "percent", period: "in September", line: 3, confidence: 0.9);
        var august = Result(1.8, "percent", period: "in August", line: 3, confidence: 0.6);

        var answer = _comparer.Compare(
            new FigureAnswer([september, august]),
            new FigureAnswer([september with { Confidence = 0.7 }, august]),
            distinct: true
        );

        Assert.Equal(2.1, answer.A!.Value);
        Assert.Equal(1.8, answer.B!.Value);
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
    [InlineData("count", "tanks", true)]
    [InlineData("count", "soldiers", true)]
    [InlineData("crew", "count", true)]
    [InlineData("count", "count", true)]
    [InlineData("count", "percent", false)]
    [InlineData("percentage points", "count", false)]
    [InlineData("count", "EUR", false)]
    [InlineData("pesos", "count", false)]
    public void Compares_a_bare_count_with_a_count_of_people_or_things_but_not_with_money_or_a_share(
        string a,
        string b,
        bool comparable
    )
    {
        var answer = _comparer.Compare(Result(10, a), Result(5, b));

        Assert.Equal(comparable, answer.Comparable);
        Assert.Equal(comparable ? 5 : null, answer.Difference);
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

    private static void AssertNotCompared(CompareAnswer answer, params string[] said)
    {
        Assert.False(answer.Comparable);
        Assert.Null(answer.Difference);
        Assert.Null(answer.Ratio);
        Assert.All(said, s => Assert.Contains(s, answer.Explanation));
    }
}
