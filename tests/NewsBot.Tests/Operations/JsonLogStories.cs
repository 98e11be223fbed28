using System.Diagnostics;
using System.Text.Json;
using NewsBot.Testing;
using NewsBot.Testing.Emulator;
using NewsBot.Tests.EndToEnd;

namespace NewsBot.Tests.Operations;

/// <summary>
/// An operator sets <c>Logging__Console__FormatterName=json</c> and gets one JSON object per log line, the
/// answered command with its command, outcome and latency as fields, and never the token or a member's name.
/// </summary>
public sealed class JsonLogStories : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task With_the_json_formatter_an_answered_command_is_logged_with_command_outcome_and_latency_fields()
    {
        await using var discord = await DiscordEmulator.StartAsync();
        var articles = SmallArticles.Write(_folder);
        using var newsbot = NewsBotProcess.StartWithEnvironment(
            RepositoryFolders.Root,
            new Dictionary<string, string>
            {
                ["Discord__Token"] = DiscordEmulator.Token,
                ["Discord__ApiBaseUrl"] = discord.ApiBaseUrl,
                ["NewsBot__ArticlesPath"] = articles,
                ["NewsBot__IndexPath"] = _folder.Combine("index"),
                ["NewsBot__WatchArticles"] = "false",
                ["Urls"] = "http://127.0.0.1:0",
                ["Logging__Console__FormatterName"] = "json",
            }
        );
        Assert.True(
            await DiscordEmulator.WaitUntilAsync(
                () =>
                    discord.SessionId is not null
                    && discord.RequestsTo("PUT", "/api/v10/applications/").Any(),
                Patience
            ),
            "The bot never became ready: " + newsbot.OutputSoFar
        );

        var answer = await discord.SendInteractionAndWaitAsync(
            discord.Interaction("who-said", [("quote", "running out of money")]),
            Patience
        );
        Assert.NotNull(answer);
        var answered = await LogLineAsync(newsbot, eventId: 1400);
        newsbot.Kill();

        var state = answered.GetProperty("State");
        Assert.Equal("who-said", state.GetProperty("Command").GetString());
        Assert.Equal("answered", state.GetProperty("Outcome").GetString());
        Assert.True(state.GetProperty("ElapsedMs").GetInt64() >= 0);
        var output = newsbot.OutputSoFar;
        Assert.All(CompleteLines(output), line => JsonDocument.Parse(line).Dispose());
        Assert.DoesNotContain(DiscordEmulator.Token, output, StringComparison.Ordinal);
        Assert.DoesNotContain("\"reader\"", output, StringComparison.Ordinal);
    }

    /// <summary>The lines written in full so far (the last one may still be being written).</summary>
    private static string[] CompleteLines(string output) =>
        output[..(output.LastIndexOf('\n') + 1)].Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The first JSON log line with this event id, waited for a bounded time.</summary>
    private static async Task<JsonElement> LogLineAsync(NewsBotProcess newsbot, int eventId)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < Patience)
        {
            foreach (var line in CompleteLines(newsbot.OutputSoFar))
            {
                using var json = JsonDocument.Parse(line);
                if (json.RootElement.GetProperty("EventId").GetInt32() == eventId)
                {
                    return json.RootElement.Clone();
                }
            }
            await Task.Delay(50);
        }
        throw new TimeoutException($"No log line with event id {eventId}: {newsbot.OutputSoFar}");
    }
}
