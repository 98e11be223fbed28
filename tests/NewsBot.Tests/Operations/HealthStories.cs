using System.Net;
using Microsoft.Extensions.Hosting;
using NewsBot.Cli;
using NewsBot.Hosting;
using NewsBot.Testing;
using NewsBot.Testing.Emulator;
using NewsBot.Tests.EndToEnd;

namespace NewsBot.Tests.Operations;

/// <summary>
/// An operator asks the running bot whether it lives (<c>/healthz</c>) and is ready (<c>/readyz</c>): the
/// host listens on <c>Urls</c> on both transports, and says why it is not ready when it is not.
/// </summary>
public sealed class HealthStories(RealBotFixture bot) : IClassFixture<RealBotFixture>, IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly TemporaryFolder _folder = new();

    public void Dispose()
    {
        _http.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task The_gateway_bot_says_it_lives_and_is_ready_once_the_index_is_loaded_the_sentence_model_warm_and_Discord_connected()
    {
        var live = await _http.GetAsync(bot.BaseUrl + HealthEndpoints.LivePath);
        // The sentence model warms off the start path: ready follows within moments.
        Assert.True(
            await ReadyWithinPatienceAsync(bot.BaseUrl + HealthEndpoints.ReadyPath),
            "/readyz never said ready"
        );
        var ready = await _http.GetAsync(bot.BaseUrl + HealthEndpoints.ReadyPath);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", (await live.Content.ReadAsStringAsync()).Trim());
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", (await ready.Content.ReadAsStringAsync()).Trim());
    }

    [Fact]
    public async Task Readyz_answers_503_naming_the_gateway_while_Discord_is_not_connected()
    {
        await using var discord = await DiscordEmulator.StartAsync();
        // Every IDENTIFY is closed with a code Discord.Net retries: the bot never gets a session.
        discord.CloseOnIdentify = 4000;
        using var host = await StartAsync(discord);
        try
        {
            var ready = await _http.GetAsync(Loopback.BaseUrl(host) + HealthEndpoints.ReadyPath);
            var live = await _http.GetAsync(Loopback.BaseUrl(host) + HealthEndpoints.LivePath);

            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            var body = await ready.Content.ReadAsStringAsync();
            Assert.StartsWith("Unhealthy", body, StringComparison.Ordinal);
            Assert.Contains("discord: the Discord gateway is not connected", body);
            Assert.DoesNotContain("index:", body, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }
        finally
        {
            await StopAsync(host);
        }
    }

    [Fact]
    public async Task The_http_transport_serves_healthz_and_readyz_beside_its_interactions_endpoint()
    {
        await using var discord = await DiscordEmulator.StartAsync();
        using var host = await StartAsync(
            discord,
            "--Discord:Transport=http",
            "--Discord:PublicKey=" + discord.PublicKeyHex
        );
        try
        {
            var url = Loopback.BaseUrl(host) + HealthEndpoints.ReadyPath;
            Assert.True(await ReadyWithinPatienceAsync(url), "/readyz never said ready");
            var ping = await discord.PostInteractionAsync(
                Loopback.BaseUrl(host) + "/interactions",
                discord.Ping()
            );
            Assert.Equal(200, ping.StatusCode);
        }
        finally
        {
            await StopAsync(host);
        }
    }

    [Fact]
    public async Task Newsbot_health_exits_zero_when_the_bot_is_ready_and_two_with_the_reason_when_not()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var app = new CommandLineApp(new NewsBotOptions(), new StringReader(""), output, error);

        var ready = await app.RunAsync([
            "health",
            "--url",
            bot.BaseUrl + HealthEndpoints.ReadyPath,
        ]);
        var missing = await app.RunAsync(["health", "--url", bot.BaseUrl + "/no-such-endpoint"]);

        Assert.Equal(CommandLineApp.ExitOk, ready);
        Assert.Equal("Healthy", output.ToString().Trim());
        Assert.Equal(CommandLineApp.ExitFailure, missing);
        Assert.StartsWith("newsbot health: 404", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_port_already_taken_stops_the_bot_with_one_line_naming_Urls_and_exit_code_two()
    {
        await using var discord = await DiscordEmulator.StartAsync();
        using var taken = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        using var newsbot = NewsBotProcess.StartWithEnvironment(
            RepositoryFolders.Root,
            new Dictionary<string, string>
            {
                ["Discord__Token"] = DiscordEmulator.Token,
                ["Discord__ApiBaseUrl"] = discord.ApiBaseUrl,
                ["NewsBot__ArticlesPath"] = SmallArticles.Write(_folder),
                ["NewsBot__IndexPath"] = _folder.Combine("index"),
                ["NewsBot__WatchArticles"] = "false",
                ["Urls"] = $"http://127.0.0.1:{port}",
            }
        );

        var (exit, _, error) = await newsbot.WaitAsync(Patience);

        // The host's log (standard output) keeps Kestrel's exception for the operator; the error is one line.
        Assert.Equal(2, exit);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("newsbot: ", line, StringComparison.Ordinal);
        Assert.Contains(
            "Set Urls (ASPNETCORE_URLS) to a free address.",
            line,
            StringComparison.Ordinal
        );
    }

    /// <summary>The real host over one small article, on a free loopback port, pointed at the emulator.</summary>
    private async Task<IHost> StartAsync(DiscordEmulator discord, params string[] settings)
    {
        var articles = SmallArticles.Write(_folder);
        var host = BotHost.Build([
            "--Discord:Token=" + DiscordEmulator.Token,
            "--Discord:ApiBaseUrl=" + discord.ApiBaseUrl,
            "--NewsBot:ArticlesPath=" + articles,
            "--NewsBot:IndexPath=" + _folder.Combine("index"),
            "--NewsBot:WatchArticles=false",
            "--Urls=http://127.0.0.1:0",
            "--Logging:LogLevel:Default=Warning",
            .. settings,
        ]);
        using var start = new CancellationTokenSource(Patience);
        await host.StartAsync(start.Token);
        return host;
    }

    /// <summary>Asks <paramref name="url"/> every 100 ms until it answers 200, for <see cref="Patience"/> at most.</summary>
    private async Task<bool> ReadyWithinPatienceAsync(string url)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        while (started.Elapsed < Patience)
        {
            using var response = await _http.GetAsync(url);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return true;
            }
            await Task.Delay(100);
        }
        return false;
    }

    private static async Task StopAsync(IHost host)
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await host.StopAsync(stop.Token);
        }
        catch (OperationCanceledException) { }
    }
}
