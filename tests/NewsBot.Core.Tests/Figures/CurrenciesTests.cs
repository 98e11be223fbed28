using NewsBot.Core.Figures;

namespace NewsBot.Core.Tests.Figures;

public sealed class CurrenciesTests
{
    [Theory]
    [InlineData("$", "USD")]
    [InlineData("HK $", "HKD")]
    [InlineData("$a", "AUD")]
    [InlineData("Y=", "JPY")]
    [InlineData("SEK", "SEK")]
    [InlineData("Swedish kronor", "SEK")]
    [InlineData("euros", "EUR")]
    [InlineData("South African rand", "ZAR")]
    [InlineData("Kenyan shillings", "KES")]
    public void Reads_the_iso_code_of_a_symbol_or_a_name_from_the_lexicon(
        string written,
        string code
    ) => Assert.Equal(code, Currencies.CodeOf(written));

    [Theory]
    [InlineData("pesos")]
    [InlineData("dinars")]
    public void Keeps_a_name_several_countries_share_as_its_own_unit(string name)
    {
        Assert.Equal(name, Currencies.CodeOf(name));
        Assert.True(Currencies.IsCurrency(name));
    }

    [Fact]
    public void Gives_the_words_news_copy_uses_for_a_currency_in_the_lexicon_s_order() =>
        Assert.Equal("krona kronor swedish krona swedish kronor sek", Currencies.WordsFor("SEK"));
}
