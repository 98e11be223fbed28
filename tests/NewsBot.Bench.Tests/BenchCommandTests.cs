using System.Text.Json;
using NewsBot.Bench;
using NewsBot.Testing;

namespace NewsBot.Tests.Bench;

public sealed class BenchCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    public void Dispose() => _folder.Dispose();

    private Task<int> RunAsync(params string[] args) =>
        BenchCommand.Create(_output, _error).Parse(args).InvokeAsync();

    [Fact]
    public async Task A_tiny_bench_writes_a_json_report_with_every_field_and_a_markdown_table()
    {
        var json = _folder.Combine("docs", "benchmarks.json");

        var exit = await RunAsync(
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
        Assert.StartsWith("newsbot-bench --sizes 40", root.GetProperty("command").GetString());
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
        Assert.Contains("newsbot-bench --sizes 40", markdown);
        Assert.Contains("## Goals", markdown);
        Assert.Contains("## A burst of slash commands through the Discord emulator", markdown);
        Assert.Contains("--interactions 24", markdown);
        Assert.False(
            Directory.Exists(_folder.Combine("work", "n40")),
            "the generated corpus is removed"
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
