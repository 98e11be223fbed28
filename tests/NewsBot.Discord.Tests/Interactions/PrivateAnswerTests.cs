using System.Text.Json.Nodes;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Modules;
using NewsBot.Discord.Tests.Emulator;
using NewsBot.Testing.Emulator;
using NewsBot.Testing.Json;

namespace NewsBot.Discord.Tests.Interactions;

/// <summary>
/// Refusals and moderators' answers are for the one who asked only, on both transports, also when the
/// bot defers every interaction before its command runs (as it does on a loaded machine, or once a slow
/// command has raised the expected answer time).
/// </summary>
public sealed class PrivateAnswerTests
{
    /// <summary>The latest safe deferral is the moment the interaction was sent: every one is deferred first.</summary>
    private static readonly InteractionSettings DeferEverything = new()
    {
        AckMargin = DiscordEmulator.AnswerWindow,
    };

    private const int Ephemeral = 64;

    private static int Flags(JsonNode? data) => data?["flags"]?.GetValue<int>() ?? 0;

    /// <summary>The first callback of an interaction sent over the gateway, and the edits that followed it.</summary>
    private static async Task<JsonNode> FirstCallbackAsync(BotHarness bot, JsonObject interaction)
    {
        var id = await bot.Emulator.SendInteractionAsync(interaction);
        Assert.True(
            await DiscordEmulator.WaitUntilAsync(() => bot.Emulator.CallbacksFor(id).Count > 0),
            $"No answer to {interaction["data"]!["name"]}"
        );
        var callback = Assert.Single(bot.Emulator.CallbacksFor(id)).Body!;
        MessageAssertions.IsValidCallback(callback);
        return callback;
    }

    private static async Task<JsonNode> EditAsync(BotHarness bot, JsonObject interaction)
    {
        var token = interaction["token"]!.GetValue<string>();
        Assert.True(
            await DiscordEmulator.WaitUntilAsync(() => bot.Emulator.EditsFor(token).Count > 0),
            "The deferred answer was never edited."
        );
        return bot.Emulator.EditsFor(token)[^1].Body!;
    }

    private static Task<HttpInteractionResult> PostAsync(BotHarness bot, JsonObject interaction) =>
        bot.Emulator.PostInteractionAsync(bot.InteractionsUrl, interaction);

    [Fact]
    public async Task A_moderators_remove_and_add_are_deferred_privately_when_everything_is_deferred()
    {
        await using var bot = await BotHarness.StartAsync(interactions: DeferEverything);
        bot.Library.Refusal = "There is no article file 'nope.txt'.";

        foreach (
            var interaction in new[]
            {
                bot.Emulator.Interaction(
                    "remove-article",
                    [("file", "nope.txt")],
                    roles: [BotHarness.ModeratorRole]
                ),
                bot.Emulator.Interaction(
                    "add-article",
                    [("url", "https://news.example.org/ferry")],
                    roles: [BotHarness.ModeratorRole]
                ),
            }
        )
        {
            var callback = await FirstCallbackAsync(bot, interaction);
            var edit = await EditAsync(bot, interaction);

            Assert.Equal(5, callback["type"]!.GetValue<int>());
            Assert.Equal(Ephemeral, Flags(callback["data"]));
            Assert.Contains(
                "nope.txt",
                edit["content"]!.GetValue<string>(),
                StringComparison.Ordinal
            );
        }
    }

    [Fact]
    public async Task A_members_reindex_is_refused_privately_when_everything_is_deferred()
    {
        await using var bot = await BotHarness.StartAsync(interactions: DeferEverything);
        var interaction = bot.Emulator.Interaction("reindex", roles: [DiscordEmulator.PlainRole]);

        var callback = await FirstCallbackAsync(bot, interaction);
        var edit = await EditAsync(bot, interaction);

        Assert.Equal(Ephemeral, Flags(callback["data"]));
        Assert.Equal(RequireModeratorAttribute.Refusal, edit["content"]!.GetValue<string>());
        Assert.Equal(0, bot.Refresher.Calls);
    }

    [Fact]
    public async Task A_moderators_reindex_is_still_deferred_in_public_for_its_progress()
    {
        await using var bot = await BotHarness.StartAsync(interactions: DeferEverything);

        var callback = await FirstCallbackAsync(
            bot,
            bot.Emulator.Interaction("reindex", roles: [BotHarness.ModeratorRole])
        );

        Assert.Equal(5, callback["type"]!.GetValue<int>());
        Assert.Equal(0, Flags(callback["data"]));
    }

