using System.Text.Json;
using NewsBot.Cli;
using NewsBot.Hosting;
using NewsBot.Testing;

namespace NewsBot.Tests.Cli;

/// <summary>Words quoted inside a quote: answered with their own speaker, or the outer speaker noted as quoting, in every output.</summary>
public sealed class NestedQuoteAnswerTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    public void Dispose() => _folder.Dispose();

    private async Task<int> AskAsync(params string[] args)
    {
        var articles = _folder.Combine("articles");
        Directory.CreateDirectory(articles);
        await File.WriteAllTextAsync(
            Path.Combine(articles, "final.txt"),
            """
            Ortiz wins the final

            Captain Ana Ortiz won the final on Sunday.

            "She kept yelling 'keep your head up'," Ortiz said of her coach, Paula Kerr.

            "A man walked up to me and said 'you will never make it'," Ortiz said.
            """
        );
        var options = new NewsBotOptions
        {
            ArticlesPath = articles,
            IndexPath = _folder.Combine("index"),
        };
        return await new CommandLineApp(options, new StringReader(""), _output, _error).RunAsync(
            args
        );
    }

    [Fact]
    public async Task Json_names_the_inner_speaker_of_a_nested_quote_without_a_quoting_field()
    {
        var exit = await AskAsync("ask", "who-said", "--quote", "keep your head up", "--json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(_output.ToString());
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
        using var json = JsonDocument.Parse(_output.ToString());
        var top = json.RootElement.GetProperty("results")[0];
        Assert.Equal("Ana Ortiz", top.GetProperty("speaker").GetProperty("name").GetString());
        Assert.True(top.GetProperty("quoting").GetBoolean());
    }

    [Fact]
    public async Task The_terminal_says_the_outer_speaker_is_quoting()
    {
        var exit = await AskAsync("ask", "who-said", "--quote", "you will never make it");

        Assert.Equal(0, exit);
        Assert.Contains("— Ana Ortiz (quoting)", _output.ToString());
    }
}
