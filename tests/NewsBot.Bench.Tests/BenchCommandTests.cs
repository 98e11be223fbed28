using System.Text.Json;
using NewsBot.Testing;

namespace NewsBot.Bench.Tests;

public sealed class BenchCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly StringWriter _error = new();

    public void Dispose() => _folder.Dispose();

    private Task<int> RunAsync(params string[] args) =>
        BenchCommand.Create(TextWriter.Null, _error).Parse(args).InvokeAsync();

    [Fact]
    public async Task The_meaning_stage_times_both_encoders_and_says_their_vectors_are_the_same()
    {
        var output = new StringWriter();
        var corpus = RepositoryFolders.Wikinews2019To2020;

        var exit = await BenchCommand
            .Create(output, _error)
            .Parse(["meaning", "--source", corpus, "--questions", "2", "--threads", "1"])
            .InvokeAsync();

        Assert.True(exit == 0, _error.ToString());
        var text = output.ToString();
        Assert.Contains("3 questions of 9 sentences", text, StringComparison.Ordinal);
        Assert.Contains(
            "| package: one batch padded to its longest | 1 |",
            text,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "| NewsBot: each sentence at its own length | 1 |",
            text,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "Both encoders gave the same vectors, bit for bit.",
            text,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task A_tiny_bench_writes_a_json_report_with_every_field_and_a_markdown_table()
    {
        var json = _folder.Combine("docs", "benchmarks.json");

        var exit = await RunAsync(
            "--corpus",
            "seeds",
            "--sizes",
            "40",
            "--queries",
            "20",
            "--cold-runs",
            "1",
            "--out",
            json,
            "--work",
            _folder.Combine("work"),
            "--seeds",
            RepositoryFolders.Seeds,
            "--interactions",
            "24"
        );

        Assert.True(exit == 0, _error.ToString());
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(json));
        var root = report.RootElement;
        foreach (var field in new[] { "cores", "memoryMb", "os", "dotnet" })
        {
            Assert.True(root.GetProperty("machine").TryGetProperty(field, out _), field);
        }
        Assert.True(root.TryGetProperty("date", out _));
        Assert.StartsWith(
            "newsbot-bench --corpus seeds --sizes 40",
            root.GetProperty("command").GetString()
        );
        Assert.Equal("seeds", root.GetProperty("corpus").GetString());
        var size = root.GetProperty("sizes")[0];
        Assert.Equal(40, size.GetProperty("n").GetInt32());
        foreach (
            var field in new[]
            {
                "pipelineDocsPerSecond",
                "pipelineMbPerSecond",
                "luceneDocsPerSecond",
                "throughputRatio",
                "coldStartMs",
                "runtimeStartMs",
                "peakWorkingSetMb",
                "indexMb",
            }
        )
        {
            Assert.True(size.GetProperty(field).GetDouble() > 0, field);
        }
        foreach (
            var field in new[]
            {
                "pipelineCpuSeconds",
                "luceneIndexMb",
                "coldStartCpuMs",
                "peakPrivateMb",
                "loadAverage",
            }
        )
        {
            Assert.True(size.TryGetProperty(field, out _), field);
        }
        Assert.True(size.GetProperty("interactionsPerSecond").GetDouble() > 0);
        var interactions = size.GetProperty("interactions");
        Assert.Equal(24, interactions.GetProperty("sent").GetInt32());
        Assert.Equal(24, interactions.GetProperty("answered").GetInt32());
        Assert.Equal(24, interactions.GetProperty("acknowledgedInTime").GetInt32());
        Assert.Equal(0, interactions.GetProperty("refused").GetInt32());
        Assert.True(interactions.GetProperty("deferred").GetInt32() >= 0);
        foreach (
            var field in new[]
            {
                "ackP50Ms",
                "ackP95Ms",
                "ackP99Ms",
                "answerP50Ms",
                "answerP95Ms",
                "answerP99Ms",
            }
        )
        {
            Assert.True(interactions.GetProperty(field).GetDouble() > 0, $"interactions {field}");
        }
        Assert.True(
            interactions.GetProperty("ackP50Ms").GetDouble()
                <= interactions.GetProperty("answerP99Ms").GetDouble()
        );
        foreach (var command in new[] { "who-said", "figure", "compare", "search" })
        {
            var latency = size.GetProperty("commands").GetProperty(command);
            Assert.Equal(20, latency.GetProperty("queries").GetInt32());
            foreach (var field in new[] { "p50Ms", "p99Ms", "maxMs" })
            {
                Assert.True(latency.GetProperty(field).GetDouble() >= 0, $"{command} {field}");
            }
        }
        var markdown = await File.ReadAllTextAsync(_folder.Combine("docs", "BENCHMARKS.md"));
        Assert.Contains("| 40 |", markdown);
        Assert.Contains("| 40 | seeds |", markdown);
        Assert.Contains("--corpus seeds --sizes 40", markdown);
        Assert.Contains("## Goals", markdown);
        Assert.Contains("## A burst of slash commands through the Discord emulator", markdown);
        Assert.Contains("--interactions 24", markdown);
        Assert.False(
            Directory.Exists(_folder.Combine("work", "n40")),
            "the generated corpus is removed"
        );
    }

    [Fact]
    public async Task A_missing_folder_of_real_articles_is_one_line_and_exit_code_2()
    {
        var missing = _folder.Combine("no-such-folder");

        var exit = await RunAsync(
            "--corpus",
            "real",
            "--source",
            missing,
            "--sizes",
            "10",
            "--out",
            _folder.Combine("r.json"),
            "--work",
            _folder.Combine("work")
        );

        Assert.Equal(2, exit);
        var error = _error.ToString().TrimEnd();
        Assert.StartsWith("newsbot-bench: The folder of real articles", error);
        Assert.Contains(missing, error);
        Assert.DoesNotContain('\n', error);
        Assert.False(File.Exists(_folder.Combine("r.json")));
    }

    [Fact]
    public async Task Combine_puts_the_runs_of_two_corpora_side_by_side()
    {
        var seeds = _folder.Combine("seeds.json");
        var real = _folder.Combine("real.json");
        await File.WriteAllTextAsync(seeds, Report("seeds", 1000, 0.16));
        await File.WriteAllTextAsync(real, Report("real", 1000, 0.42));
        var json = _folder.Combine("docs", "benchmarks.json");
        Directory.CreateDirectory(_folder.Combine("docs"));

        var exit = await RunAsync("combine", seeds, real, "--out", json);

        Assert.True(exit == 0, _error.ToString());
        using var combined = JsonDocument.Parse(await File.ReadAllTextAsync(json));
        var runs = combined.RootElement.GetProperty("runs");
        Assert.Equal(
            ["seeds", "real"],
            runs.EnumerateArray().Select(r => r.GetProperty("corpus").GetString())
        );
        var markdown = await File.ReadAllTextAsync(_folder.Combine("docs", "BENCHMARKS.md"));
        var rows = markdown
            .Split('\n')
            .Where(l => l.StartsWith("| 1,000 |", StringComparison.Ordinal))
            .ToArray();
        Assert.Contains(
            rows,
            r =>
                r.StartsWith("| 1,000 | seeds | ", StringComparison.Ordinal)
                && r.Contains("| 0.16 |")
        );
        Assert.Contains(
            rows,
            r =>
                r.StartsWith("| 1,000 | real | ", StringComparison.Ordinal)
                && r.Contains("| 0.42 |")
        );
        Assert.Contains("| goal | seeds | real |", markdown);
        Assert.Contains("combine seeds.json real.json", markdown);
    }

    [Fact]
    public async Task Combine_reports_an_unreadable_report_in_one_line()
    {
        var broken = _folder.Combine("broken.json");
        await File.WriteAllTextAsync(broken, "{ not json");

        var exit = await RunAsync("combine", broken, "--out", _folder.Combine("c.json"));

        Assert.Equal(2, exit);
        Assert.StartsWith("newsbot-bench combine:", _error.ToString());
        Assert.False(File.Exists(_folder.Combine("c.json")));
    }

    /// <summary>A report as a run writes it, with only the fields that differ between the two corpora here.</summary>
    private static string Report(string corpus, int n, double ratio)
    {
        var latency = new LatencySummary(1, 2, 3, 1.5, 10, null, null, null);
        var size = new BenchSize(
            n,
            5,
            10,
            10,
            10,
            1,
            1000,
            5,
            1,
            1000,
            5,
            ratio,
            1,
            1,
            1,
            new Dictionary<string, LatencySummary> { ["search"] = latency },
            500,
            null,
            100,
            null,
            200,
            null,
            10,
            3,
            "1.00 1.00 1.00",
            null,
            null,
            latency,
            new NewsBot.Core.Benchmarks.StageCosts(n, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 40, 0.3)
        );
        return JsonSerializer.Serialize(
            new BenchReport(
                new BenchMachine(2, 1024, "Linux", ".NET 10", null, "1.00 1.00 1.00"),
                DateTimeOffset.UnixEpoch,
                $"newsbot-bench --corpus {corpus} --sizes {n}",
                [size],
                corpus
            ),
            BenchJsonContext.Default.BenchReport
        );
    }

    [Fact]
    public async Task Sizes_that_are_not_positive_numbers_are_a_usage_error()
    {
        var exit = await RunAsync("--sizes", "10,abc", "--out", _folder.Combine("b.json"));

        Assert.Equal(1, exit);
        Assert.Contains("--sizes", _error.ToString());
        Assert.False(File.Exists(_folder.Combine("b.json")));
    }
}
