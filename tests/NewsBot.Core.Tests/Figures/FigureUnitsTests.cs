using NewsBot.Core.Figures;
using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Figures;

public sealed class FigureUnitsTests
{
    [Theory]
    [InlineData("soldiers", "troops")]
    [InlineData("men", "personnel")]
    [InlineData("Casualties", "crew")]
    public void Counts_of_people_of_any_sort_are_one_class(string a, string b) =>
        Assert.Equal(FigureUnits.ClassOf(a), FigureUnits.ClassOf(b));

    [Theory]
    [InlineData("tanks", "soldiers")]
    [InlineData("USD", "EUR")]
    [InlineData("percent", "percentage points")]
    [InlineData("count", "soldiers")]
    public void Keeps_things_money_shares_and_bare_counts_in_classes_of_their_own(
        string a,
        string b
    ) => Assert.NotEqual(FigureUnits.ClassOf(a), FigureUnits.ClassOf(b));

    [Fact]
    public void Reads_every_unit_of_the_people_units_lexicon_as_counting_people()
    {
        var units = Lexicon
            .Lines("people-units")
            .SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToList();

        Assert.Contains("crew", units);
        Assert.All(units, unit => Assert.True(FigureUnits.CountsPeople(unit), unit));
        Assert.False(FigureUnits.CountsPeople("tanks"));
    }

    [Theory]
    [InlineData("count", true)]
    [InlineData("residents", true)]
    [InlineData("tanks", false)]
    public void A_bare_count_may_count_people_as_a_count_of_people_does(
        string unit,
        bool mayCountPeople
    ) => Assert.Equal(mayCountPeople, FigureUnits.MayCountPeople(unit));

    [Theory]
    [InlineData("soldiers", "a count of people")]
    [InlineData("USD", "an amount in USD")]
    [InlineData("pesos", "an amount in pesos")]
    [InlineData("percent", "a percentage")]
    [InlineData("percentage points", "a change in percentage points")]
    [InlineData("count", "a bare count")]
    [InlineData("years old", "an age")]
    [InlineData("months", "a length of time in months")]
    [InlineData("tanks", "a count of tanks")]
    public void Describes_each_class_of_unit_as_a_sentence_reads_it(string unit, string reads) =>
        Assert.Equal(reads, FigureUnits.Describe(unit));
}
