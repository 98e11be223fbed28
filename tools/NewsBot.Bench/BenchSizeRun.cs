using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Core.Answers;
using NewsBot.Core.Indexing;
using NewsBot.Core.Meaning;

namespace NewsBot.Bench;

/// <summary>
/// The part of a benchmark that runs in a process of its own, so that its peak working set is
/// NewsBot's alone: a full build of the index through <see cref="IndexStore"/>, then the queries of
/// every command through <see cref="AnswerService"/> after a warm-up, then <paramref name="interactions"/>
/// slash commands through the Discord emulator (<see cref="BenchInteractionRun"/>) over the same index.
/// </summary>
public sealed class BenchSizeRun(
    string articles,
    string index,
    string warmupArticles,
    BenchQueries queries,
    int warmupQueries,
    int interactions = 0
)
{
    public static IReadOnlyList<string> Commands { get; } =
    ["who-said", "figure", "compare", "search"];

    /// <summary>The who-said questions no quote matched near word for word, which the sentence model re-ranked.</summary>
    public const string ReRanked = "who-said re-ranked";

    /// <summary>The part of the re-ranked questions' time spent inside the sentence model.</summary>
    public const string InTheModel = "who-said re-ranked: in the model";

    /// <summary>The latency columns: every command, and the who-said questions re-ranked by meaning apart.</summary>
    public static IReadOnlyList<string> LatencyColumns { get; } =
    ["who-said", ReRanked, InTheModel, "figure", "compare", "search"];

    public async Task<BenchSizeMeasurement> RunAsync(CancellationToken cancellationToken = default)
    {
        using var memory = new MemorySampler(TimeSpan.FromMilliseconds(50));
        // A small build first, so that the timed build does not pay for loading and compiling the code.
        var warmupIndex = index + "-warmup";
        using (var warmup = new IndexStore(new IndexOptions(warmupArticles, warmupIndex)))
        {
            await warmup.RefreshAsync(full: true, cancellationToken: cancellationToken);
        }
        Directory.Delete(warmupIndex, recursive: true);

        using var store = new IndexStore(new IndexOptions(articles, index));
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var report = await store.RefreshAsync(full: true, cancellationToken: cancellationToken);
        var buildSeconds = clock.Elapsed.TotalSeconds;
        process.Refresh();
        var buildCpuSeconds = (process.TotalProcessorTime - cpuBefore).TotalSeconds;

        // Who-said runs as the bot ships it, with the sentence model; the model is loaded before the
        // questions so that the memory it adds is read on its own.
        using var model = new MiniLmSentenceEmbedder(NullLogger<MiniLmSentenceEmbedder>.Instance);
        var meaning = new CountingSentenceEmbedder(model);
        process.Refresh();
        var beforeModel = process.WorkingSet64;
        var loading = Stopwatch.StartNew();
        var loaded = model.Embed(["The sentence model is loaded."], cancellationToken) is not null;
        var sentenceModelLoadMs = Math.Round(loading.Elapsed.TotalMilliseconds, 1);
        process.Refresh();
        double? sentenceModelMb = loaded
            ? Math.Round((process.WorkingSet64 - beforeModel) / 1048576.0, 1)
            : null;
        var answers = new AnswerService(store, meaning);
        var latencies = new Dictionary<string, LatencySummary>(StringComparer.Ordinal);
        long sentencesAsked = 0;
        long sentencesEncoded = 0;
        foreach (var command in Commands)
        {
            var count = QueryCount(command);
            for (var i = 0; i < Math.Min(warmupQueries, count); i++)
            {
                await AskAsync(answers, command, i, cancellationToken);
            }
            var timings = new double[count];
            var cpuTimings = CpuClock.IsAvailable ? new double[count] : null;
            var reRanked = new List<int>();
            var inTheModel = new double[count];
            var (sentencesBefore, encodedBefore) = (meaning.Sentences, model.Encoded);
            for (var i = 0; i < count; i++)
            {
                var calls = meaning.Calls;
                var modelTime = meaning.Elapsed;
                var cpuStart = CpuClock.Thread();
                var start = Stopwatch.GetTimestamp();
                await AskAsync(answers, command, i, cancellationToken);
                timings[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                inTheModel[i] = (meaning.Elapsed - modelTime).TotalMilliseconds;
                if (cpuTimings is not null)
                {
                    // The answers are computed synchronously on this thread, so its CPU clock covers the whole query.
                    cpuTimings[i] = (CpuClock.Thread() ?? 0) - (cpuStart ?? 0);
                }
                if (meaning.Calls != calls)
                {
                    reRanked.Add(i);
                }
            }
            latencies[command] = LatencySummary.Of(timings, cpuTimings);
            if (command == "who-said")
            {
                latencies[ReRanked] = LatencySummary.Of(
                    [.. reRanked.Select(i => timings[i])],
                    cpuTimings is null ? null : [.. reRanked.Select(i => cpuTimings[i])]
                );
                latencies[InTheModel] = LatencySummary.Of(
                    [.. reRanked.Select(i => inTheModel[i])],
                    null
                );
                sentencesAsked = meaning.Sentences - sentencesBefore;
                sentencesEncoded = model.Encoded - encodedBefore;
            }
        }

        // Memory is read before the emulator and the Discord host start: it is NewsBot's over the build and the queries.
        process.Refresh();
        var peakWorkingSetMb = Math.Round(process.PeakWorkingSet64 / 1048576.0, 1);
        var peakPrivateMb = memory.PeakMb;
        memory.Dispose();

        var interactionSummary =
            interactions > 0
                ? await new BenchInteractionRun(store, answers, queries).RunAsync(
                    interactions,
                    cancellationToken
                )
                : null;

        return new BenchSizeMeasurement(
            report.Articles,
            report.Passages,
            report.Quotes,
            report.Figures,
            Math.Round(buildSeconds, 3),
            Math.Round(buildCpuSeconds, 3),
            latencies,
            peakWorkingSetMb,
            peakPrivateMb,
            Math.Round(FolderBytes(index) / 1048576.0, 2),
            interactionSummary,
            sentenceModelMb,
            loaded ? sentenceModelLoadMs : null,
            sentencesAsked,
            sentencesEncoded
        );
    }

    public static long FolderBytes(string folder) =>
        Directory.Exists(folder)
            ? new DirectoryInfo(folder)
                .EnumerateFiles("*", SearchOption.AllDirectories)
                .Sum(f => f.Length)
            : 0;

    private int QueryCount(string command) =>
        command switch
        {
            "who-said" => queries.WhoSaid.Count,
            "figure" => queries.Figure.Count,
            "compare" => queries.Compare.Count,
            _ => queries.Search.Count,
        };

    private async Task AskAsync(
        AnswerService answers,
        string command,
        int i,
        CancellationToken cancellationToken
    )
    {
        switch (command)
        {
            case "who-said":
                await answers.WhoSaidAsync(queries.WhoSaid[i], cancellationToken);
                break;
            case "figure":
                await answers.FigureAsync(queries.Figure[i], cancellationToken);
                break;
            case "compare":
                await answers.CompareAsync(
                    queries.Compare[i].A,
                    queries.Compare[i].B,
                    cancellationToken
                );
                break;
            default:
                await answers.SearchAsync(queries.Search[i], cancellationToken);
                break;
        }
    }
}
