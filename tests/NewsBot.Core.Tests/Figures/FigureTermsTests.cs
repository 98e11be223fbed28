using NewsBot.Core.Figures;

namespace NewsBot.Core.Tests.Figures;

public sealed class FigureTermsTests
{
    [Theory]
    [InlineData("soldiers", "troops")]
    [InlineData("men", "personnel")]
    [InlineData("killed", "losses")]
    [InlineData("lost", "casualties")]
    [InlineData("recruits", "recruitment")]
    [InlineData("recruited", "recruiters")]
    [InlineData("aid", "package")]
    [InlineData("monthly", "months")]
    [InlineData("British", "Britain's")]
    [InlineData("eliminate", "eliminating")]
    public void Reads_synonyms_and_word_forms_as_one_term(string a, string b) =>
        Assert.Equal(FigureTerms.Normalize(a), FigureTerms.Normalize(b));

    [Fact]
    public void Keeps_a_demonym_apart_from_its_country_but_related()
    {
        Assert.NotEqual(FigureTerms.Normalize("Ukrainian"), FigureTerms.Normalize("Ukraine"));
        Assert.Equal(
            FigureTerms.Normalize("Ukraine"),
            FigureTerms.Related(FigureTerms.Normalize("Ukrainian")!)
        );
    }

    [Fact]
    public void Drops_question_words_and_digits()
    {
        Assert.Equal(
            [FigureTerms.Normalize("soldier")!, FigureTerms.Normalize("December")!],
            FigureTerms.Of("How many soldiers in December 2024?")
        );
    }
}
