using System.Diagnostics;
using NewsBot.Discord.Tests.Emulator;
using NewsBot.Testing.Emulator;

namespace NewsBot.Discord.Tests.Hosting;

/// <summary>The gateway's fault stories against the emulator: Discord.Net's connection with NewsBot's rules on top.</summary>
public sealed class GatewayStoriesTests
{
    private static async Task<bool> ResumedOnSecondConnectionAsync(
        BotHarness bot,
        long sequenceBefore
    )
    {
        var resumed = await DiscordEmulator.WaitUntilAsync(() => bot.Emulator.Sent(6).Count == 1);
        if (!resumed)
        {
            return false;
        }

        var resume = bot.Emulator.Sent(6)[0];
        Assert.Equal(1, resume.Connection);
        Assert.Equal("/resume", resume.Path); // resume_gateway_url from READY, not the cached gateway URL
        Assert.Equal(bot.Emulator.SessionId, resume.D!["session_id"]!.GetValue<string>());
        Assert.Equal(sequenceBefore, resume.D!["seq"]!.GetValue<long>());
        Assert.Single(bot.Emulator.Sent(2)); // never identified again
        return true;
    }

    private static async Task StillAnswersAsync(BotHarness bot)
    {
        var id = await bot.Emulator.SendInteractionAsync(bot.Emulator.Interaction("help"));
        Assert.True(
            await DiscordEmulator.WaitUntilAsync(() => bot.Emulator.CallbacksFor(id).Count == 1)
        );
    }

    [Fact]
    public async Task Identifies_with_the_token_no_privileged_intent_and_the_configured_shard()
    {
        await using var bot = await BotHarness.StartAsync(
            configuration: new() { ["Discord:ShardId"] = "1", ["Discord:ShardCount"] = "2" }
        );

        var identify = Assert.Single(bot.Emulator.Sent(2));
        Assert.Equal(1, identify.D!["intents"]!.GetValue<int>()); // GUILDS: not privileged
        Assert.Equal("[1,2]", identify.D!["shard"]!.ToJsonString());
        Assert.Equal("/gateway", identify.Path);
    }

    [Fact]
    public async Task Resumes_on_the_resume_url_with_the_last_sequence_when_Discord_sends_op_7()
    {
        await using var bot = await BotHarness.StartAsync();
        await StillAnswersAsync(bot);
        var sequence = bot.Emulator.LastSequence;

        await bot.Emulator.SendReconnectAsync();

        Assert.True(await ResumedOnSecondConnectionAsync(bot, sequence));
        await StillAnswersAsync(bot);
    }

    [Theory]
    [InlineData(1001)]
    [InlineData(4000)]
    [InlineData(4008)]
    public async Task Resumes_after_a_close_that_keeps_the_session(int closeCode)
    {
        await using var bot = await BotHarness.StartAsync();
        var sequence = bot.Emulator.LastSequence;

        await bot.Emulator.CloseAsync(closeCode);

        Assert.True(await ResumedOnSecondConnectionAsync(bot, sequence));
        await StillAnswersAsync(bot);
    }

    [Fact]
    public async Task Resumes_after_the_socket_drops_without_a_close_code()
    {
        await using var bot = await BotHarness.StartAsync();
        var sequence = bot.Emulator.LastSequence;

        bot.Emulator.DropConnection();

        Assert.True(await ResumedOnSecondConnectionAsync(bot, sequence));
        await StillAnswersAsync(bot);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Identifies_a_new_session_after_an_invalid_session_and_keeps_answering(
        bool resumable
    )
    {
        // Discord.Net identifies anew after op 9 even when d is true (docs/architecture.md says so).
        await using var bot = await BotHarness.StartAsync();
        var firstSession = bot.Emulator.SessionId;

        await bot.Emulator.SendInvalidSessionAsync(resumable);

        Assert.True(await DiscordEmulator.WaitUntilAsync(() => bot.Emulator.Sent(2).Count == 2));
        Assert.Empty(bot.Emulator.Sent(6));
        Assert.True(
            await DiscordEmulator.WaitUntilAsync(() =>
                bot.Emulator.SessionId != firstSession && bot.Gateway.Sessions == 2
            )
        );
        await StillAnswersAsync(bot);
    }

    [Fact]
    public async Task Reconnects_and_resumes_when_heartbeats_are_not_acknowledged()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        emulator.HeartbeatIntervalMs = 300;
        emulator.AcknowledgesHeartbeats = false;
        await using var bot = await BotHarness.StartAsync(emulator);

        Assert.True(await DiscordEmulator.WaitUntilAsync(() => emulator.Sent(6).Count >= 1));
        var resume = emulator.Sent(6)[0];
        Assert.Equal("/resume", resume.Path);
        Assert.Contains(emulator.Sent(1), h => h.Connection == 0);
        Assert.Single(emulator.Sent(2));
    }

    [Fact]
    public async Task Heartbeats_at_once_when_the_gateway_asks()
    {
        await using var bot = await BotHarness.StartAsync();
        var before = bot.Emulator.Sent(1).Count;

        await bot.Emulator.SendHeartbeatRequestAsync();

        Assert.True(
            await DiscordEmulator.WaitUntilAsync(
                () => bot.Emulator.Sent(1).Count == before + 1,
                TimeSpan.FromSeconds(2)
            )
        );
        Assert.Equal(bot.Emulator.LastSequence, bot.Emulator.Sent(1)[^1].D!.GetValue<long>());
    }

