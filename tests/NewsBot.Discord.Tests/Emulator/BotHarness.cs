using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Answers;
using NewsBot.Core.Indexing;
using NewsBot.Discord.Gateway;
using NewsBot.Discord.Hosting;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Tests.Fakes;
using NewsBot.Emulator;

namespace NewsBot.Discord.Tests.Emulator;

/// <summary>The real bot, wired by <c>AddNewsBotDiscord</c> as the host wires it, pointed at the emulator.</summary>
internal sealed class BotHarness : IAsyncDisposable
{
    public const string ModeratorRole = "600000000000000001";

    private readonly bool _ownsEmulator;

    private BotHarness(DiscordEmulator emulator, bool ownsEmulator, ServiceProvider services)
    {
        Emulator = emulator;
        _ownsEmulator = ownsEmulator;
        Services = services;
    }

    public DiscordEmulator Emulator { get; }

    public ServiceProvider Services { get; }

    public required FakeAnswerService Answers { get; init; }

    public required FakeIndexRefresher Refresher { get; init; }

    public required CapturingLoggerProvider Logs { get; init; }

    public required FakeLifetime Lifetime { get; init; }

    public required ExitCodeSink ExitCode { get; init; }

    public DiscordBotService Bot => Services.GetRequiredService<DiscordBotService>();

    public GatewayClient Gateway => Services.GetRequiredService<GatewayClient>();

    /// <summary>Short waits so reconnect rules run in milliseconds; the rules themselves are the production ones.</summary>
    public static GatewaySettings FastGateway { get; } =
        new()
        {
            InvalidSessionDelayMin = TimeSpan.FromMilliseconds(50),
            InvalidSessionDelayMax = TimeSpan.FromMilliseconds(100),
            ReconnectBaseDelay = TimeSpan.FromMilliseconds(20),
            ReconnectMaxDelay = TimeSpan.FromMilliseconds(200),
            HandshakeTimeout = TimeSpan.FromSeconds(5),
        };

    public static async Task<BotHarness> StartAsync(
        DiscordEmulator? emulator = null,
        InteractionSettings? interactions = null,
        Dictionary<string, string?>? configuration = null,
        bool waitForReady = true
    )
    {
        var ownsEmulator = emulator is null;
        emulator ??= await DiscordEmulator.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Discord:Token"] = DiscordEmulator.Token,
            ["Discord:ApiBaseUrl"] = emulator.ApiBaseUrl,
            ["Discord:ModeratorRoleIds:0"] = ModeratorRole,
        };
        foreach (var (key, value) in configuration ?? [])
            settings[key] = value;
        var config = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

        var answers = new FakeAnswerService();
        var refresher = new FakeIndexRefresher();
        var logs = new CapturingLoggerProvider();
        var lifetime = new FakeLifetime();
        var exitCode = new ExitCodeSink(_ => { });
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        services.AddSingleton(FastGateway);
        services.AddSingleton(interactions ?? new InteractionSettings());
        services.AddSingleton<IAnswerService>(answers);
        services.AddSingleton<IIndexRefresher>(refresher);
        services.AddSingleton<IHostApplicationLifetime>(lifetime);
        services.AddSingleton(exitCode);
        services.AddNewsBotDiscord(config);
        var harness = new BotHarness(
            emulator,
            ownsEmulator,
            services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true })
        )
        {
            Answers = answers,
            Refresher = refresher,
            Logs = logs,
            Lifetime = lifetime,
            ExitCode = exitCode,
        };
        _ = harness.Services.GetRequiredService<IOptions<DiscordOptions>>().Value; // validates as ValidateOnStart would
        await harness.Bot.StartAsync(CancellationToken.None);
        if (waitForReady)
            Assert.True(
                await DiscordEmulator.WaitUntilAsync(() => harness.Gateway.SessionId is not null),
                "The bot never became ready."
            );
        return harness;
    }

    public async ValueTask DisposeAsync()
    {
        using (var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            try
            {
                await Bot.StopAsync(stop.Token);
            }
            catch (OperationCanceledException) { }
        }
        await Services.DisposeAsync();
        Lifetime.Dispose();
        if (_ownsEmulator)
            await Emulator.DisposeAsync();
    }
}
