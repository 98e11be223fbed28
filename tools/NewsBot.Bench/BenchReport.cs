using System.Runtime.InteropServices;
using System.Text.Json.Serialization;
using NewsBot.Core.Benchmarks;
using NewsBot.Testing.Emulator;

namespace NewsBot.Bench;

/// <summary>
/// One run of <c>newsbot-bench</c>: the machine, when, the exact command, and one row per corpus size;
/// then how it was set up (defaults as in a run that did not record them).
/// </summary>
public sealed record BenchReport(
    BenchMachine Machine,
    DateTimeOffset Date,
    string Command,
    IReadOnlyList<BenchSize> Sizes,
    string Corpus = BenchCorpus.Seeds,
    int Seed = SyntheticCorpus.DefaultSeed,
    int Queries = 1000,
    int ColdRuns = 3,
    int Interactions = BenchCommand.DefaultInteractions
);

/// <summary>Runs over different corpora, shown side by side: <c>docs/benchmarks.json</c>.</summary>
public sealed record BenchRuns(IReadOnlyList<BenchReport> Runs);

public sealed record BenchMachine(
    int Cores,
    double MemoryMb,
    string Os,
    string Dotnet,
    string? Cpu,
    string? LoadAverage
)
{
    public static BenchMachine Current()
    {
        string? cpu = null;
        try
        {
            cpu = File.Exists("/proc/cpuinfo")
                ? File.ReadLines("/proc/cpuinfo")
                    .FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))
                    ?.Split(':', 2)[1]
                    .Trim()
                : null;
        }
        catch (IOException) { }
        return new BenchMachine(
            Environment.ProcessorCount,
            Math.Round(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1048576.0),
            RuntimeInformation.OSDescription,
            RuntimeInformation.FrameworkDescription,
            cpu,
            LoadAverageNow()
        );
    }

    /// <summary>The 1, 5 and 15 minute load averages: how busy the machine was, which wall-clock figures depend on.</summary>
    public static string? LoadAverageNow()
    {
        try
        {
            return File.Exists("/proc/loadavg")
                ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3))
                : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}

/// <summary>
/// Latency of one command over the timed queries, in milliseconds: wall clock, and the CPU time of the
/// answering thread (null where the platform has no thread CPU clock).
/// </summary>
public sealed record LatencySummary(
    double P50Ms,
    double P99Ms,
    double MaxMs,
    double MeanMs,
    int Queries,
    double? CpuP50Ms,
    double? CpuP99Ms,
    double? CpuMaxMs
)
{
    public static LatencySummary Of(
        IReadOnlyList<double> milliseconds,
        IReadOnlyList<double>? cpuMilliseconds = null
    )
    {
        if (milliseconds.Count == 0)
        {
            return new LatencySummary(0, 0, 0, 0, 0, null, null, null);
        }
        var sorted = milliseconds.Order().ToArray();
        var cpu = cpuMilliseconds is { Count: > 0 } ? cpuMilliseconds.Order().ToArray() : null;
        return new LatencySummary(
            Round(Percentile(sorted, 0.50)),
            Round(Percentile(sorted, 0.99)),
            Round(sorted[^1]),
            Round(sorted.Average()),
            sorted.Length,
            cpu is null ? null : Round(Percentile(cpu, 0.50)),
            cpu is null ? null : Round(Percentile(cpu, 0.99)),
            cpu is null ? null : Round(cpu[^1])
        );
    }

    /// <summary>Nearest-rank percentile: the smallest value with at least <paramref name="p"/> of the values at or below it.</summary>
    private static double Percentile(double[] sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static double Round(double value) => Math.Round(value, 3);
}

/// <summary>
/// A burst of slash commands sent through the loopback Discord emulator within
/// <paramref name="BurstSeconds"/>: how many were acknowledged in time (within Discord's 3 s, counted from
/// each interaction's sending), answered, deferred and refused by the emulator as too late (10062), the
/// acknowledgement latency (to the first callback: the answer or a deferral) and the answer latency (to
/// the callback, or the edit of the original message when deferred) in milliseconds, and
/// interactions/s = answered ÷ the time from the first send to the last answer; and the latest deferral,
/// the longest time from an interaction's sending to its deferral reaching Discord (Discord allows 3 s, the
/// bot aims to defer with a second to spare).
/// </summary>
public sealed record InteractionSummary(
    int Sent,
    double BurstSeconds,
    int AcknowledgedInTime,
    int Answered,
    int Deferred,
    int Refused,
    double Seconds,
    double PerSecond,
    double AckP50Ms,
    double AckP95Ms,
    double AckP99Ms,
    double AnswerP50Ms,
    double AnswerP95Ms,
    double AnswerP99Ms,
    double AnswerMaxMs,
    double LatestDeferralMs
)
{
    public static InteractionSummary Of(
        int sent,
        TimeSpan burst,
        TimeSpan elapsed,
        int refused,
        IReadOnlyCollection<InteractionAnswer?> answers
    )
    {
        var answered = answers.OfType<InteractionAnswer>().ToList();
        var ack = answered.Select(a => a.AckLatency.TotalMilliseconds).Order().ToArray();
        var answer = answered.Select(a => a.Latency.TotalMilliseconds).Order().ToArray();
        return new InteractionSummary(
            sent,
            Math.Round(burst.TotalSeconds, 3),
            answered.Count(a => a.AckLatency < DiscordEmulator.AnswerWindow),
            answered.Count,
            answered.Count(a => a.IsDeferred),
            refused,
            Math.Round(elapsed.TotalSeconds, 3),
            Math.Round(answered.Count / elapsed.TotalSeconds, 1),
            Percentile(ack, 0.50),
            Percentile(ack, 0.95),
            Percentile(ack, 0.99),
            Percentile(answer, 0.50),
            Percentile(answer, 0.95),
            Percentile(answer, 0.99),
            answer.Length == 0 ? 0 : Math.Round(answer[^1], 1),
            Math.Round(
                answered
                    .Where(a => a.IsDeferred)
                    .Select(a => a.AckLatency.TotalMilliseconds)
                    .DefaultIfEmpty(0)
                    .Max(),
                1
            )
        );
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0
            ? 0
            : Math.Round(
                sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)],
                1
            );
}

