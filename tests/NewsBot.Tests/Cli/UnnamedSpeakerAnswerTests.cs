using System.Text.Json;

namespace NewsBot.Tests.Cli;

/// <summary>Words in the coverage whose article does not name their speaker are an answer, in every output.</summary>
public sealed class UnnamedSpeakerAnswerTests : IDisposable
{
    private readonly OneArticleCommandLine _cli = new(
        "strike.txt",
        """
        Dock strike enters third week

        A banner hung over the gates of the port on Monday: "Nobody wins a strike that lasts this long."
        """
    );

    public void Dispose() => _cli.Dispose();

    private Task<int> AskAsync(params string[] args) => _cli.RunAsync(args);

    [Fact]
    public async Task Json_gives_the_words_and_sources_with_a_null_speaker_and_the_reason()
    {
        var exit = await AskAsync(
            "ask",
            "who-said",
            "--quote",
            "nobody wins a strike that lasts this long",
            "--json"
        );

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(_cli.Output.ToString());
        var top = json.RootElement.GetProperty("results")[0];
        Assert.Equal(JsonValueKind.Null, top.GetProperty("speaker").ValueKind);
        Assert.Equal(
            "speaker not named in the article",
            top.GetProperty("speakerReason").GetString()
        );
        Assert.Equal("strike.txt", top.GetProperty("sources")[0].GetProperty("file").GetString());
        Assert.Equal(3, top.GetProperty("sources")[0].GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task The_terminal_shows_the_words_with_speaker_not_named_in_the_article()
    {
        var exit = await AskAsync(
            "ask",
            "who-said",
            "--quote",
            "nobody wins a strike that lasts this long"
        );

        Assert.Equal(0, exit);
        var text = _cli.Output.ToString();
        Assert.Contains("Nobody wins a strike that lasts this long.", text);
        Assert.Contains("(speaker not named in the article)", text);
        Assert.Contains("strike.txt:3", text);
    }
}
