using System.Net;
using System.Net.Sockets;
using NewsBot.Testing;
using NewsBot.Testing.Emulator;

namespace NewsBot.Tests.EndToEnd;

/// <summary>An operator with a setting NewsBot cannot use gets one line naming it, exit code 2 and no stack trace.</summary>
public sealed class SettingsStories : IDisposable
{
    private const string PublicKey =
        "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Dictionary<string, string> Settings(params (string Key, string Value)[] settings)
    {
        var articles = _folder.CopyOfSeeds();
        var environment = new Dictionary<string, string>
        {
            ["NewsBot__ArticlesPath"] = articles,
            ["NewsBot__IndexPath"] = _folder.Combine("index"),
            ["NewsBot__WatchArticles"] = "false",
        };
        foreach (var (key, value) in settings)
        {
            environment[key] = value;
        }
        return environment;
    }

    private static async Task AssertOneLineAsync(NewsBotProcess newsbot, string named)
    {
        var (exit, output, error) = await newsbot.WaitAsync(Patience);

        Assert.Equal(2, exit);
        Assert.Contains(named, error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
        Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NewsBot__FetchTimeout", "-00:00:01")]
    [InlineData("NewsBot__FetchTimeout", "3")]
    [InlineData("NewsBot__ArticlesPath", "")]
    [InlineData("NewsBot__IndexPath", "")]
    [InlineData("NewsBot__FetchMaxBytes", "0")]
    public async Task The_command_line_stops_at_a_setting_it_cannot_use(string key, string value)
    {
        using var newsbot = NewsBotProcess.StartWithEnvironment(
            RepositoryFolders.Root,
            Settings((key, value)),
            "ask",
            "sources"
        );

        await AssertOneLineAsync(
            newsbot,
            $"{key.Replace("__", ":", StringComparison.Ordinal)} is '{value}'"
        );
    }

    [Theory]
    [InlineData("Discord__PublicKey", "not-hex")]
    [InlineData("ASPNETCORE_URLS", "garbage")]
    [InlineData("Discord__ShardCount", "0")]
    public async Task The_bot_stops_at_a_setting_it_cannot_use_before_it_starts(
        string key,
        string value
    )
    {
        using var newsbot = NewsBotProcess.StartWithEnvironment(
            RepositoryFolders.Root,
            Settings(
                ("Discord__Token", DiscordEmulator.Token),
                ("Discord__Transport", "http"),
                ("Discord__PublicKey", PublicKey),
                (key, value)
            )
        );

        await AssertOneLineAsync(newsbot, $"is '{value}'");
    }

    [Fact]
    public async Task The_bot_stops_with_one_line_when_its_port_is_taken()
    {
        await using var discord = await DiscordEmulator.StartAsync();
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        using var newsbot = NewsBotProcess.StartWithEnvironment(
            RepositoryFolders.Root,
            Settings(
                ("Discord__Token", DiscordEmulator.Token),
                ("Discord__ApiBaseUrl", discord.ApiBaseUrl),
                ("Discord__Transport", "http"),
                ("Discord__PublicKey", PublicKey),
                ("ASPNETCORE_URLS", $"http://127.0.0.1:{port}")
            )
        );

        await AssertOneLineAsync(newsbot, $"127.0.0.1:{port}");
    }
}
