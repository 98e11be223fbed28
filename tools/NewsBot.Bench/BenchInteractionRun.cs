using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Core.Answers;
using NewsBot.Core.Indexing;
using NewsBot.Discord;
using NewsBot.Testing.Emulator;

namespace NewsBot.Bench;

/// <summary>
/// A burst of slash commands through the loopback Discord emulator: the bot's real Discord wiring
/// (<see cref="DiscordServiceCollectionExtensions.AddNewsBotDiscord"/>: Discord.Net's gateway and REST
/// clients, the dispatcher, the modules, rendering) over the index the benchmark has just built, which
/// is reused, not rebuilt. The interactions are sent evenly within <see cref="Burst"/> without waiting
/// for answers, as a busy server sends them; each must be acknowledged within Discord's 3 s.
/// </summary>
internal sealed class BenchInteractionRun(
    IIndexRefresher index,
    IAnswerService answers,
    BenchQueries queries
)
{
    /// <summary>The burst is sent within this long.</summary>
    public static readonly TimeSpan Burst = TimeSpan.FromSeconds(1);

    /// <summary>Untimed interactions first, so that the timed ones do not pay for compiling the Discord path.</summary>
    public const int Warmup = 16;

    private static readonly TimeSpan ReadyPatience = TimeSpan.FromSeconds(60);

    // A deferred answer may take up to 15 minutes on Discord; past this one is counted as lost.
    private static readonly TimeSpan AnswerPatience = TimeSpan.FromSeconds(60);

    public async Task<InteractionSummary> RunAsync(
        int count,
        CancellationToken cancellationToken = default
    )
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        using var host = BuildHost(emulator);
        await host.StartAsync(cancellationToken);
        try
        {
            var ready = await DiscordEmulator.WaitUntilAsync(
                () =>
                    emulator.SessionId is not null
                        && emulator.RequestsTo("PUT", "/api/v10/applications/").Any()
                    || host.Services.DiscordBotFailure() is not null,
                ReadyPatience
            );
            if (host.Services.DiscordBotFailure() is { } failure)
            {
                throw new InvalidOperationException(
                    $"The bot did not connect to the Discord emulator: {failure}"
                );
            }
            if (!ready)
            {
                throw new InvalidOperationException(
                    $"The bot was not ready on the Discord emulator within {ReadyPatience.TotalSeconds:0} s."
                );
            }

            await SendAsync(emulator, first: count, Warmup, Burst, cancellationToken);
            var refusedBefore = emulator.Refused;
            var clock = Stopwatch.StartNew();
            var answered = await SendAsync(emulator, first: 0, count, Burst, cancellationToken);
            var elapsed = clock.Elapsed;
            return InteractionSummary.Of(
                count,
                Burst,
                elapsed,
                emulator.Refused - refusedBefore,
                answered
            );
        }
        finally
        {
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await host.StopAsync(stop.Token);
            }
            catch (OperationCanceledException) { }
        }
    }

    private IHost BuildHost(DiscordEmulator emulator)
    {
        // No defaults: neither the environment (a real DISCORD_TOKEN) nor appsettings.json can point the
        // bot anywhere but the emulator, and no console logging competes with the answers for the CPU.
        var builder = Host.CreateApplicationBuilder(
            new HostApplicationBuilderSettings { DisableDefaults = true }
        );
        builder.Configuration.AddInMemoryCollection(
            new Dictionary<string, string?>
            {
                [$"{DiscordOptions.SectionName}:{nameof(DiscordOptions.Token)}"] =
                    DiscordEmulator.Token,
                [$"{DiscordOptions.SectionName}:{nameof(DiscordOptions.ApiBaseUrl)}"] =
                    emulator.ApiBaseUrl,
            }
        );
        builder.Services.AddSingleton(index);
        builder.Services.AddSingleton(answers);
        builder.Services.AddNewsBotDiscord(builder.Configuration);
        return builder.Build();
    }

    /// <summary>
    /// Sends <paramref name="count"/> interactions, the <paramref name="first"/>th question onwards, evenly
    /// within <paramref name="within"/>; returns their answers once all came, null where none came.
    /// </summary>
    private async Task<InteractionAnswer?[]> SendAsync(
        DiscordEmulator emulator,
        int first,
        int count,
        TimeSpan within,
        CancellationToken cancellationToken
    )
    {
        var clock = Stopwatch.StartNew();
        var pending = new List<Task<InteractionAnswer?>>(count);
        for (var i = 0; i < count; i++)
        {
            // Read the clock once: read twice, the wait can turn negative in between on a busy machine.
            var wait = within * i / Math.Max(1, count) - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken);
            }
            pending.Add(
                emulator.SendInteractionAndWaitAsync(
                    Interaction(emulator, first + i),
                    AnswerPatience,
                    cancellationToken
                )
            );
        }
        return await Task.WhenAll(pending);
    }

    /// <summary>The <paramref name="i"/>th question: the commands in turn, each with its next bench query.</summary>
    private JsonObject Interaction(DiscordEmulator emulator, int i)
    {
        var command = BenchSizeRun.Commands[i % BenchSizeRun.Commands.Count];
        var n = i / BenchSizeRun.Commands.Count;
        return command switch
        {
            "who-said" => emulator.Interaction(
                command,
                [("quote", queries.WhoSaid[n % queries.WhoSaid.Count])]
            ),
            "figure" => emulator.Interaction(
                command,
                [("query", queries.Figure[n % queries.Figure.Count])]
            ),
            "compare" => emulator.Interaction(
                command,
                [
                    ("a", queries.Compare[n % queries.Compare.Count].A),
                    ("b", queries.Compare[n % queries.Compare.Count].B),
                ]
            ),
            _ => emulator.Interaction(
                command,
                [("query", queries.Search[n % queries.Search.Count])]
            ),
        };
    }
}
