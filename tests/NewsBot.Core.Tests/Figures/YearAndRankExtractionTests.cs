using NewsBot.Core.Articles;
using NewsBot.Core.Figures;

namespace NewsBot.Core.Tests.Figures;

public sealed class YearAndRankExtractionTests
{
    private static IReadOnlyList<Figure> Extract(string text) =>
        new FigureExtractor().Extract(ArticleParser.Parse("test.txt", text));

    private static Figure OnlyYear(string text) =>
        Assert.Single(Extract(text), f => f.Kind == FigureKind.Year);

    private static Figure OnlyRank(string text) =>
        Assert.Single(Extract(text), f => f.Kind == FigureKind.Ordinal);

    [Theory]
    [InlineData("The Harbour League was founded in 1902 by dock workers.", 1902, "founded")]
    [InlineData("The comet was first spotted in 1994 by an amateur astronomer.", 1994, "spotted")]
    [InlineData(
        "Having been established in 1871, the choir is the town's oldest.",
        1871,
        "established"
    )]
    [InlineData("The mayor was arrested on 3 May 2011 outside his home.", 2011, "arrested")]
    [InlineData("The bridge was opened in May 1932 to traffic.", 1932, "opened")]
    [InlineData("The ferry sank on March 4, 1987 near the island.", 1987, "ferry sank")]
    [InlineData("Nobody has won the cup twice since 1964.", 1964, "won the cup twice")]
    [InlineData(
        "In 2016, a local baker opened a second shop.",
        2016,
        "local baker opened a second shop"
    )]
    public void Reads_a_year_that_dates_an_event_as_a_year_with_the_event_as_its_measure(
        string sentence,
        double year,
        string measure
    )
    {
        var figure = OnlyYear(sentence);

        Assert.Equal(year, figure.Value);
        Assert.Equal("year", figure.Unit);
        Assert.Equal(measure, figure.Measure);
        Assert.DoesNotContain(Extract(sentence), f => f.Kind == FigureKind.Count);
    }

    [Fact]
    public void Reads_the_noun_a_year_stands_before_as_the_event_it_dates()
    {
        var figure = OnlyYear("Turnout fell sharply in the 2018 elections across the region.");

        Assert.Equal(2018, figure.Value);
        Assert.Equal("elections", figure.Measure);
    }

    [Fact]
    public void Reads_each_year_of_a_sentence_with_the_event_of_its_own_clause()
    {
        var figures = Extract(
            "She was born in 1931, joined the council in 1968 and retired in 1990."
        );

        Assert.Equal(
            [(1931.0, "born"), (1968.0, "joined the council"), (1990.0, "retired")],
            figures.Where(f => f.Kind == FigureKind.Year).Select(f => (f.Value, f.Measure))
        );
    }

    [Fact]
    public void Reads_a_year_a_copula_gives_with_the_clause_it_completes()
    {
        var figure = OnlyYear("The last time the river flooded the old town was 1953.");

        Assert.Equal(1953, figure.Value);
        Assert.Contains("flooded", figure.Measure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The Harbour Directive 2000 protects hosting sites.")]
    [InlineData("Northport Comicon 2019 welcomes thousands of fans.")]
    [InlineData("The survey asked 1709 schoolchildren about sleep.")]
    [InlineData("The meeting ended at 1922 UTC on Friday.")]
    [InlineData("The plan is at https://example.org/2019/plan.")]
    public void Reads_no_year_in_a_name_a_count_a_clock_time_or_a_link(string sentence) =>
        Assert.DoesNotContain(Extract(sentence), f => f.Kind == FigureKind.Year);

    [Theory]
    [InlineData("The delegates picked her on the fourth ballot after a long day.", 4, "ballot")]
    [InlineData("It would have become the third named storm of the season.", 3, "named storm")]
    [InlineData(
        "The Grange Party is the third oldest existing party in the country.",
        3,
        "oldest existing party"
    )]
    [InlineData("She finished second in the mayoral race.", 2, "place")]
    [InlineData("He ran for mayor and finished in second place overall.", 2, "place")]
    [InlineData("The club came first in the regional league.", 1, "place")]
    [InlineData("The festival marked its 25th anniversary with a parade.", 25, "anniversary")]
    public void Reads_an_ordinal_that_ranks_something_as_a_rank_with_what_it_ranks(
        string sentence,
        double value,
        string measure
    )
    {
        var figure = OnlyRank(sentence);

        Assert.Equal(value, figure.Value);
        Assert.Equal("rank", figure.Unit);
        Assert.Equal(measure, figure.Measure);
    }

    [Theory]
    [InlineData("For the first time, the first president of the club spoke.")]
    [InlineData("A third of the town was flooded and two-thirds of the roads closed.")]
    [InlineData("The fair opens on the third of May.")]
    public void Reads_no_rank_in_a_first_time_a_fraction_or_a_day(string sentence) =>
        Assert.DoesNotContain(Extract(sentence), f => f.Kind == FigureKind.Ordinal);
}
