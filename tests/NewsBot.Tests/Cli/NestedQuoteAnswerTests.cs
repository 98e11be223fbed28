using System.Text.Json;

namespace NewsBot.Tests.Cli;

/// <summary>Words quoted inside a quote: answered with their own speaker, or the outer speaker noted as quoting, in every output.</summary>
public sealed class NestedQuoteAnswerTests : IDisposable
{
    private readonly OneArticleCommandLine _cli = new(
        "final.txt",
        """
        Ortiz wins the final

        Captain Ana Ortiz won the final on Sunday.

        "She kept yelling 'keep your head up'," Ortiz said of her coach, Paula Kerr.

        "A man walked up to me and said 'you will never make it'," Ortiz said.
        """
    );

    public void Dispose() => _cli.Dispose();

    private Task<int> AskAsync(params string[] args) => _cli.RunAsync(args);

    [Fact]
    public async Task Json_names_the_inner_speaker_of_a_nested_quote_without_a_quoting_field()
    {
        var exit = await AskAsync("ask", "who-said", "--quote", "keep your head up", "--json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(_cli.Output.ToString());
        var top = json.RootElement.GetProperty("results")[0];
        Assert.Equal("Paula Kerr", top.GetProperty("speaker").GetProperty("name").GetString());
        Assert.Equal("keep your head up", top.GetProperty("quote").GetString());
        Assert.False(top.TryGetProperty("quoting", out _));
        Assert.Equal(5, top.GetProperty("sources")[0].GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task Json_marks_the_outer_speaker_as_quoting_words_whose_speaker_is_not_named()
    {
        var exit = await AskAsync("ask", "who-said", "--quote", "you will never make it", "--json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(_cli.Output.ToString());
        var top = json.RootElement.GetProperty("results")[0];
        Assert.Equal("Ana Ortiz", top.GetProperty("speaker").GetProperty("name").GetString());
        Assert.True(top.GetProperty("quoting").GetBoolean());
    }

    [Fact]
    public async Task The_terminal_says_the_outer_speaker_is_quoting()
    {
        var exit = await AskAsync("ask", "who-said", "--quote", "you will never make it");

        Assert.Equal(0, exit);
        Assert.Contains("— Ana Ortiz (quoting)", _cli.Output.ToString());
    }
}
