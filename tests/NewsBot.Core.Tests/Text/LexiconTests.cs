using NewsBot.Core.Figures;
using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Text;

public sealed class LexiconTests
{
    [Theory]
    [InlineData("people-units", "crew")]
    [InlineData("measure-edge-words", "about")]
    [InlineData("question-stop-words", "according")]
    [InlineData("amount-words", "toll")]
    [InlineData("measure-leading-skips", "additional")]
    [InlineData("measure-breaks", "annually")]
    [InlineData("measure-auxiliaries", "reportedly")]
    [InlineData("measure-prepositions", "towards")]
    [InlineData("irregular-participles", "missing")]
    [InlineData("count-nouns", "cattle")]
    [InlineData("count-qualifiers", "approximately")]
    [InlineData("clause-edge-words", "been")]
    [InlineData("time-units", "centuries")]
    [InlineData("not-counted-after-words", "times")]
    [InlineData("not-compounds", "fold")]
    [InlineData("spelled-scales", "dozen")]
    [InlineData("large-scales", "billion")]
    [InlineData("large-scale-plurals", "millions")]
    [InlineData("rank-stops", "half")]
    [InlineData("year-function-words", "near")]
    [InlineData("shared-currency-names", "riyals")]
    [InlineData("new-words", "latest")]
    [InlineData("score-nouns", "try")]
    [InlineData("place-words", "finish")]
    [InlineData("not-plural-nouns", "towards")]
    [InlineData("war-start-words", "outbreak")]
    public void Reads_a_word_list_of_the_figures_from_its_data_file(string list, string word) =>
        Assert.Contains(word, Lexicon.Load(list));

    [Fact]
    public void Reads_a_list_of_phrases_one_a_line() =>
        Assert.Contains("At least", Lexicon.Phrases("count-qualifier-pairs"));

    [Theory]
    [InlineData("ninety-nine", 99)]
    [InlineData("a dozen", 12)]
    [InlineData("two hundred thousand", 200_000)]
    public void Reads_number_and_scale_words_with_the_values_of_their_data_files(
        string words,
        double value
    ) => Assert.Equal(value, NumberWords.Parse(words));

    [Fact]
    public void Reads_scale_abbreviations_and_vague_plurals_from_their_data_files()
    {
        Assert.Equal(1_000_000_000_000, NumberWords.Scale("tn"));
        Assert.Equal(100_000, NumberWords.ParseVague("hundreds of thousands"));
    }

    [Fact]
    public void Reads_an_ordinal_word_with_the_rank_of_its_data_file()
    {
        var rank = Assert.Single(RankReader.Find("The motion passed on the twelfth ballot."));

        Assert.Equal(12, rank.Value);
        Assert.Equal("ballot", rank.Ranked);
    }

    [Theory]
    [InlineData("decades", true)]
    [InlineData("Minute", true)]
    [InlineData("tanks", false)]
    public void A_unit_of_the_time_units_list_is_a_length_of_time(string unit, bool isTime) =>
        Assert.Equal(isTime, FigureUnits.IsTime(unit));
}