    [Fact]
    public async Task Does_not_reconnect_after_close_code_4004_and_stops_with_a_clear_error()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        emulator.CloseOnIdentify = 4004;
        await using var bot = await BotHarness.StartAsync(emulator, waitForReady: false);

        Assert.True(await DiscordEmulator.WaitUntilAsync(() => bot.Lifetime.IsStopRequested));
        await Task.Delay(1500); // Discord.Net would have reconnected after its first 1 s backoff

        Assert.Equal(1, emulator.Connections);
        Assert.Equal(1, bot.ExitCode.ExitCode);
        Assert.Contains(
            "Discord rejected the token",
            bot.Bot.FailureMessage,
            StringComparison.Ordinal
        );
        Assert.Contains(
            bot.Logs.Lines,
            l =>
                l.StartsWith("Critical", StringComparison.Ordinal)
                && l.Contains("Discord rejected the token", StringComparison.Ordinal)
        );
        Assert.DoesNotContain(
            bot.Logs.Lines,
            l => l.Contains("SECRET-123", StringComparison.Ordinal)
        );
    }

    [Theory]
    [InlineData(4010)]
    [InlineData(4014)]
    public async Task Does_not_reconnect_after_a_close_code_that_must_not_be_retried(int closeCode)
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        emulator.CloseOnIdentify = closeCode;
        await using var bot = await BotHarness.StartAsync(emulator, waitForReady: false);

        Assert.True(await DiscordEmulator.WaitUntilAsync(() => bot.Lifetime.IsStopRequested));
        Assert.Equal(1, emulator.Connections);
        Assert.Contains(
            closeCode.ToString(System.Globalization.CultureInfo.InvariantCulture),
            bot.Bot.FailureMessage,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task A_burst_of_50_interactions_is_answered_exactly_once_each_in_time()
    {
        // On a clock that stands still the burst is in time however slow the machine: how fast a burst
        // is answered is the benchmark's to measure, not a test's.
        await using var bot = await BotHarness.StartAsync(clock: BotHarness.StoppedClock());
        await StillAnswersAsync(bot); // the first answer pays for JIT and the first HTTP connection
        var ids = new List<string>();

        for (var i = 0; i < 50; i++)
        {
            ids.Add(
                await bot.Emulator.SendInteractionAsync(
                    bot.Emulator.Interaction(
                        i % 2 == 0 ? "who-said" : "figure",
                        [(i % 2 == 0 ? "quote" : "query", $"question {i}")]
                    )
                )
            );
        }

        Assert.True(
            await DiscordEmulator.WaitUntilAsync(
                () => ids.All(id => bot.Emulator.CallbacksFor(id).Count > 0),
                TimeSpan.FromSeconds(20)
            )
        );
        await Task.Delay(100); // a second answer would arrive now
        Assert.All(ids, id => Assert.Single(bot.Emulator.CallbacksFor(id)));
        Assert.Equal(0, bot.Emulator.Refused);
    }

    [Fact]
    public async Task A_slow_answer_does_not_delay_heartbeats()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        // Long enough that a busy machine does not look like a dead connection to Discord.Net.
        emulator.HeartbeatIntervalMs = 500;
        await using var bot = await BotHarness.StartAsync(emulator);
        bot.Answers.Delay = TimeSpan.FromSeconds(5);
        var before = emulator.Sent(1).Count;

        await emulator.SendInteractionAsync(emulator.Interaction("search", [("query", "slow")]));
        await Task.Delay(3000); // some 6 heartbeats are due in this time; 3 show they did not wait for the answer

        Assert.True(
            emulator.Sent(1).Count - before >= 3,
            "heartbeats stalled while an answer was slow"
        );
        Assert.Equal(1, emulator.Connections);
    }
}

public sealed class GatewayLifecycleTests
{
    [Fact]
    public async Task Stopping_the_bot_closes_the_gateway_with_a_normal_close()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        var bot = await BotHarness.StartAsync(emulator);

        await bot.DisposeAsync();

        Assert.True(
            await DiscordEmulator.WaitUntilAsync(
                () => !emulator.ClientCloseCodes.IsEmpty,
                TimeSpan.FromSeconds(5)
            )
        );
        Assert.Equal(1000, emulator.ClientCloseCodes.Single());
        Assert.Equal(1, emulator.Connections);
    }

    [Fact]
    public async Task Waits_for_the_session_start_limit_to_reset_before_identifying()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        emulator.SessionStartsRemaining = 0;
        emulator.SessionStartResetAfterMs = 400;
        var started = Stopwatch.GetTimestamp();

        await using var bot = await BotHarness.StartAsync(emulator);

        Assert.True(Stopwatch.GetElapsedTime(started) >= TimeSpan.FromMilliseconds(400));
        Assert.Contains(
            bot.Logs.Lines,
            l => l.Contains("Session start limit reached", StringComparison.Ordinal)
        );
        Assert.Single(emulator.Sent(2));
    }

    [Fact]
    public async Task A_token_rejected_by_the_REST_API_stops_the_bot_with_a_clear_error()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        emulator.RejectsToken = true;
        await using var bot = await BotHarness.StartAsync(emulator, waitForReady: false);

        Assert.True(await DiscordEmulator.WaitUntilAsync(() => bot.Lifetime.IsStopRequested));

        Assert.StartsWith(
            "Discord rejected the token",
            bot.Bot.FailureMessage,
            StringComparison.Ordinal
        );
        Assert.Equal(1, bot.ExitCode.ExitCode);
        Assert.Equal(0, emulator.Connections);
        Assert.DoesNotContain(
            bot.Logs.Lines,
            l => l.Contains("SECRET-123", StringComparison.Ordinal)
        );
    }
}
