using System.Text.Json.Nodes;
using NewsBot.Discord.Modules;
using NewsBot.Discord.Tests.Emulator;
using NewsBot.Testing.Emulator;
using NewsBot.Testing.Json;

namespace NewsBot.Discord.Tests.Modules;

/// <summary><c>/add-article</c> and <c>/remove-article</c> on the emulator, the library behind them a fake.</summary>
public sealed class ArticleModuleTests
{
    /// <summary>The first callback, and the message the asker finally sees (the edit when deferred).</summary>
    private static async Task<(JsonNode Callback, JsonNode Message)> AnswerToAsync(
        BotHarness bot,
        JsonObject interaction
    )
    {
        var id = await bot.Emulator.SendInteractionAsync(interaction);
        Assert.True(
            await DiscordEmulator.WaitUntilAsync(() => bot.Emulator.CallbacksFor(id).Count > 0),
            $"No answer to {interaction["data"]!["name"]}"
        );
        var callback = bot.Emulator.CallbacksFor(id)[0].Body!;
        MessageAssertions.IsValidCallback(callback);
        if (callback["type"]!.GetValue<int>() != 5)
        {
            return (callback, callback["data"]!);
        }
        var token = interaction["token"]!.GetValue<string>();
        Assert.True(
            await DiscordEmulator.WaitUntilAsync(() => bot.Emulator.EditsFor(token).Count > 0),
            "The deferred answer was never edited."
        );
        var edit = bot.Emulator.EditsFor(token)[^1].Body!;
        MessageAssertions.IsValidEdit(edit);
        Assert.Single(bot.Emulator.CallbacksFor(id));
        return (callback, edit);
    }

    [Fact]
    public async Task A_member_without_Manage_Server_may_not_add_or_remove_articles()
    {
        await using var bot = await BotHarness.StartAsync();

        foreach (
            var interaction in new[]
            {
                bot.Emulator.Interaction(
                    "add-article",
                    [("url", "https://news.example.org/ferry")],
                    roles: [DiscordEmulator.PlainRole]
                ),
                bot.Emulator.Interaction("remove-article", [("file", "001.txt")]),
            }
        )
        {
            var (callback, message) = await AnswerToAsync(bot, interaction);

            Assert.Equal(4, callback["type"]!.GetValue<int>());
            Assert.Equal(64, message["flags"]!.GetValue<int>());
            Assert.Equal(RequireModeratorAttribute.Refusal, message["content"]!.GetValue<string>());
        }
        Assert.Empty(bot.Library.Calls);
    }

    [Fact]
    public async Task A_moderator_adds_an_article_by_link_and_sees_privately_what_was_found()
    {
        await using var bot = await BotHarness.StartAsync();

        var (callback, message) = await AnswerToAsync(
            bot,
            bot.Emulator.Interaction(
                "add-article",
                [("url", "https://news.example.org/ferry")],
                permissions: "0",
                roles: [BotHarness.ModeratorRole]
            )
        );

        Assert.Equal(5, callback["type"]!.GetValue<int>());
        Assert.Equal(64, callback["data"]!["flags"]!.GetValue<int>());
        Assert.Equal(["link https://news.example.org/ferry"], bot.Library.Calls);
        var embed = message["embeds"]![0]!;
        Assert.Equal("Harbour council approves a night ferry", embed["title"]!.GetValue<string>());
        var fields = embed["fields"]!
            .AsArray()
            .ToDictionary(
                f => f!["name"]!.GetValue<string>(),
                f => f!["value"]!.GetValue<string>()
            );
        Assert.Equal("`20260304_0123456789abcdef.txt`", fields["File"]);
        Assert.Contains(
            "Elena Varga: “We have waited twenty years”",
            fields["Quotes"],
            StringComparison.Ordinal
        );
        Assert.Contains(
            "**1,200** passengers a night",
            fields["Figures"],
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task A_moderator_adds_an_attached_file_downloaded_from_its_link()
    {
        await using var bot = await BotHarness.StartAsync();
        var file = bot.Emulator.Attach("story.md", "text/markdown", "# A story\n\nText.");

        await AnswerToAsync(
            bot,
            bot.Emulator.Interaction("add-article", [("file", file)], permissions: "32")
        );

        Assert.Equal([$"attachment story.md {file.Url}"], bot.Library.Calls);
    }

    [Fact]
    public async Task Add_article_asks_for_a_link_or_a_file_and_a_refusal_is_private()
    {
        await using var bot = await BotHarness.StartAsync();

        var (_, neither) = await AnswerToAsync(
            bot,
            bot.Emulator.Interaction("add-article", permissions: "32")
        );
        bot.Library.Refusal = "The link was refused: it is larger than 5 MB.";
        var (_, refused) = await AnswerToAsync(
            bot,
            bot.Emulator.Interaction(
                "add-article",
                [("url", "https://x.example/big")],
                permissions: "32"
            )
        );

        Assert.Contains(
            "either `url`",
            neither["content"]!.GetValue<string>(),
            StringComparison.Ordinal
        );
        Assert.Equal(64, neither["flags"]!.GetValue<int>());
        Assert.Equal(
            @"The link was refused\: it is larger than 5 MB.",
            refused["content"]!.GetValue<string>()
        );
        Assert.Equal(["link https://x.example/big"], bot.Library.Calls);
    }

    [Fact]
    public async Task A_moderator_removes_an_article_file()
    {
        await using var bot = await BotHarness.StartAsync();

        var (_, message) = await AnswerToAsync(
            bot,
            bot.Emulator.Interaction(
                "remove-article",
                [("file", "001_376bf699fdc7134b.txt")],
                permissions: "8"
            )
        );

        Assert.Equal(["remove 001_376bf699fdc7134b.txt"], bot.Library.Calls);
        Assert.Contains(
            "Removed `001_376bf699fdc7134b.txt`",
            message["content"]!.GetValue<string>(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task The_file_to_remove_is_autocompleted_from_the_indexed_articles()
    {
        await using var bot = await BotHarness.StartAsync();

        var (callback, _) = await AnswerToAsync(
            bot,
            bot.Emulator.Interaction(
                "remove-article",
                [("file", "russia")],
                type: 4,
                permissions: "32",
                focused: "file"
            )
        );

        var choice = Assert.Single(callback["data"]!["choices"]!.AsArray())!;
        Assert.Equal("001_376bf699fdc7134b.txt", choice["value"]!.GetValue<string>());
        Assert.StartsWith(
            "001_376bf699fdc7134b.txt — NATO chief",
            choice["name"]!.GetValue<string>(),
            StringComparison.Ordinal
        );
    }
}
