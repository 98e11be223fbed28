using NewsBot.Testing;
using NewsBot.Testing.Emulator;

namespace NewsBot.Tests.EndToEnd;

/// <summary>An operator with a wrong token or an unreachable Discord gets one clear line and a failing exit code.</summary>
public sealed class TokenStories : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>The bot's configuration, as an operator sets it, over one small article so the index builds at once.</summary>
    private Dictionary<string, string> Environment(string apiBaseUrl)
    {
        var articles = SmallArticles.Write(_folder);
        return new()
        {
            ["Discord__Token"] = DiscordEmulator.Token,
            ["Discord__ApiBaseUrl"] = apiBaseUrl,
            ["NewsBot__ArticlesPath"] = articles,
            ["NewsBot__IndexPath"] = _folder.Combine("index"),
            ["NewsBot__WatchArticles"] = "false",
            ["Urls"] = "http://127.0.0.1:0",
        };
    }

    [Fact]
    public async Task A_token_Discord_rejects_stops_the_bot_with_a_clear_error_and_a_failing_exit_code()
    {
        await using var discord = await DiscordEmulator.StartAsync();
        discord.RejectsToken = true;
        using var newsbot = NewsBotProcess.StartWithEnvironment(
            RepositoryFolders.Root,
            Environment(discord.ApiBaseUrl)
        );

        var (exit, output, error) = await newsbot.WaitAsync(Patience);

        Assert.NotEqual(0, exit);
        Assert.StartsWith(
            "newsbot: Discord rejected the token",
            error.Trim(),
            StringComparison.Ordinal
        );
        Assert.Single(error.Trim().Split('\n'));
        Assert.DoesNotContain("SECRET-123", output + error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_the_gateway_rejects_with_close_code_4004_stops_the_bot_with_a_failing_exit_code()
    {
        await using var discord = await DiscordEmulator.StartAsync();
        discord.CloseOnIdentify = 4004;
        using var newsbot = NewsBotProcess.StartWithEnvironment(
            RepositoryFolders.Root,
            Environment(discord.ApiBaseUrl)
        );

        var (exit, output, error) = await newsbot.WaitAsync(Patience);

        Assert.NotEqual(0, exit);
        Assert.StartsWith(
            "newsbot: Discord rejected the token",
            error.Trim(),
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_Discord_stops_the_bot_with_one_clear_line_and_a_failing_exit_code()
    {
        // Port 1 on the loopback: nothing listens there, so every connection is refused at once.
        using var newsbot = NewsBotProcess.StartWithEnvironment(
            RepositoryFolders.Root,
            Environment("http://127.0.0.1:1/api/v10")
        );

        var (exit, output, error) = await newsbot.WaitAsync(Patience);

        Assert.NotEqual(0, exit);
        Assert.StartsWith(
            "newsbot: Discord could not be reached",
            error.Trim(),
            StringComparison.Ordinal
        );
        Assert.Contains("Discord:ApiBaseUrl", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
        Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
    }
}