    [Fact]
    public async Task A_refusal_after_a_public_deferral_is_sent_privately_and_the_public_message_removed()
    {
        await using var bot = await BotHarness.StartAsync(interactions: DeferEverything);
        var interaction = bot.Emulator.Interaction("who-said", [("quote", "   ")]);
        var token = interaction["token"]!.GetValue<string>();

        var callback = await FirstCallbackAsync(bot, interaction);
        Assert.True(
            await DiscordEmulator.WaitUntilAsync(() => bot.Emulator.DeletionsFor(token).Count == 1),
            "The public deferred message was never removed."
        );

        Assert.Equal(0, Flags(callback["data"]));
        var followup = Assert.Single(bot.Emulator.FollowupsFor(token)).Body!;
        Assert.Equal(Ephemeral, Flags(followup));
        Assert.Contains("quote", followup["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal([], followup["allowed_mentions"]!["parse"]!.AsArray());
        Assert.DoesNotContain(
            "quote",
            Assert.Single(bot.Emulator.EditsFor(token)).Body!["content"]!.GetValue<string>(),
            StringComparison.Ordinal
        );
        Assert.Equal(0, bot.Answers.Calls);
    }

    [Fact]
    public async Task Over_HTTP_refusals_and_moderators_deferrals_are_private()
    {
        await using var bot = await BotHarness.StartHttpAsync(interactions: DeferEverything);
        bot.Library.Refusal = "There is no article file 'nope.txt'.";

        var reindex = await PostAsync(
            bot,
            bot.Emulator.Interaction("reindex", roles: [DiscordEmulator.PlainRole])
        );
        var remove = await PostAsync(
            bot,
            bot.Emulator.Interaction(
                "remove-article",
                [("file", "nope.txt")],
                roles: [BotHarness.ModeratorRole]
            )
        );

        Assert.Equal(5, reindex.Body!["type"]!.GetValue<int>());
        Assert.Equal(Ephemeral, Flags(reindex.Body["data"]));
        Assert.Equal(5, remove.Body!["type"]!.GetValue<int>());
        Assert.Equal(Ephemeral, Flags(remove.Body["data"]));
    }

    [Fact]
    public async Task Over_HTTP_a_member_with_Manage_Server_may_add_and_remove_articles_and_others_are_refused()
    {
        await using var bot = await BotHarness.StartHttpAsync();

        var added = await PostAsync(
            bot,
            bot.Emulator.Interaction(
                "add-article",
                [("url", "https://news.example.org/ferry")],
                permissions: "32"
            )
        );
        var removed = await PostAsync(
            bot,
            bot.Emulator.Interaction("remove-article", [("file", "a.txt")], permissions: "32")
        );
        var refused = await PostAsync(
            bot,
            bot.Emulator.Interaction(
                "add-article",
                [("url", "https://news.example.org/ferry")],
                roles: [DiscordEmulator.PlainRole]
            )
        );

        Assert.Equal(5, added.Body!["type"]!.GetValue<int>());
        Assert.Equal(5, removed.Body!["type"]!.GetValue<int>());
        Assert.True(await DiscordEmulator.WaitUntilAsync(() => bot.Library.Calls.Count == 2));
        Assert.Equal(4, refused.Body!["type"]!.GetValue<int>());
        Assert.Equal(Ephemeral, Flags(refused.Body["data"]));
        Assert.Equal(
            RequireModeratorAttribute.Refusal,
            refused.Body["data"]!["content"]!.GetValue<string>()
        );
        Assert.DoesNotContain(
            bot.Logs.Lines,
            l => l.Contains("Exception", StringComparison.Ordinal)
        );
    }

    [Fact]
    public async Task Over_HTTP_the_single_value_moderator_role_setting_lets_that_role_add_articles()
    {
        await using var bot = await BotHarness.StartHttpAsync(
            configuration: new()
            {
                ["Discord:ModeratorRoleIds"] = $"123, {DiscordEmulator.PlainRole}",
            }
        );

        var added = await PostAsync(
            bot,
            bot.Emulator.Interaction(
                "add-article",
                [("url", "https://news.example.org/ferry")],
                roles: [DiscordEmulator.PlainRole]
            )
        );

        Assert.Equal(5, added.Body!["type"]!.GetValue<int>());
        Assert.True(await DiscordEmulator.WaitUntilAsync(() => bot.Library.Calls.Count == 1));
    }
}
