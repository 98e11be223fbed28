using System.Text.Json.Nodes;
using NewsBot.Cli;
using NewsBot.Hosting;
using NewsBot.Tests.EndToEnd;

namespace NewsBot.Tests.Operations;

/// <summary>
/// A moderator asks <c>/coverage-gaps</c> on Discord (the real host on the emulator) and reads what members
/// asked that the coverage could not answer; <c>newsbot gaps</c> reads the same file.
/// </summary>
public sealed class CoverageGapsStories(RealBotFixture bot) : IClassFixture<RealBotFixture>
{
    private const string Member = "500000000000000001";

    [Fact]
    public async Task As_a_moderator_I_see_the_declined_questions_grouped_by_wording_most_asked_first_and_nobody_named()
    {
        await AskAsync("figure", "query", "How many penguins live on Mars?");
        await AskAsync("figure", "query", "how many penguins live on mars");
        await AskAsync("figure", "query", "penguins living on Mars");
        await AskAsync("search", "query", "zxqv wombat parliament");
        await AskAsync("search", "query", "drones kill zone");
        // The member sees the answer a moment before the bot has kept the question: wait for the four.
        await GapsKeptAsync(asked: 4);

        var message = await bot.AnswerOnDiscordAsync(
            bot.Emulator.Interaction("coverage-gaps", permissions: "32")
        );

        var text = message.ToJsonString();
        var description = message["embeds"]![0]!["description"]!.GetValue<string>();
        var lines = description.Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith(
            "**3×** `/figure` how many penguins live on mars",
            lines[0],
            StringComparison.Ordinal
        );
        Assert.Contains("penguins living on Mars", lines[0], StringComparison.Ordinal);
        Assert.StartsWith(
            "**1×** `/search` zxqv wombat parliament",
            lines[1],
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("drones", description, StringComparison.Ordinal);
        Assert.DoesNotContain(Member, text, StringComparison.Ordinal);
        Assert.DoesNotContain("reader", text, StringComparison.Ordinal);

        var onTheCommandLine = await GapsOnTheCommandLineAsync();
        var gaps = onTheCommandLine["gaps"]!.AsArray();
        Assert.Equal(30, onTheCommandLine["days"]!.GetValue<int>());
        Assert.Equal(2, gaps.Count);
        Assert.Equal(3, gaps[0]!["asked"]!.GetValue<int>());
        Assert.Equal("figure", gaps[0]!["command"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_member_who_is_not_a_moderator_is_refused_the_coverage_gaps()
    {
        var message = await bot.AnswerOnDiscordAsync(bot.Emulator.Interaction("coverage-gaps"));

        Assert.Contains(
            "Only moderators",
            message["content"]!.GetValue<string>(),
            StringComparison.Ordinal
        );
    }

    private async Task GapsKeptAsync(int asked)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (
            (await GapsOnTheCommandLineAsync())["gaps"]!
                .AsArray()
                .Sum(g => g!["asked"]!.GetValue<int>()) < asked
            && waited.Elapsed < TimeSpan.FromSeconds(10)
        )
        {
            await Task.Delay(50);
        }
    }

    private Task<JsonObject> AskAsync(string command, string option, string value) =>
        bot.AnswerOnDiscordAsync(bot.Emulator.Interaction(command, [(option, value)]));

    /// <summary><c>newsbot gaps --json</c> over the bot's own index folder, as an operator runs it beside the bot.</summary>
    private async Task<JsonNode> GapsOnTheCommandLineAsync()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var app = new CommandLineApp(new NewsBotOptions(), new StringReader(""), output, error);
        var exit = await app.RunAsync([
            "gaps",
            "--articles",
            Testing.RepositoryFolders.Seeds,
            "--index",
            bot.IndexPath,
            "--json",
        ]);
        Assert.True(exit == CommandLineApp.ExitOk, error.ToString());
        return JsonNode.Parse(output.ToString())!;
    }
}
