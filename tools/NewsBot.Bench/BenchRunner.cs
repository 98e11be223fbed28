using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using NewsBot.Core.Benchmarks;

namespace NewsBot.Bench;

/// <summary>How a benchmark run is set up.</summary>
public sealed record BenchSettings(
    IReadOnlyList<int> Sizes,
    string Out,
    string Markdown,
    string Work,
    string Seeds,
    int Queries,
    int Seed,
    int ColdRuns,
    bool Keep,
    string Command,
    int Interactions = BenchCommand.DefaultInteractions,
    string Corpus = BenchCorpus.Seeds,
    string Source = BenchCorpus.DefaultSource
);

/// <summary>
/// Runs the whole benchmark: for each size, generates the corpus (not timed), measures NewsBot's build,
/// queries and slash commands through the Discord emulator in a child process, the bare Lucene.Net baseline on the same files in this process, and
/// cold starts of the real program; then writes the JSON and the Markdown table.
/// </summary>
public sealed class BenchRunner(BenchSettings settings, TextWriter log)
{
    private const int WarmupArticles = 30;
    private const int WarmupQueries = 100;

    /// <summary>Articles timed stage by stage on one thread.</summary>
    internal const int StageSample = 2000;

    public async Task<BenchReport> RunAsync(CancellationToken cancellationToken = default)
    {
        var corpus = BenchCorpus.Create(
            settings.Corpus,
            settings.Seeds,
            settings.Source,
            settings.Seed
        );
        var rows = new List<BenchSize>();
        foreach (var n in settings.Sizes)
        {
            rows.Add(await MeasureAsync(corpus, n, cancellationToken));
        }
        var report = new BenchReport(
            BenchMachine.Current(),
            DateTimeOffset.UtcNow,
            settings.Command,
            rows,
            settings.Corpus,
            settings.Seed,
            settings.Queries,
            settings.ColdRuns,
            settings.Interactions
        );
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(settings.Out))!);
        await File.WriteAllTextAsync(
            settings.Out,
            JsonSerializer.Serialize(report, BenchJsonContext.Default.BenchReport) + "\n",
            cancellationToken
        );
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(settings.Markdown))!);
        await File.WriteAllTextAsync(
            settings.Markdown,
            BenchMarkdown.Render([report]),
            cancellationToken
        );
        return report;
    }

    private async Task<BenchSize> MeasureAsync(
        ICorpusGenerator corpus,
        int n,
        CancellationToken cancellationToken
    )
    {
        var folder = Path.Combine(Path.GetFullPath(settings.Work), $"n{n}");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        var articles = Path.Combine(folder, "articles");
        var warmup = Path.Combine(folder, "warmup");
        var index = Path.Combine(folder, "index");
        var luceneIndex = Path.Combine(folder, "lucene");
        try
        {
            await log.WriteLineAsync($"bench n={n}: writing the {settings.Corpus} corpus");
            var sample = corpus.Write(articles, n);
            corpus.Write(warmup, Math.Min(WarmupArticles, n));
            var queries = BenchQueries.From(sample, settings.Queries, settings.Seed);
            var queriesFile = Path.Combine(folder, "queries.json");
            var measurementFile = Path.Combine(folder, "measurement.json");
            await File.WriteAllTextAsync(
                queriesFile,
                JsonSerializer.Serialize(queries, BenchJsonContext.Default.BenchQueries),
                cancellationToken
            );

            var loadAverage = BenchMachine.LoadAverageNow();
            await log.WriteLineAsync(
                $"bench n={n}: building the index, asking {settings.Queries} questions per command and sending a burst of {settings.Interactions} slash commands through the Discord emulator (child process)"
            );
            var child = await BenchProcess.RunAsync(
                BenchProcess.Bench,
                [
                    "size",
                    "--articles",
                    articles,
                    "--index",
                    index,
                    "--warmup-articles",
                    warmup,
                    "--queries-file",
                    queriesFile,
                    "--out",
                    measurementFile,
                    "--interactions",
                    settings.Interactions.ToString(CultureInfo.InvariantCulture),
                ],
                cancellationToken
            );
            if (child.Exit != 0)
            {
                throw new InvalidOperationException(
                    $"The benchmark child process failed (exit {child.Exit}): {child.Error.Trim()}"
                );
            }
            var measured = JsonSerializer.Deserialize(
                await File.ReadAllTextAsync(measurementFile, cancellationToken),
                BenchJsonContext.Default.BenchSizeMeasurement
            )!;

            await log.WriteLineAsync($"bench n={n}: bare Lucene.Net baseline");
            var files = Directory
                .GetFiles(articles, "*.txt")
                .Order(StringComparer.Ordinal)
                .ToArray();
            var warmupFiles = Directory
                .GetFiles(warmup, "*.txt")
                .Order(StringComparer.Ordinal)
                .ToArray();
            BareLuceneBaseline.Build(warmupFiles, luceneIndex + "-warmup", cancellationToken);
            Directory.Delete(luceneIndex + "-warmup", recursive: true);
            using var self = Process.GetCurrentProcess();
            var cpuBefore = self.TotalProcessorTime;
            var baseline = BareLuceneBaseline.Build(files, luceneIndex, cancellationToken);
            self.Refresh();
            var luceneCpuSeconds = (self.TotalProcessorTime - cpuBefore).TotalSeconds;

            await log.WriteLineAsync($"bench n={n}: bare Lucene.Net queries");
            var luceneSearch = LatencySummary.Of(
                BareLuceneBaseline.Search(
                    luceneIndex,
                    queries.Search,
                    WarmupQueries,
                    cancellationToken
                )
            );

            await log.WriteLineAsync(
                $"bench n={n}: where the indexing time goes ({Math.Min(n, StageSample)} articles, one thread)"
            );
            var stages = PipelineStages.Measure(articles, StageSample, cancellationToken);

            await log.WriteLineAsync($"bench n={n}: cold starts");
            var coldStart = await MedianAsync(
                settings.ColdRuns,
                i =>
                    [
                        "ask",
                        "search",
                        "--query",
                        queries.Search[i % queries.Search.Count],
                        "--articles",
                        articles,
                        "--index",
                        index,
                    ],
                cancellationToken
            );
            var runtimeStart = await MedianAsync(
                settings.ColdRuns,
                _ => ["--help"],
                cancellationToken
            );

            var megabytes = sample.Bytes / 1048576.0;
            var pipelineSeconds = measured.PipelineSeconds;
            var luceneSeconds = baseline.Elapsed.TotalSeconds;
            var pipelineRate = n / pipelineSeconds;
            var luceneRate = n / luceneSeconds;
            var row = new BenchSize(
                n,
                Math.Round(megabytes, 2),
                measured.Passages,
                measured.Quotes,
                measured.Figures,
                Math.Round(pipelineSeconds, 3),
                Math.Round(pipelineRate, 1),
                Math.Round(megabytes / pipelineSeconds, 2),
                Math.Round(luceneSeconds, 3),
                Math.Round(luceneRate, 1),
                Math.Round(megabytes / luceneSeconds, 2),
                Math.Round(pipelineRate / luceneRate, 3),
                measured.PipelineCpuSeconds,
                Math.Round(luceneCpuSeconds, 3),
                Math.Round(luceneCpuSeconds / measured.PipelineCpuSeconds, 3),
                measured.Commands,
                Math.Round(coldStart.WallMs, 1),
                coldStart.CpuMs,
                Math.Round(runtimeStart.WallMs, 1),
                runtimeStart.CpuMs,
                measured.PeakWorkingSetMb,
                measured.PeakPrivateMb,
                measured.IndexMb,
                Math.Round(BenchSizeRun.FolderBytes(luceneIndex) / 1048576.0, 2),
                loadAverage,
                measured.Interactions?.PerSecond,
                measured.Interactions,
                luceneSearch,
                stages,
                measured.SentenceModelMb,
                measured.SentenceModelLoadMs,
                measured.SentencesAsked,
                measured.SentencesEncoded
            );
            await log.WriteLineAsync(
                $"bench n={n}: pipeline {row.PipelineDocsPerSecond} articles/s, Lucene {row.LuceneDocsPerSecond} articles/s (ratio {row.ThroughputRatio}, by CPU time {row.CpuThroughputRatio}), "
                    + $"who-said p99 {row.Commands["who-said"].P99Ms} ms, re-ranked by meaning {row.Commands.GetValueOrDefault(BenchSizeRun.ReRanked)?.Queries} of them (p99 {row.Commands.GetValueOrDefault(BenchSizeRun.ReRanked)?.P99Ms} ms, sentence model {row.SentenceModelMb} MB, loaded and first run in {row.SentenceModelLoadMs} ms, p99 in the model {row.Commands.GetValueOrDefault(BenchSizeRun.InTheModel)?.P99Ms} ms, {row.SentencesEncoded} of {row.SentencesAsked} sentences encoded, the others cached), "
                    + $"search p99 {row.Commands["search"].P99Ms} ms (CPU {row.Commands["search"].CpuP99Ms} ms; bare Lucene.Net {luceneSearch.P99Ms} ms), "
                    + $"{stages.TotalMs:F2} ms per article on one thread (baseline {stages.BaselineMs:F2} ms), "
                    + (
                        row.Interactions is { } i
                            ? $"burst of {i.Sent}: {i.AcknowledgedInTime} acknowledged in time, {i.Answered} answered, {i.Deferred} deferred, {i.Refused} refused, {i.PerSecond} interactions/s (ack p99 {i.AckP99Ms} ms, latest deferral {i.LatestDeferralMs} ms, answer p99 {i.AnswerP99Ms} ms), "
                            : ""
                    )
                    + $"cold start {row.ColdStartMs} ms (CPU {row.ColdStartCpuMs} ms), peak {row.PeakWorkingSetMb} MB (private {row.PeakPrivateMb} MB), index {row.IndexMb} MB"
            );
            return row;
        }
        finally
        {
            if (!settings.Keep && Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>
    /// Over <paramref name="runs"/> runs, the median time from starting the program to its first output,
    /// and the median CPU time the whole run used (null where it cannot be read).
    /// </summary>
    private static async Task<(double WallMs, double? CpuMs)> MedianAsync(
        int runs,
        Func<int, string[]> args,
        CancellationToken cancellationToken
    )
    {
        var times = new List<double>();
        var cpuTimes = new List<double>();
        for (var i = 0; i < Math.Max(1, runs); i++)
        {
            var cpuBefore = CpuClock.Children();
            var run = await BenchProcess.RunAsync(BenchProcess.NewsBot, args(i), cancellationToken);
            var cpuAfter = CpuClock.Children();
            if (run.Exit != 0)
            {
                throw new InvalidOperationException(
                    $"'newsbot {string.Join(' ', args(i))}' failed (exit {run.Exit}): {run.Error.Trim()}"
                );
            }
            times.Add(run.FirstOutput.TotalMilliseconds);
            if (cpuBefore is { } before && cpuAfter is { } after)
            {
                cpuTimes.Add(after - before);
            }
        }
        times.Sort();
        cpuTimes.Sort();
        return (
            times[times.Count / 2],
            cpuTimes.Count > 0 ? Math.Round(cpuTimes[cpuTimes.Count / 2], 1) : null
        );
    }
}

/// <summary>
/// Runs <c>newsbot</c> (cold starts, as a user would start it) or this benchmark again (one size, so its
/// memory is measured alone) as a child process: <c>dotnet newsbot.dll …</c>.
/// </summary>
internal static class BenchProcess
{
    public const string NewsBot = "newsbot.dll";
    public const string Bench = "newsbot-bench.dll";

    public sealed record Result(int Exit, TimeSpan FirstOutput, TimeSpan Elapsed, string Error);

    public static async Task<Result> RunAsync(
        string program,
        string[] args,
        CancellationToken cancellationToken
    )
    {
        var host =
            Environment.ProcessPath is { } path
            && Path.GetFileNameWithoutExtension(path) == "dotnet"
                ? path
                : "dotnet";
        var start = new ProcessStartInfo(host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, program));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment.Remove("DISCORD_TOKEN");
        start.Environment.Remove("Discord__Token");

        var clock = Stopwatch.StartNew();
        using var process =
            Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var firstOutput = TimeSpan.Zero;
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        var buffer = new char[4096];
        while (
            await process.StandardOutput.ReadAsync(buffer, cancellationToken) is var read
            && read > 0
        )
        {
            if (firstOutput == TimeSpan.Zero)
            {
                firstOutput = clock.Elapsed;
            }
        }
        await process.WaitForExitAsync(cancellationToken);
        var elapsed = clock.Elapsed;
        return new Result(
            process.ExitCode,
            firstOutput == TimeSpan.Zero ? elapsed : firstOutput,
            elapsed,
            await error
        );
    }
}
