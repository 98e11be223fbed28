using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Core.Answers;
using NewsBot.Core.Indexing;
using NewsBot.Discord;
using NewsBot.Emulator;

namespace NewsBot.Bench;

/// <summary>
/// Slash commands answered per second, and how long each took, through the loopback Discord emulator:
/// the bot's real Discord wiring (<see cref="DiscordServiceCollectionExtensions.AddNewsBotDiscord"/>:
/// REST client, gateway, dispatcher, commands, rendering) over the index the benchmark has just built,
/// which is reused, not rebuilt. A fixed number of interactions is kept in flight.
/// </summary>
internal sealed class BenchInteractionRun(
    IIndexRefresher index,
    IAnswerService answers,
    BenchQueries queries
)
{
    /// <summary>Interactions in flight at once: the bot's dispatcher handles up to 16.</summary>
    public const int InFlight = 8;

    /// <summary>Untimed interactions first, so that the timed ones do not pay for compiling the Discord path.</summary>
    public const int Warmup = 2 * InFlight;

    private static readonly TimeSpan ReadyPatience = TimeSpan.FromSeconds(60);

    // Discord wants an answer within 3 s and a deferred one within 15 minutes; past this one is lost.
    private static readonly TimeSpan AnswerPatience = TimeSpan.FromSeconds(30);

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

            await SendAsync(emulator, first: count, Warmup, cancellationToken);
            var clock = Stopwatch.StartNew();
            var answers = await SendAsync(emulator, first: 0, count, cancellationToken);
            var elapsed = clock.Elapsed;
            return InteractionSummary.Of(count, InFlight, elapsed, answers);
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
    /// Sends <paramref name="count"/> interactions, the <paramref name="first"/>th question onwards, keeping
    /// <see cref="InFlight"/> waiting for their answers; returns the answers, null where none came.
    /// </summary>
    private async Task<InteractionAnswer?[]> SendAsync(
        DiscordEmulator emulator,
        int first,
        int count,
        CancellationToken cancellationToken
    )
    {
        var answered = new InteractionAnswer?[count];
        var next = -1;
        await Task.WhenAll(
            Enumerable
                .Range(0, InFlight)
                .Select(async _ =>
                {
                    int i;
                    while ((i = Interlocked.Increment(ref next)) < count)
                    {
                        answered[i] = await emulator.SendInteractionAndWaitAsync(
                            Interaction(emulator, first + i),
                            AnswerPatience,
                            cancellationToken
                        );
                    }
                })
        );
        return answered;
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
