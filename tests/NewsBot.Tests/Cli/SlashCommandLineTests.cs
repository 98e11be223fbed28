using NewsBot.Cli;

namespace NewsBot.Tests.Cli;

public sealed class SlashCommandLineTests
{
    [Fact]
    public void Reads_the_command_and_its_option()
    {
        var question = SlashCommandLine.Parse("/search query: drones kill zone");

        Assert.Equal("search", question.Command);
        Assert.Equal("drones kill zone", question.Option("query"));
    }

    [Fact]
    public void Reads_two_options_and_keeps_colons_inside_values()
    {
        var question = SlashCommandLine.Parse("/compare a: losses: December b: losses in January");

        Assert.Equal("losses: December", question.Option("a"));
        Assert.Equal("losses in January", question.Option("b"));
    }

    [Fact]
    public void Takes_the_value_of_a_single_required_option_without_its_name()
    {
        var question = SlashCommandLine.Parse("/who-said killing Russia");

        Assert.Equal("killing Russia", question.Option("quote"));
    }

    [Fact]
    public void Reads_an_optional_option_after_the_required_one()
    {
        var question = SlashCommandLine.Parse("/quotes speaker: Rutte about: Moscow");

        Assert.Equal("Rutte", question.Option("speaker"));
        Assert.Equal("Moscow", question.Option("about"));
    }

    [Theory]
    [InlineData("/who-said query: killing Russia", "/who-said has no option 'query'")]
    [InlineData("/who-said quote: killing Russia extra: 1", "/who-said has no option 'extra'")]
    [InlineData("/quotes speaker: Rutte topic: Moscow", "/quotes has no option 'topic'")]
    public void An_option_the_command_does_not_take_is_an_error_naming_it_and_the_usage(
        string line,
        string message
    )
    {
        var failure = Assert.Throws<UsageException>(() => SlashCommandLine.Parse(line));

        Assert.Contains(message, failure.Message, StringComparison.Ordinal);
        Assert.Contains("Use: /", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/search query: Update: NATO summit", "Update: NATO summit")]
    [InlineData("/search query: note: the summit", "note: the summit")]
    public void A_colon_in_a_value_stays_text_at_its_start_or_after_a_capital(
        string line,
        string query
    )
    {
        Assert.Equal(query, SlashCommandLine.Parse(line).Option("query"));
    }

    [Fact]
    public void Reads_the_name_of_the_single_option_typed_without_its_colon()
    {
        var question = SlashCommandLine.Parse("/who-said quote killing Russia");

        Assert.Equal("killing Russia", question.Option("quote"));
    }

    [Theory]
    [InlineData("search drones", "slash")]
    [InlineData("/launch rockets", "Unknown command")]
    [InlineData("/compare just some words", "Name the options")]
    public void Refuses_a_line_it_cannot_read_with_a_message_saying_how(string line, string message)
    {
        var failure = Assert.Throws<UsageException>(() => SlashCommandLine.Parse(line));

        Assert.Contains(message, failure.Message);
    }
}
