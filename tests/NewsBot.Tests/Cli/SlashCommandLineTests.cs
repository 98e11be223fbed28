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
    [InlineData("search drones", "slash")]
    [InlineData("/launch rockets", "Unknown command")]
    [InlineData("/compare just some words", "Name the options")]
    public void Refuses_a_line_it_cannot_read_with_a_message_saying_how(string line, string message)
    {
        var failure = Assert.Throws<UsageException>(() => SlashCommandLine.Parse(line));

        Assert.Contains(message, failure.Message);
    }
}
