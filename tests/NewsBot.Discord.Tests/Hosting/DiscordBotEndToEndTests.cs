using System.Text.Json.Nodes;
using NewsBot.Discord.Tests.Emulator;
using NewsBot.Testing.Emulator;
using NewsBot.Testing.Json;

namespace NewsBot.Discord.Tests.Hosting;

public sealed class DiscordBotEndToEndTests
{
    /// <summary>
    /// Defers what is not answered 200 ms after it was sent (the deadline is 3 s, the margin 2.8 s); answers
    /// are expected at once, so nothing waiting in the queue is deferred before that.
    /// </summary>
    private static readonly NewsBot.Discord.Interactions.InteractionSettings DeferAfter200Ms = new()
    {
        AckMargin = TimeSpan.FromSeconds(2.8),
        InitialServiceTime = TimeSpan.Zero,
    };

    private static async Task<JsonNode> AnswerToAsync(BotHarness bot, JsonObject interaction)
    {
        var id = await bot.Emulator.SendInteractionAsync(interaction);
        Assert.True(
            await DiscordEmulator.WaitUntilAsync(() => bot.Emulator.CallbacksFor(id).Count > 0),
            $"No answer to {interaction["data"]!["name"]}"
        );
        await Task.Delay(50); // a second answer would arrive now
        var callback = Assert.Single(bot.Emulator.CallbacksFor(id));
        MessageAssertions.IsValidCallback(callback.Body);
        return callback.Body!;
    }