/// <summary>Everything measured at one corpus size.</summary>
public sealed record BenchSize(
    int N,
    double CorpusMb,
    int Passages,
    int Quotes,
    int Figures,
    double PipelineSeconds,
    double PipelineDocsPerSecond,
    double PipelineMbPerSecond,
    double LuceneSeconds,
    double LuceneDocsPerSecond,
    double LuceneMbPerSecond,
    double ThroughputRatio,
    double PipelineCpuSeconds,
    double LuceneCpuSeconds,
    double CpuThroughputRatio,
    IReadOnlyDictionary<string, LatencySummary> Commands,
    double ColdStartMs,
    double? ColdStartCpuMs,
    double RuntimeStartMs,
    double? RuntimeStartCpuMs,
    double PeakWorkingSetMb,
    double? PeakPrivateMb,
    double IndexMb,
    double LuceneIndexMb,
    string? LoadAverage,
    double? InteractionsPerSecond,
    InteractionSummary? Interactions,
    LatencySummary LuceneSearch,
    StageCosts Stages,
    double? SentenceModelMb = null,
    double? SentenceModelLoadMs = null,
    long? SentencesAsked = null,
    long? SentencesEncoded = null
);

/// <summary>What the <c>bench size</c> child process measured: the pipeline build and the queries, in a process of its own.</summary>
public sealed record BenchSizeMeasurement(
    int Articles,
    int Passages,
    int Quotes,
    int Figures,
    double PipelineSeconds,
    double PipelineCpuSeconds,
    IReadOnlyDictionary<string, LatencySummary> Commands,
    double PeakWorkingSetMb,
    double? PeakPrivateMb,
    double IndexMb,
    InteractionSummary? Interactions,
    double? SentenceModelMb = null,
    double? SentenceModelLoadMs = null,
    long? SentencesAsked = null,
    long? SentencesEncoded = null
);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never
)]
[JsonSerializable(typeof(BenchReport))]
[JsonSerializable(typeof(BenchRuns))]
[JsonSerializable(typeof(BenchSizeMeasurement))]
[JsonSerializable(typeof(BenchQueries))]
internal sealed partial class BenchJsonContext : JsonSerializerContext;
