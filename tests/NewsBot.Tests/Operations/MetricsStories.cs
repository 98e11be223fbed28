using System.Globalization;
using NewsBot.Hosting;
using NewsBot.Tests.EndToEnd;

namespace NewsBot.Tests.Operations;

/// <summary>
/// An operator scrapes <c>GET /metrics</c> (Prometheus' text format) from the real host on the Discord
/// emulator and sees the counters move as members ask.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class MetricsStories(RealBotFixture bot) : IClassFixture<RealBotFixture>, IDisposable
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task A_question_moves_the_answers_counter_of_its_command_and_outcome_and_both_latencies()
    {
        var before = await ScrapeAsync();

        await bot.AnswerOnDiscordAsync(
            bot.Emulator.Interaction("search", [("query", "drones kill zone")])
        );
        await bot.AnswerOnDiscordAsync(
            bot.Emulator.Interaction("search", [("query", "zxqv wombat parliament")])
        );
        var after = await ScrapeUntilAsync(metrics =>
            Sum(metrics, "newsbot_answer_duration_seconds_count", "command=\"search\"")
            >= Sum(before, "newsbot_answer_duration_seconds_count", "command=\"search\"") + 2
        );

        Assert.Equal(
            1,
            Sum(after, "newsbot_answers_total", "command=\"search\"", "outcome=\"answered\"")
                - Sum(before, "newsbot_answers_total", "command=\"search\"", "outcome=\"answered\"")
        );
        Assert.Equal(
            1,
            Sum(after, "newsbot_answers_total", "command=\"search\"", "outcome=\"declined\"")
                - Sum(before, "newsbot_answers_total", "command=\"search\"", "outcome=\"declined\"")
        );
        Assert.Equal(
            2,
            Sum(after, "newsbot_answer_duration_seconds_count", "command=\"search\"")
                - Sum(before, "newsbot_answer_duration_seconds_count", "command=\"search\"")
        );
        Assert.Equal(
            2,
            Sum(after, "newsbot_acknowledgement_duration_seconds_count")
                - Sum(before, "newsbot_acknowledgement_duration_seconds_count")
        );
    }

    [Fact]
    public async Task A_refusal_is_counted_as_refused()
    {
        var before = await ScrapeAsync();

        await bot.AnswerOnDiscordAsync(bot.Emulator.Interaction("reindex"));
        var after = await ScrapeUntilAsync(metrics =>
            Sum(metrics, "newsbot_answers_total", "command=\"reindex\"")
            > Sum(before, "newsbot_answers_total", "command=\"reindex\"")
        );

        Assert.Equal(
            1,
            Sum(after, "newsbot_answers_total", "command=\"reindex\"", "outcome=\"refused\"")
                - Sum(before, "newsbot_answers_total", "command=\"reindex\"", "outcome=\"refused\"")
        );
    }

    [Fact]
    public async Task The_Discord_rate_limits_met_while_answering_are_counted()
    {
        var before = await ScrapeAsync();
        bot.Emulator.CallbackRateLimits = 1;

        await bot.AnswerOnDiscordAsync(bot.Emulator.Interaction("help"));
        var after = await ScrapeUntilAsync(metrics =>
            Sum(metrics, "newsbot_answers_total", "command=\"help\"")
            > Sum(before, "newsbot_answers_total", "command=\"help\"")
        );

        Assert.Equal(
            1,
            Sum(after, "newsbot_discord_rate_limits_total")
                - Sum(before, "newsbot_discord_rate_limits_total")
        );
    }

    [Fact]
    public async Task What_the_index_holds_and_its_refreshes_are_shown()
    {
        var metrics = await ScrapeAsync();

        Assert.Equal(
            Directory.GetFiles(Testing.RepositoryFolders.Seeds, "*.txt").Length,
            Sum(metrics, "newsbot_index_articles")
        );
        Assert.True(Sum(metrics, "newsbot_index_passages") > 0);
        Assert.True(Sum(metrics, "newsbot_index_quotes") > 0);
        Assert.True(Sum(metrics, "newsbot_index_figures") > 0);
        Assert.True(Sum(metrics, "newsbot_index_refreshes_total", "outcome=\"built\"") >= 1);
        Assert.True(Sum(metrics, "newsbot_index_refresh_duration_seconds_count") >= 1);
    }

    private async Task<string> ScrapeAsync()
    {
        using var response = await _http.GetAsync(bot.BaseUrl + MetricsExport.Path);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>
    /// Scrapes until <paramref name="isDone"/> holds, for 10 s at most: the member sees the answer a moment
    /// before the bot has counted it.
    /// </summary>
    private async Task<string> ScrapeUntilAsync(Func<string, bool> isDone)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var metrics = await ScrapeAsync();
        while (!isDone(metrics) && waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(50);
            metrics = await ScrapeAsync();
        }
        return metrics;
    }

    /// <summary>The sum of the samples of <paramref name="metric"/> whose labels hold all of <paramref name="labels"/>.</summary>
    private static double Sum(string metrics, string metric, params string[] labels) =>
        metrics
            .Split('\n')
            .Where(line =>
                (
                    line.StartsWith(metric + "{", StringComparison.Ordinal)
                    || line.StartsWith(metric + " ", StringComparison.Ordinal)
                ) && labels.All(label => line.Contains(label, StringComparison.Ordinal))
            )
            .Sum(line => double.Parse(Value(line), CultureInfo.InvariantCulture));

    /// <summary>The sample's value: after the labels, before an optional timestamp.</summary>
    private static string Value(string line)
    {
        var afterLabels = line.Contains('}', StringComparison.Ordinal)
            ? line[(line.LastIndexOf('}') + 1)..]
            : line[line.IndexOf(' ', StringComparison.Ordinal)..];
        return afterLabels.Trim().Split(' ')[0];
    }
}