    [Fact]
    public async Task I_can_ask_who_said_and_get_the_speaker_the_quote_and_the_file_and_line()
    {
        await using var bot = await BotHarness.StartAsync();
        var body = await AnswerToAsync(
            bot,
            bot.Emulator.Interaction("who-said", [("quote", "killing Russia")])
        );

        Assert.Equal(4, body["type"]!.GetValue<int>());
        var embed = body["data"]!["embeds"]![0]!;
        Assert.Contains("Mark Rutte", embed["title"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(
            "NATO Secretary General",
            embed["title"]!.GetValue<string>(),
            StringComparison.Ordinal
        );
        var description = embed["description"]!.GetValue<string>();
        Assert.StartsWith("> ", description, StringComparison.Ordinal);
        Assert.Contains("**killing**", description, StringComparison.Ordinal);
        Assert.Contains("\\*knows\\*", description, StringComparison.Ordinal);
        var sources = embed["fields"]!
            .AsArray()
            .Single(f => f!["name"]!.GetValue<string>() == "Sources")!["value"]!.GetValue<string>();
        Assert.Contains("001_376bf699fdc7134b.txt:28", sources, StringComparison.Ordinal);
        Assert.Contains("004_aa.txt:12", sources, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_command_is_answered_exactly_once_with_a_body_Discord_accepts()
    {
        await using var bot = await BotHarness.StartAsync();
        var e = bot.Emulator;
        var moderator = e.Interaction("reindex", [("full", true)], permissions: "32");
        JsonObject[] interactions =
        [
            e.Interaction("who-said", [("quote", "nobody said this")]),
            e.Interaction("quotes", [("speaker", "Mark Rutte"), ("about", "Russia")]),
            e.Interaction("quotes", [("speaker", "Unknown Person")]),
            e.Interaction("figure", [("query", "Russian soldiers lost in December")]),
            e.Interaction("compare", [("a", "losses in December"), ("b", "losses in January")]),
            e.Interaction("search", [("query", "@everyone NATO")]),
            e.Interaction("sources"),
            e.Interaction("help"),
            e.Interaction("quotes", [("speaker", "ru")], type: 4, focused: "speaker"),
        ];
        foreach (var interaction in interactions)
        {
            var body = await AnswerToAsync(bot, interaction);
            var expectedType = interaction["type"]!.GetValue<int>() == 4 ? 8 : 4;
            Assert.Equal(expectedType, body["type"]!.GetValue<int>());
        }

        var reindexId = await e.SendInteractionAsync(moderator);
        var token = moderator["token"]!.GetValue<string>();
        Assert.True(
            await DiscordEmulator.WaitUntilAsync(() =>
                e.EditsFor(token).Count > 0
                && e.EditsFor(token)[^1]
                    .Body!.ToJsonString()
                    .Contains("Reindexed", StringComparison.Ordinal)
            )
        );
        var deferral = Assert.Single(e.CallbacksFor(reindexId));
        Assert.Equal(5, deferral.Body!["type"]!.GetValue<int>());
        MessageAssertions.IsValidCallback(deferral.Body);
        foreach (var edit in e.EditsFor(token))
        {
            MessageAssertions.IsValidEdit(edit.Body);
        }

        Assert.Equal(true, bot.Refresher.LastFull);
    }

    [Fact]
    public async Task A_question_nothing_answers_says_so_and_shows_the_closest_match_as_not_an_answer()
    {
        await using var bot = await BotHarness.StartAsync();

        var body = await AnswerToAsync(
            bot,
            bot.Emulator.Interaction("who-said", [("quote", "nobody said this")])
        );

        var content = body["data"]!["content"]!.GetValue<string>();
        Assert.Contains("No answer", content, StringComparison.Ordinal);
        Assert.Contains("**not** an answer", content, StringComparison.Ordinal);
        Assert.StartsWith(
            "Closest match (not an answer)",
            body["data"]!["embeds"]![0]!["title"]!.GetValue<string>(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Speaker_autocomplete_offers_indexed_names()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Answers.Speakers =
        [
            .. Enumerable.Range(0, 40).Select(i => $"Speaker {i} " + new string('x', 120)),
        ];

        var body = await AnswerToAsync(
            bot,
            bot.Emulator.Interaction(
                "quotes",
                [("speaker", "speaker")],
                type: 4,
                focused: "speaker"
            )
        );

        var choices = body["data"]!["choices"]!.AsArray();
        Assert.Equal(25, choices.Count);
        Assert.All(choices, c => Assert.True(c!["name"]!.GetValue<string>().Length <= 100));
    }

    [Fact]
    public async Task Reindex_is_refused_to_a_member_without_Manage_Server_and_allowed_to_a_moderator_role()
    {
        await using var bot = await BotHarness.StartAsync();

        var refused = await AnswerToAsync(
            bot,
            bot.Emulator.Interaction(
                "reindex",
                permissions: "0",
                roles: [DiscordEmulator.PlainRole]
            )
        );
        Assert.Equal(4, refused["type"]!.GetValue<int>());
        Assert.Equal(64, refused["data"]!["flags"]!.GetValue<int>());
        Assert.Equal(0, bot.Refresher.Calls);

        var allowed = await AnswerToAsync(
            bot,
            bot.Emulator.Interaction("reindex", permissions: "0", roles: [BotHarness.ModeratorRole])
        );
        Assert.Equal(5, allowed["type"]!.GetValue<int>());
        Assert.True(await DiscordEmulator.WaitUntilAsync(() => bot.Refresher.Calls == 1));
    }

    [Theory]
    [InlineData("32")]
    [InlineData("8")]
    public async Task Reindex_is_allowed_to_a_member_whose_roles_give_Manage_Server_or_Administrator(
        string permissions
    )
    {
        await using var bot = await BotHarness.StartAsync();

        var allowed = await AnswerToAsync(
            bot,
            bot.Emulator.Interaction("reindex", permissions: permissions)
        );

        Assert.Equal(5, allowed["type"]!.GetValue<int>());
        Assert.True(await DiscordEmulator.WaitUntilAsync(() => bot.Refresher.Calls == 1));
    }

    [Fact]
    public async Task A_failing_answer_gets_a_short_private_message_and_the_next_question_is_still_answered()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Answers.Failure = new InvalidOperationException("index exploded at C:\\secret\\path");

        var failed = await AnswerToAsync(
            bot,
            bot.Emulator.Interaction("figure", [("query", "losses")])
        );
        Assert.Equal(64, failed["data"]!["flags"]!.GetValue<int>());
        Assert.DoesNotContain("exploded", failed.ToJsonString(), StringComparison.Ordinal);

        bot.Answers.Failure = null;
        var next = await AnswerToAsync(
            bot,
            bot.Emulator.Interaction("figure", [("query", "losses")])
        );
        Assert.Equal(0, (next["data"]!["flags"]?.GetValue<int>() ?? 0) & 64);
    }

    [Fact]
    public async Task A_slow_answer_is_deferred_then_the_original_message_is_edited()
    {
        var clock = BotHarness.StoppedClock();
        await using var bot = await BotHarness.StartAsync(
            interactions: DeferAfter200Ms,
            clock: clock
        );
        var held = bot.HoldAnswers();
        var interaction = bot.Emulator.Interaction("search", [("query", "NATO")]);
        var id = await bot.Emulator.SendInteractionAsync(interaction);
        Assert.True(await DiscordEmulator.WaitUntilAsync(() => bot.Answers.Calls == 1));

        Assert.True(await bot.AdvanceUntilAcknowledgedAsync(clock, id, TimeSpan.FromSeconds(1)));
        held.SetResult();

        var deferral = Assert.Single(bot.Emulator.CallbacksFor(id)).Body!;
        MessageAssertions.IsValidCallback(deferral);
        Assert.Equal(5, deferral["type"]!.GetValue<int>());
        var token = interaction["token"]!.GetValue<string>();
        Assert.True(
            await DiscordEmulator.WaitUntilAsync(() => bot.Emulator.EditsFor(token).Count == 1)
        );
        MessageAssertions.IsValidEdit(bot.Emulator.EditsFor(token)[0].Body);
    }

    [Fact]
    public async Task A_timed_interaction_ends_at_its_callback_or_at_the_edit_when_it_was_deferred()
    {
        var clock = BotHarness.StoppedClock();
        await using var bot = await BotHarness.StartAsync(
            interactions: DeferAfter200Ms,
            clock: clock
        );

        // The clock stands still: nothing is late, so the answer goes out directly.
        var direct = await bot.Emulator.SendInteractionAndWaitAsync(
            bot.Emulator.Interaction("search", [("query", "NATO")]),
            TimeSpan.FromSeconds(30)
        );
        var held = bot.HoldAnswers();
        var interaction = bot.Emulator.Interaction("search", [("query", "NATO")]);
        var id = interaction["id"]!.GetValue<string>();
        var answering = bot.Emulator.SendInteractionAndWaitAsync(
            interaction,
            TimeSpan.FromSeconds(30)
        );
        Assert.True(await DiscordEmulator.WaitUntilAsync(() => bot.Answers.Calls == 2));
        Assert.True(await bot.AdvanceUntilAcknowledgedAsync(clock, id, TimeSpan.FromSeconds(1)));
        clock.Advance(TimeSpan.FromMilliseconds(700));
        held.SetResult();
        var deferred = await answering;

        Assert.NotNull(direct);
        Assert.False(direct.IsDeferred);
        Assert.Equal(TimeSpan.Zero, direct.Latency);
        Assert.Single(bot.Emulator.CallbacksFor(direct.InteractionId));
        Assert.NotNull(deferred);
        Assert.True(deferred.IsDeferred);
        Assert.InRange(
            deferred.AckLatency,
            TimeSpan.FromMilliseconds(200),
            TimeSpan.FromMilliseconds(700)
        );
        Assert.Equal(deferred.AckLatency + TimeSpan.FromMilliseconds(700), deferred.Latency);
    }

    [Fact]
    public async Task A_rate_limited_answer_waits_out_retry_after_and_is_sent_once()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Emulator.CallbackRateLimits = 1;
        bot.Emulator.CallbackRetryAfterSeconds = 0.3;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();

        var body = await AnswerToAsync(bot, bot.Emulator.Interaction("help"));

        Assert.Equal(4, body["type"]!.GetValue<int>());
        Assert.True(
            System.Diagnostics.Stopwatch.GetElapsedTime(started) >= TimeSpan.FromSeconds(0.3)
        );
        Assert.Contains(bot.Logs.Lines, l => l.Contains("rate-limited", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_callback_rate_limited_until_Discord_Nets_bucket_reopens_still_reaches_Discord_in_time()
    {
        // retry_after 0.5 s, but Retry-After: 2 keeps Discord.Net's bucket closed for 2 s (of the machine's
        // time), refusing unsent what comes earlier. The test's clock moves slower than the machine's (2 s on it
        // take 5 s or more of the machine's, a step waiting for the answer), and the deadline is 3 s on it.
        var clock = BotHarness.StoppedClock();
        await using var bot = await BotHarness.StartAsync(clock: clock);
        bot.Emulator.CallbackRateLimits = 1;
        bot.Emulator.CallbackRetryAfterSeconds = 0.5;
        bot.Emulator.CallbackRetryAfterHeader = 2;
        var interaction = bot.Emulator.Interaction("who-said", [("quote", "killing Russia")]);
        var id = interaction["id"]!.GetValue<string>();

        var answering = bot.Emulator.SendInteractionAndWaitAsync(
            interaction,
            TimeSpan.FromSeconds(60)
        );
        Assert.True(
            await BotHarness.AdvanceUntilAsync(
                clock,
                () => answering.IsCompleted,
                TimeSpan.FromMilliseconds(100),
                TimeSpan.FromSeconds(2.9)
            ),
            string.Join("\n", bot.Logs.Lines)
        );
        var answer = await answering;

        Assert.NotNull(answer);
        Assert.Equal(0, bot.Emulator.Refused);
        Assert.Equal(
            4,
            Assert.Single(bot.Emulator.CallbacksFor(id)).Body!["type"]!.GetValue<int>()
        );
        // It waited the longest wait Discord named, not retry_after alone.
        Assert.Contains(
            bot.Logs.Lines,
            l =>
                l.Contains("rate-limited the answer", StringComparison.Ordinal)
                && l.Contains("sending it again in 2000 ms", StringComparison.Ordinal)
        );
        // The dispatcher logs the answer once its callback has returned, after Discord has it.
        Assert.True(
            await DiscordEmulator.WaitUntilAsync(() =>
                bot.Logs.Lines.Any(l => l.Contains("Answered who-said", StringComparison.Ordinal))
            ),
            string.Join("\n", bot.Logs.Lines)
        );
    }

    [Fact]
    public async Task An_answer_rate_limited_past_its_deadline_is_not_sent_and_the_log_says_so()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Emulator.CallbackRateLimits = 1;
        bot.Emulator.CallbackRetryAfterSeconds = 5;
        var id = await bot.Emulator.SendInteractionAsync(
            bot.Emulator.Interaction("who-said", [("quote", "killing Russia")])
        );

        Assert.True(
            await DiscordEmulator.WaitUntilAsync(() =>
                bot.Logs.Lines.Any(l =>
                    l.Contains("No answer to who-said", StringComparison.Ordinal)
                )
            ),
            string.Join("\n", bot.Logs.Lines)
        );
        Assert.Contains(
            bot.Logs.Lines,
            l => l.Contains("past what Discord takes", StringComparison.Ordinal)
        );
        Assert.DoesNotContain(
            bot.Logs.Lines,
            l => l.Contains("Answered who-said", StringComparison.Ordinal)
        );
        Assert.Empty(bot.Emulator.CallbacksFor(id));
    }

    [Fact]
    public async Task Requests_carry_the_bot_token_and_Discords_user_agent_but_logs_never_show_the_token()
    {
        await using var bot = await BotHarness.StartAsync();
        await AnswerToAsync(bot, bot.Emulator.Interaction("help"));
        bot.Answers.Failure = new InvalidOperationException("boom");
        await AnswerToAsync(bot, bot.Emulator.Interaction("sources"));

        Assert.All(
            bot.Emulator.Requests.Where(r =>
                !r.Path.StartsWith("/api/v10/webhooks", StringComparison.Ordinal)
            ),
            r =>
            {
                Assert.Equal("Bot " + DiscordEmulator.Token, r.Authorization);
                // https://discord.com/developers/docs/reference#user-agent
                Assert.Matches(@"^DiscordBot \(https://[^,]+, v?[0-9][0-9.]*\)$", r.UserAgent);
            }
        );
        var identify = Assert.Single(bot.Emulator.Sent(2));
        Assert.Equal(DiscordEmulator.Token, identify.D!["token"]!.GetValue<string>());
        Assert.NotEmpty(bot.Logs.Lines);
        Assert.DoesNotContain(
            bot.Logs.Lines,
            l => l.Contains("SECRET-123", StringComparison.Ordinal)
        );
    }

    [Fact]
    public async Task Commands_are_registered_once_and_not_again_when_they_are_unchanged()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        await using (await BotHarness.StartAsync(emulator))
        {
            Assert.True(
                await DiscordEmulator.WaitUntilAsync(() =>
                    emulator.RequestsTo("PUT", "/api/v10/applications/").Any()
                )
            );
        }
        Assert.Single(emulator.RequestsTo("PUT", "/api/v10/applications/"));
        var put = emulator.RequestsTo("PUT", "/api/v10/applications/").Single();
        var errors = OpenApiSchema.Discord.Validate(
            put.Body,
            OpenApiSchema.Discord.RequestBody("put", "/applications/{application_id}/commands")
        );
        Assert.True(errors.Count == 0, string.Join("\n", errors));

        await using (var second = await BotHarness.StartAsync(emulator))
        {
            Assert.True(
                await DiscordEmulator.WaitUntilAsync(() =>
                    second.Logs.Lines.Any(l =>
                        l.Contains("already registered", StringComparison.Ordinal)
                    )
                )
            );
        }

        Assert.Single(emulator.RequestsTo("PUT", "/api/v10/applications/"));
        Assert.Equal(
            2,
            emulator
                .RequestsTo(
                    "GET",
                    $"/api/v10/applications/{DiscordEmulator.ApplicationId}/commands"
                )
                .Count()
        );
    }

    [Fact]
    public async Task Commands_go_to_the_guild_route_of_the_tokens_application_and_a_wrong_application_id_is_logged()
    {
        await using var bot = await BotHarness.StartAsync(
            configuration: new()
            {
                ["Discord:GuildId"] = DiscordEmulator.GuildId,
                ["Discord:ApplicationId"] = "100000000000000099",
            }
        );

        Assert.True(
            await DiscordEmulator.WaitUntilAsync(() =>
                bot.Emulator.RequestsTo("PUT", "/api/v10/applications/").Any()
            )
        );
        var put = Assert.Single(bot.Emulator.RequestsTo("PUT", "/api/v10/applications/"));
        Assert.Equal(
            $"/api/v10/applications/{DiscordEmulator.ApplicationId}/guilds/{DiscordEmulator.GuildId}/commands",
            put.Path
        );
        Assert.Contains(
            bot.Logs.Lines,
            l => l.Contains("belongs to application", StringComparison.Ordinal)
        );
    }
}
