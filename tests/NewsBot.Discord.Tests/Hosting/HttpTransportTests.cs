using System.Text;
using NewsBot.Discord.Tests.Emulator;
using NewsBot.Testing.Emulator;
using NewsBot.Testing.Json;

namespace NewsBot.Discord.Tests.Hosting;

/// <summary>The HTTP-interactions transport end to end on 127.0.0.1, with real Ed25519 signatures.</summary>
public sealed class HttpTransportTests
{
    [Fact]
    public async Task Answers_Discords_PING_with_a_PONG()
    {
        await using var bot = await BotHarness.StartHttpAsync();

        var result = await bot.Emulator.PostInteractionAsync(
            bot.InteractionsUrl,
            bot.Emulator.Ping()
        );

        Assert.Equal(200, result.StatusCode);
        Assert.Equal(1, result.Body!["type"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_forged_or_missing_signature_is_refused_with_401_and_nothing_runs()
    {
        await using var bot = await BotHarness.StartHttpAsync();
        var question = bot.Emulator.Interaction("who-said", [("quote", "killing Russia")]);

        var forged = await bot.Emulator.PostInteractionAsync(
            bot.InteractionsUrl,
            question,
            forge: true
        );
        var unsigned = await bot.Emulator.PostInteractionAsync(
            bot.InteractionsUrl,
            question,
            withSignature: false
        );

        Assert.Equal(401, forged.StatusCode);
        Assert.Equal(401, unsigned.StatusCode);
        Assert.Equal(0, bot.Answers.Calls);
    }

    [Fact]
    public async Task I_can_ask_who_said_over_HTTP_and_get_the_answer_as_the_response()
    {
        await using var bot = await BotHarness.StartHttpAsync();

        var result = await bot.Emulator.PostInteractionAsync(
            bot.InteractionsUrl,
            bot.Emulator.Interaction("who-said", [("quote", "killing Russia")])
        );

        Assert.Equal(200, result.StatusCode);
        MessageAssertions.IsValidCallback(result.Body);
        Assert.Equal(4, result.Body!["type"]!.GetValue<int>());
        Assert.Contains(
            "Mark Rutte",
            result.Body["data"]!["embeds"]![0]!["title"]!.GetValue<string>(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task A_slow_answer_over_HTTP_is_deferred_in_the_response_then_edited_over_REST()
    {
        var clock = BotHarness.StoppedClock();
        await using var bot = await BotHarness.StartHttpAsync(clock: clock);
        var held = bot.HoldAnswers();
        var interaction = bot.Emulator.Interaction("search", [("query", "NATO")]);

        var posting = bot.Emulator.PostInteractionAsync(bot.InteractionsUrl, interaction);
        Assert.True(await DiscordEmulator.WaitUntilAsync(() => bot.Answers.Calls == 1));
        clock.Advance(TimeSpan.FromSeconds(1.9));
        Assert.True(
            await BotHarness.AdvanceUntilAsync(
                clock,
                () => posting.IsCompleted,
                TimeSpan.FromMilliseconds(20),
                TimeSpan.FromSeconds(1)
            )
        );
        var result = await posting;
        held.SetResult();

        Assert.Equal(5, result.Body!["type"]!.GetValue<int>());
        Assert.InRange(result.Latency, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2.5));
        var token = interaction["token"]!.GetValue<string>();
        Assert.True(
            await DiscordEmulator.WaitUntilAsync(() => bot.Emulator.EditsFor(token).Count == 1)
        );
        MessageAssertions.IsValidEdit(bot.Emulator.EditsFor(token)[0].Body);
    }

    [Fact]
    public async Task Over_HTTP_a_rate_limited_edit_of_a_deferred_answer_is_sent_again_after_retry_after()
    {
        await using var bot = await BotHarness.StartHttpAsync(
            interactions: new() { AckMargin = DiscordEmulator.AnswerWindow }
        );
        bot.Emulator.EditRateLimits = 1;
        bot.Emulator.CallbackRetryAfterSeconds = 0.3;
        var interaction = bot.Emulator.Interaction("search", [("query", "NATO")]);
        var token = interaction["token"]!.GetValue<string>();

        var result = await bot.Emulator.PostInteractionAsync(bot.InteractionsUrl, interaction);

        Assert.Equal(5, result.Body!["type"]!.GetValue<int>());
        Assert.True(
            await DiscordEmulator.WaitUntilAsync(() => bot.Emulator.EditsFor(token).Count == 1),
            string.Join("\n", bot.Logs.Lines)
        );
        Assert.Contains(
            bot.Logs.Lines,
            l => l.Contains("rate-limited the edit", StringComparison.Ordinal)
        );
        MessageAssertions.IsValidEdit(bot.Emulator.EditsFor(token)[0].Body);
    }

    [Fact]
    public async Task Speaker_autocomplete_works_over_HTTP()
    {
        await using var bot = await BotHarness.StartHttpAsync();

        var result = await bot.Emulator.PostInteractionAsync(
            bot.InteractionsUrl,
            bot.Emulator.Interaction("quotes", [("speaker", "ru")], type: 4, focused: "speaker")
        );

        Assert.Equal(8, result.Body!["type"]!.GetValue<int>());
        Assert.NotEmpty(result.Body["data"]!["choices"]!.AsArray());
    }

    [Fact]
    public async Task Reindex_over_HTTP_reads_the_members_roles_from_the_guild()
    {
        await using var bot = await BotHarness.StartHttpAsync();

        var refused = await bot.Emulator.PostInteractionAsync(
            bot.InteractionsUrl,
            bot.Emulator.Interaction("reindex", roles: [DiscordEmulator.PlainRole])
        );
        var allowed = await bot.Emulator.PostInteractionAsync(
            bot.InteractionsUrl,
            bot.Emulator.Interaction("reindex", permissions: "32")
        );

        Assert.Equal(64, refused.Body!["data"]!["flags"]!.GetValue<int>());
        Assert.Equal(5, allowed.Body!["type"]!.GetValue<int>());
        Assert.True(await DiscordEmulator.WaitUntilAsync(() => bot.Refresher.Calls == 1));
    }

    [Fact]
    public async Task Commands_are_registered_over_REST_when_the_bot_starts()
    {
        await using var bot = await BotHarness.StartHttpAsync();

        Assert.Single(bot.Emulator.RequestsTo("PUT", "/api/v10/applications/"));
        Assert.Equal(0, bot.Emulator.Connections);
    }

    [Theory]
    [InlineData(2000, 1, 1)]
    [InlineData(0, 0, -1)]
    [InlineData(0, 0, 1)]
    public async Task A_signed_interaction_sent_at_another_time_is_refused_with_401(
        int year,
        int month,
        int days
    )
    {
        await using var bot = await BotHarness.StartHttpAsync();
        var signedAt =
            year > 0
                ? new DateTimeOffset(year, month, 1, 0, 0, 0, TimeSpan.Zero)
                : DateTimeOffset.UtcNow.AddDays(days);
        var body = Encoding.UTF8.GetBytes(
            bot.Emulator.Interaction("who-said", [("quote", "killing Russia")]).ToJsonString()
        );

        var result = await bot.Emulator.PostSignedAsync(bot.InteractionsUrl, body, signedAt);

        Assert.Equal(401, result.StatusCode);
        Assert.Equal(0, bot.Answers.Calls);
    }

    [Fact]
    public async Task The_same_signed_bytes_sent_again_are_refused_with_401()
    {
        await using var bot = await BotHarness.StartHttpAsync();
        var body = Encoding.UTF8.GetBytes(
            bot.Emulator.Interaction("who-said", [("quote", "killing Russia")]).ToJsonString()
        );
        var signedAt = DateTimeOffset.UtcNow;

        var first = await bot.Emulator.PostSignedAsync(bot.InteractionsUrl, body, signedAt);
        var replay = await bot.Emulator.PostSignedAsync(bot.InteractionsUrl, body, signedAt);

        Assert.Equal(200, first.StatusCode);
        Assert.Equal(401, replay.StatusCode);
        Assert.Equal(1, bot.Answers.Calls);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"type\": 2, ")]
    [InlineData("[1, 2, 3]")]
    [InlineData("\"text\"")]
    [InlineData("{}")]
    [InlineData("{\"type\": 0}")]
    [InlineData("{\"type\": 99}")]
    [InlineData("{\"type\": \"2\"}")]
    [InlineData("{\"type\": 2}")]
    public async Task A_signed_body_that_is_not_an_interaction_is_refused_with_400(string body)
    {
        await using var bot = await BotHarness.StartHttpAsync();

        var result = await bot.Emulator.PostSignedAsync(
            bot.InteractionsUrl,
            Encoding.UTF8.GetBytes(body),
            DateTimeOffset.UtcNow
        );

        Assert.Equal(400, result.StatusCode);
        Assert.Equal(0, bot.Answers.Calls);
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains("   at ", StringComparison.Ordinal));
    }
}
