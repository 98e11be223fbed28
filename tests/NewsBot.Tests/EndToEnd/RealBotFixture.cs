using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Cli;
using NewsBot.Core.Answers;
using NewsBot.Hosting;
using NewsBot.Testing;
using NewsBot.Testing.Emulator;
using NewsBot.Testing.Json;

namespace NewsBot.Tests.EndToEnd;

/// <summary>
/// The real host (<see cref="BotHost.Build"/>: index, answer service, Discord bot) pointed at the Discord
/// emulator on 127.0.0.1 and at the bundled seeds, started once for a class of stories; and
/// <c>newsbot ask … --json</c> run in-process over its own index, to say what the bot should answer.
/// </summary>
public class RealBotFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartPatience = TimeSpan.FromSeconds(60);
    private readonly TemporaryFolder _folder = new();

    /// <summary>A temporary folder removed with the fixture, for what a fixture keeps beside the bot.</summary>
    protected TemporaryFolder Folder => _folder;

    /// <summary>The articles the bot answers from: the bundled seeds, which nothing may change.</summary>
    protected virtual string ArticlesPath => RepositoryFolders.Seeds;

    /// <summary>Settings (<c>--Key=value</c>) given to the host after the fixture's own.</summary>
    protected virtual IEnumerable<string> MoreSettings => [];
    private IHost? _host;
    private DiscordEmulator? _emulator;

    public DiscordEmulator Emulator =>
        _emulator ?? throw new InvalidOperationException("Not started.");

    public IHost Host => _host ?? throw new InvalidOperationException("Not started.");

    /// <summary>The bot's index folder.</summary>
    public string IndexPath => _folder.Combine("bot-index");

    public IAnswerService Answers => Host.Services.GetRequiredService<IAnswerService>();

    /// <summary>Where the host listens (<c>Urls</c>: a free loopback port), without a trailing slash.</summary>
    public string BaseUrl => Loopback.BaseUrl(Host);

    public virtual async Task InitializeAsync()
    {
        _emulator = await DiscordEmulator.StartAsync(new StillStopwatch());
        _host = BotHost.Build([
            "--Discord:Token=" + DiscordEmulator.Token,
            "--Discord:ApiBaseUrl=" + _emulator.ApiBaseUrl,
            "--NewsBot:ArticlesPath=" + ArticlesPath,
            "--NewsBot:IndexPath=" + IndexPath,
            "--NewsBot:WatchArticles=false",
            "--Urls=http://127.0.0.1:0",
            "--Logging:LogLevel:Default=Warning",
            .. MoreSettings,
        ]);
        using (var start = new CancellationTokenSource(StartPatience))
        {
            await _host.StartAsync(start.Token);
        }
        Assert.True(
            await DiscordEmulator.WaitUntilAsync(
                () =>
                    _emulator.SessionId is not null
                    && _emulator.RequestsTo("PUT", "/api/v10/applications/").Any(),
                StartPatience
            ),
            "The bot never became ready with its commands registered."
        );
    }

    public virtual async Task DisposeAsync()
    {
        if (_host is not null)
        {
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await _host.StopAsync(stop.Token);
            }
            catch (OperationCanceledException) { }
            _host.Dispose();
        }
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
        _folder.Dispose();
    }

    /// <summary>What <c>newsbot ask &lt;args&gt; --json</c> prints, over the same seeds (its own index folder).</summary>
    public async Task<JsonNode> AskOnTheCommandLineAsync(params string[] args)
    {
        var options = new NewsBotOptions
        {
            ArticlesPath = RepositoryFolders.Seeds,
            IndexPath = _folder.Combine("cli-index"),
        };
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var timeout = new CancellationTokenSource(StartPatience);
        var exit = await new CommandLineApp(options, new StringReader(""), output, error).RunAsync(
            ["ask", .. args, "--json"],
            timeout.Token
        );
        Assert.True(exit == CommandLineApp.ExitOk, error.ToString());
        return JsonNode.Parse(output.ToString())!;
    }

    /// <summary>
    /// Sends the interaction and returns the message the asker finally sees: the callback's data, or, when the
    /// bot deferred, the edited original. The interaction must be answered exactly once.
    /// </summary>
    public async Task<JsonObject> AnswerOnDiscordAsync(JsonObject interaction)
    {
        var id = await Emulator.SendInteractionAsync(interaction);
        Assert.True(
            await DiscordEmulator.WaitUntilAsync(
                () => Emulator.CallbacksFor(id).Count > 0,
                TimeSpan.FromSeconds(10)
            ),
            $"No answer to /{interaction["data"]!["name"]}"
        );
        var callback = Emulator.CallbacksFor(id)[0];
        MessageAssertions.IsValidCallback(callback.Body);
        var type = callback.Body!["type"]!.GetValue<int>();
        if (type != 5)
        {
            await Task.Delay(50); // a second answer would arrive now
            Assert.Single(Emulator.CallbacksFor(id));
            return callback.Body["data"]!.AsObject();
        }
        var token = interaction["token"]!.GetValue<string>();
        Assert.True(
            await DiscordEmulator.WaitUntilAsync(
                () => Emulator.EditsFor(token).Count > 0,
                TimeSpan.FromSeconds(20)
            ),
            $"The deferred /{interaction["data"]!["name"]} was never edited"
        );
        Assert.Single(Emulator.CallbacksFor(id));
        var edit = Emulator.EditsFor(token)[^1];
        MessageAssertions.IsValidEdit(edit.Body);
        return edit.Body!.AsObject();
    }

    /// <summary>Time from sending to the first callback, for each interaction sent at <paramref name="sentAt"/> ticks.</summary>
    public TimeSpan CallbackDelay(string interactionId, long sentAt) =>
        Stopwatch.GetElapsedTime(sentAt, Emulator.CallbacksFor(interactionId)[0].AtTicks);
}
