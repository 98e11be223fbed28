using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Answers;
using NewsBot.Core.Indexing;
using NewsBot.Core.Library;
using NewsBot.Discord.Hosting;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Tests.Fakes;
using NewsBot.Testing;
using NewsBot.Testing.Emulator;

namespace NewsBot.Discord.Tests.Emulator;

/// <summary>
/// The real bot, wired by <c>AddNewsBotDiscord</c> as the host wires it, pointed at the emulator: on the
/// gateway, or (<see cref="StartHttpAsync"/>) serving <c>POST /interactions</c> on 127.0.0.1.
/// </summary>
internal sealed class BotHarness : IAsyncDisposable
{
    public const string ModeratorRole = "600000000000000001";

    /// <summary>Generous: the machine may be busy with other builds; a healthy start takes well under a second.</summary>
    private static readonly TimeSpan ReadyPatience = TimeSpan.FromSeconds(30);

    private readonly bool _ownsEmulator;
    private readonly WebApplication? _web;

    private BotHarness(
        DiscordEmulator emulator,
        bool ownsEmulator,
        IServiceProvider services,
        WebApplication? web
    )
    {
        Emulator = emulator;
        _ownsEmulator = ownsEmulator;
        Services = services;
        _web = web;
    }

    public DiscordEmulator Emulator { get; }

    public IServiceProvider Services { get; }

    public required FakeAnswerService Answers { get; init; }

    public required FakeIndexRefresher Refresher { get; init; }

    public FakeArticleLibrary Library =>
        (FakeArticleLibrary)Services.GetRequiredService<IArticleLibrary>();

    public required CapturingLoggerProvider Logs { get; init; }

    public required FakeLifetime Lifetime { get; init; }

    public required ExitCodeSink ExitCode { get; init; }

    /// <summary>The bot's <c>POST /interactions</c> URL (HTTP transport only).</summary>
    public string InteractionsUrl { get; private init; } = "";

    public BotService Bot =>
        (BotService?)Services.GetService<DiscordBotService>()
        ?? Services.GetRequiredService<HttpBotService>();

    public DiscordBotService Gateway => Services.GetRequiredService<DiscordBotService>();

    public static async Task<BotHarness> StartAsync(
        DiscordEmulator? emulator = null,
        InteractionSettings? interactions = null,
        Dictionary<string, string?>? configuration = null,
        bool waitForReady = true
    )
    {
        var ownsEmulator = emulator is null;
        emulator ??= await DiscordEmulator.StartAsync();
        var (config, answers, refresher, logs, lifetime, exitCode) = Parts(emulator, configuration);
        var services = new ServiceCollection();
        Register(services, config, interactions, answers, refresher, logs, lifetime, exitCode);
        var provider = services.BuildServiceProvider(
            new ServiceProviderOptions { ValidateScopes = true }
        );
        var harness = new BotHarness(emulator, ownsEmulator, provider, null)
        {
            Answers = answers,
            Refresher = refresher,
            Logs = logs,
            Lifetime = lifetime,
            ExitCode = exitCode,
        };
        _ = provider.GetRequiredService<IOptions<DiscordOptions>>().Value; // validates as ValidateOnStart would
        await harness.Bot.StartAsync(CancellationToken.None);
        if (waitForReady)
        {
            Assert.True(
                await DiscordEmulator.WaitUntilAsync(() => harness.Gateway.IsReady, ReadyPatience),
                "The bot never became ready."
            );
        }

        return harness;
    }

    /// <summary>The bot on the HTTP-interactions transport, its endpoint on 127.0.0.1, the emulator as Discord's REST API.</summary>
    public static async Task<BotHarness> StartHttpAsync(
        DiscordEmulator? emulator = null,
        InteractionSettings? interactions = null
    )
    {
        var ownsEmulator = emulator is null;
        emulator ??= await DiscordEmulator.StartAsync();
        var (config, answers, refresher, logs, lifetime, exitCode) = Parts(
            emulator,
            new() { ["Discord:Transport"] = "http", ["Discord:PublicKey"] = emulator.PublicKeyHex }
        );
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        Register(builder.Services, config, interactions, answers, refresher, logs, null, exitCode);
        var web = builder.Build();
        web.MapNewsBotInteractions();
        await web.StartAsync();
        var address = web
            .Services.GetRequiredService<IServer>()
            .Features.Get<IServerAddressesFeature>()!
            .Addresses.First()
            .TrimEnd('/');
        var harness = new BotHarness(emulator, ownsEmulator, web.Services, web)
        {
            Answers = answers,
            Refresher = refresher,
            Logs = logs,
            Lifetime = lifetime,
            ExitCode = exitCode,
            InteractionsUrl = address + HttpInteractionsEndpoint.Path,
        };
        Assert.True(
            await DiscordEmulator.WaitUntilAsync(
                () => web.Services.GetRequiredService<HttpBotService>().IsReady,
                ReadyPatience
            ),
            "The bot never became ready."
        );
        return harness;
    }

    private static (
        IConfiguration,
        FakeAnswerService,
        FakeIndexRefresher,
        CapturingLoggerProvider,
        FakeLifetime,
        ExitCodeSink
    ) Parts(DiscordEmulator emulator, Dictionary<string, string?>? configuration)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Discord:Token"] = DiscordEmulator.Token,
            ["Discord:ApiBaseUrl"] = emulator.ApiBaseUrl,
            ["Discord:ModeratorRoleIds:0"] = ModeratorRole,
        };
        foreach (var (key, value) in configuration ?? [])
        {
            settings[key] = value;
        }

        return (
            new ConfigurationBuilder().AddInMemoryCollection(settings).Build(),
            new FakeAnswerService(),
            new FakeIndexRefresher(),
            new CapturingLoggerProvider(),
            new FakeLifetime(),
            new ExitCodeSink(_ => { })
        );
    }

    private static void Register(
        IServiceCollection services,
        IConfiguration config,
        InteractionSettings? interactions,
        FakeAnswerService answers,
        FakeIndexRefresher refresher,
        CapturingLoggerProvider logs,
        FakeLifetime? lifetime,
        ExitCodeSink exitCode
    )
    {
        services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        services.AddSingleton(interactions ?? new InteractionSettings());
        services.AddSingleton<IAnswerService>(answers);
        services.AddSingleton<IIndexRefresher>(refresher);
        services.AddSingleton<IArticleLibrary, FakeArticleLibrary>();
        if (lifetime is not null)
        {
            services.AddSingleton<IHostApplicationLifetime>(lifetime);
        }

        services.AddSingleton(exitCode);
        services.AddNewsBotDiscord(config);
    }

    public async ValueTask DisposeAsync()
    {
        if (_web is not null)
        {
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await _web.StopAsync(stop.Token);
            }
            catch (OperationCanceledException) { }
            await _web.DisposeAsync();
        }
        else
        {
            using (var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
            {
                try
                {
                    await Bot.StopAsync(stop.Token);
                }
                catch (OperationCanceledException) { }
            }
            await ((ServiceProvider)Services).DisposeAsync();
        }
        Lifetime.Dispose();
        if (_ownsEmulator)
        {
            await Emulator.DisposeAsync();
        }
    }
}
