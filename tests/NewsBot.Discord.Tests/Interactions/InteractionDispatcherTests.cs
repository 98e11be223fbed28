using System.Text.Json.Nodes;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Tests.Emulator;
using NewsBot.Testing.Emulator;
using NewsBot.Testing.Json;

namespace NewsBot.Discord.Tests.Interactions;

/// <summary>The dispatcher's timing rules, on the real bot and the emulator (which refuses a late first answer).</summary>
public sealed class InteractionDispatcherTests
{
    [Fact]
    public async Task Answers_directly_when_the_answer_is_ready_in_time()
    {
        await using var bot = await BotHarness.StartAsync();

        var answer = await bot.Emulator.SendInteractionAndWaitAsync(
            bot.Emulator.Interaction("who-said", [("quote", "killing Russia")]),
            TimeSpan.FromSeconds(10)
        );

        Assert.NotNull(answer);
        Assert.False(answer.IsDeferred);
        var callback = Assert.Single(bot.Emulator.CallbacksFor(answer.InteractionId));
        Assert.Equal(4, callback.Body!["type"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_slow_answer_is_deferred_before_its_deadline_and_then_edited_in()
    {
        var clock = BotHarness.StoppedClock();
        await using var bot = await BotHarness.StartAsync(clock: clock);
        var held = bot.HoldAnswers();
        var interaction = bot.Emulator.Interaction("search", [("query", "NATO")]);
        var id = interaction["id"]!.GetValue<string>();
        var answering = bot.Emulator.SendInteractionAndWaitAsync(
            interaction,
            TimeSpan.FromSeconds(30)
        );
        Assert.True(await DiscordEmulator.WaitUntilAsync(() => bot.Answers.Calls == 1));

        // 3 s window, 1 s margin: not deferred before 2 s have passed since the user sent it.
        clock.Advance(TimeSpan.FromSeconds(1.9));
        await Task.Delay(100);
        Assert.Empty(bot.Emulator.CallbacksFor(id));
        Assert.True(await bot.AdvanceUntilAcknowledgedAsync(clock, id, TimeSpan.FromSeconds(1)));
        clock.Advance(TimeSpan.FromSeconds(1.5));
        held.SetResult();
        var answer = await answering;

        Assert.NotNull(answer);
        Assert.True(answer.IsDeferred);
        Assert.InRange(answer.AckLatency, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2.5));
        Assert.Equal(0, bot.Emulator.Refused);
        var edit = Assert.Single(bot.Emulator.EditsFor(interaction["token"]!.GetValue<string>()));
        MessageAssertions.IsValidEdit(edit.Body);
    }

    [Fact]
    public async Task Interactions_waiting_behind_a_long_queue_are_deferred_before_the_queue_makes_them_late()
    {
        await using var bot = await BotHarness.StartAsync(
            interactions: new InteractionSettings { Concurrency = 1 }
        );
        bot.Answers.Delay = TimeSpan.FromMilliseconds(400);
        await bot.Emulator.SendInteractionAndWaitAsync(
            bot.Emulator.Interaction("help"),
            TimeSpan.FromSeconds(10)
        );
        var burst = Enumerable
            .Range(0, 10)
            .Select(i => bot.Emulator.Interaction("search", [("query", $"question {i}")]))
            .ToList();

        var answers = await Task.WhenAll(
            burst.Select(i => bot.Emulator.SendInteractionAndWaitAsync(i, TimeSpan.FromSeconds(30)))
        );

        Assert.All(answers, Assert.NotNull);
        Assert.Equal(0, bot.Emulator.Refused);
        Assert.All(
            burst,
            i => Assert.Single(bot.Emulator.CallbacksFor(i["id"]!.GetValue<string>()))
        );
        // One at a time at 400 ms each, the last ones would answer after 4 s: they were deferred, the first were not.
        Assert.False(answers[0]!.IsDeferred);
        Assert.True(answers[^1]!.IsDeferred);
        Assert.All(answers, a => Assert.True(a!.AckLatency < EmulatorWindow));
    }

    private static readonly TimeSpan EmulatorWindow = DiscordEmulator.AnswerWindow;

    [Fact]
    public async Task An_unknown_command_gets_a_private_pointer_to_help()
    {
        await using var bot = await BotHarness.StartAsync();

        var body = await AnswerAsync(bot, bot.Emulator.Interaction("does-not-exist"));

        Assert.Equal(64, body["data"]!["flags"]!.GetValue<int>());
        Assert.Contains(
            "/help",
            body["data"]!["content"]!.GetValue<string>(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task A_blank_option_is_answered_privately_without_asking_the_index()
    {
        await using var bot = await BotHarness.StartAsync();

        var body = await AnswerAsync(bot, bot.Emulator.Interaction("who-said", [("quote", "   ")]));

        Assert.Equal(64, body["data"]!["flags"]!.GetValue<int>());
        Assert.Equal(0, bot.Answers.Calls);
    }

    [Fact]
    public async Task The_typed_speaker_is_checked_again_when_the_command_arrives()
    {
        await using var bot = await BotHarness.StartAsync();

        var body = await AnswerAsync(
            bot,
            bot.Emulator.Interaction("quotes", [("speaker", new string('x', 500))])
        );

        Assert.Equal(4, body["type"]!.GetValue<int>());
        Assert.Equal(1, bot.Answers.Calls);
    }

    [Fact]
    public async Task Autocomplete_answers_with_no_choices_rather_than_too_late()
    {
        await using var bot = await BotHarness.StartAsync();
        var held = bot.HoldAnswers();

        var body = await AnswerAsync(
            bot,
            bot.Emulator.Interaction("quotes", [("speaker", "ru")], type: 4, focused: "speaker"),
            TimeSpan.FromSeconds(5)
        );
        held.SetResult();

        Assert.Equal(8, body["type"]!.GetValue<int>());
        Assert.Empty(body["data"]!["choices"]!.AsArray());
        Assert.Equal(0, bot.Emulator.Refused);
    }

    private static async Task<JsonNode> AnswerAsync(
        BotHarness bot,
        JsonObject interaction,
        TimeSpan? patience = null
    )
    {
        var id = await bot.Emulator.SendInteractionAsync(interaction);
        Assert.True(
            await DiscordEmulator.WaitUntilAsync(
                () => bot.Emulator.CallbacksFor(id).Count > 0,
                patience ?? TimeSpan.FromSeconds(10)
            )
        );
        await Task.Delay(50); // a second answer would arrive now
        var callback = Assert.Single(bot.Emulator.CallbacksFor(id));
        MessageAssertions.IsValidCallback(callback.Body);
        return callback.Body!;
    }
}
