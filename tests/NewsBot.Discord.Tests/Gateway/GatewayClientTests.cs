using System.Diagnostics;
using NewsBot.Discord.Tests.Emulator;
using NewsBot.Emulator;
using Xunit.Abstractions;

namespace NewsBot.Discord.Tests.Gateway;

public sealed class GatewayClientTests(ITestOutputHelper output)
{
    private static async Task<bool> ResumedOnSecondConnectionAsync(
        BotHarness bot,
        long sequenceBefore
    )
    {
        var resumed = await DiscordEmulator.WaitUntilAsync(() => bot.Emulator.Sent(6).Count == 1);
        if (!resumed)
            return false;
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
        Assert.Equal(0, identify.D!["intents"]!.GetValue<int>());
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

    [Fact]
    public async Task Resumes_when_an_invalid_session_is_resumable()
    {
        await using var bot = await BotHarness.StartAsync();
        var sequence = bot.Emulator.LastSequence;

        await bot.Emulator.SendInvalidSessionAsync(resumable: true);

        Assert.True(await ResumedOnSecondConnectionAsync(bot, sequence));
    }

    [Fact]
    public async Task Identifies_again_on_the_gateway_url_when_an_invalid_session_is_not_resumable()
    {
        await using var bot = await BotHarness.StartAsync();
        var firstSession = bot.Emulator.SessionId;

        await bot.Emulator.SendInvalidSessionAsync(resumable: false);

        Assert.True(await DiscordEmulator.WaitUntilAsync(() => bot.Emulator.Sent(2).Count == 2));
        var identify = bot.Emulator.Sent(2)[1];
        Assert.Equal(1, identify.Connection);
        Assert.Equal("/gateway", identify.Path);
        Assert.Empty(bot.Emulator.Sent(6));
        Assert.True(
            await DiscordEmulator.WaitUntilAsync(() =>
                bot.Gateway.SessionId is { } s && s != firstSession
            )
        );
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

    [Fact]
    public async Task Resumes_after_a_resumable_close_code()
    {
        await using var bot = await BotHarness.StartAsync();
        var sequence = bot.Emulator.LastSequence;

        await bot.Emulator.CloseAsync(4000);

        Assert.True(await ResumedOnSecondConnectionAsync(bot, sequence));
    }

    [Fact]
    public async Task Reconnects_and_resumes_when_a_heartbeat_is_not_acknowledged()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        emulator.HeartbeatIntervalMs = 150;
        emulator.AcknowledgesHeartbeats = false;
        await using var bot = await BotHarness.StartAsync(emulator);

        Assert.True(await DiscordEmulator.WaitUntilAsync(() => emulator.Sent(6).Count >= 1));
        var resume = emulator.Sent(6)[0];
        Assert.Equal("/resume", resume.Path);
        // The dead connection carried exactly one unanswered heartbeat before the bot gave up on it.
        Assert.Single(emulator.Sent(1), h => h.Connection == 0);
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
        await Task.Delay(200);

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
    public async Task A_burst_of_50_interactions_is_answered_exactly_once_each_within_3_seconds()
    {
        await using var bot = await BotHarness.StartAsync();
        await StillAnswersAsync(bot); // the first answer pays for JIT and the first HTTP connection
        var interactions = Enumerable
            .Range(0, 50)
            .Select(i =>
                bot.Emulator.Interaction(
                    i % 2 == 0 ? "who-said" : "figure",
                    [(i % 2 == 0 ? "quote" : "query", $"question {i}")]
                )
            )
            .ToList();
        var sentAt = new Dictionary<string, long>();

        foreach (var interaction in interactions)
        {
            sentAt[interaction["id"]!.GetValue<string>()] = Stopwatch.GetTimestamp();
            await bot.Emulator.SendInteractionAsync(interaction);
        }

        Assert.True(
            await DiscordEmulator.WaitUntilAsync(
                () => sentAt.Keys.All(id => bot.Emulator.CallbacksFor(id).Count > 0),
                TimeSpan.FromSeconds(10)
            )
        );
        await Task.Delay(100);
        var latencies = sentAt
            .Select(pair =>
            {
                var callback = Assert.Single(bot.Emulator.CallbacksFor(pair.Key));
                Assert.Equal(4, callback.Body!["type"]!.GetValue<int>());
                return Stopwatch.GetElapsedTime(pair.Value, callback.AtTicks);
            })
            .Order()
            .ToList();
        var median = latencies[latencies.Count / 2];
        var worst = latencies[^1];
        output.WriteLine(
            $"Burst of 50: median {median.TotalMilliseconds:0.0} ms, worst {worst.TotalMilliseconds:0.0} ms"
        );
        Assert.True(
            worst < TimeSpan.FromSeconds(3),
            $"worst answer took {worst.TotalMilliseconds} ms"
        );
    }

    [Fact]
    public async Task A_slow_answer_does_not_delay_heartbeats()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        emulator.HeartbeatIntervalMs = 100;
        await using var bot = await BotHarness.StartAsync(emulator);
        bot.Answers.Delay = TimeSpan.FromSeconds(2);
        var before = emulator.Sent(1).Count;

        await emulator.SendInteractionAsync(emulator.Interaction("search", [("query", "slow")]));
        await Task.Delay(1000);

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
