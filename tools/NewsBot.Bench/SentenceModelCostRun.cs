using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using NewsBot.Core.Answers;
using NewsBot.Core.Meaning;

namespace NewsBot.Bench;

/// <summary>
/// <c>newsbot-bench meaning</c>: where the time of a who-said question re-ranked by meaning goes. Questions
/// shaped as who-said sends them to the model (a question of 6–14 words of a quote, then eight quotes of the
/// real articles, each cut to its first 32 words) are encoded by the package's own encoder (one batch padded
/// to its longest sentence) and by NewsBot's (each sentence at its own length), with each thread count
/// asked; the word pieces read, the load, the first run and each question's wall-clock and process CPU time
/// are printed as a Markdown table, and whether both encoders gave the same vectors.
/// </summary>
public sealed partial class SentenceModelCostRun(
    string source,
    int questions,
    IReadOnlyList<int> threadCounts,
    TextWriter output
)
{
    private const int Quotes = 8;

    public async Task<bool> RunAsync(CancellationToken cancellationToken = default)
    {
        var batches = Batches();
        var tokens = batches.Select(LoadedSentenceModel.TokenCounts).ToList();
        var read = tokens.Sum(t => t.Sum());
        var padded = tokens.Sum(t => t.Count * t.Max());
        var tokenising = Stopwatch.StartNew();
        foreach (var batch in batches)
        {
            LoadedSentenceModel.TokenCounts(batch);
        }
        await output.WriteLineAsync(
            Invariant(
                $"{batches.Count} questions of {Quotes + 1} sentences: {read / (double)batches.Count:0} word pieces a question, {padded / (double)batches.Count:0} once padded to the longest of its batch; tokenising {tokenising.Elapsed.TotalMilliseconds / batches.Count:0.00} ms a question"
            )
        );
        await output.WriteLineAsync();
        await output.WriteLineAsync(
            "| encoder | threads | load ms | first run ms | ms a question (p50 / p99 / max) | process CPU ms a question (mean) |"
        );
        await output.WriteLineAsync("|---|---:|---:|---:|---:|---:|");
        var same = true;
        foreach (var threads in threadCounts)
        {
            var (packageRow, packageVectors) = Measure(
                "package: one batch padded to its longest",
                threads,
                () => new PackageSentenceModel(threads),
                batches,
                cancellationToken
            );
            var (ownRow, ownVectors) = Measure(
                "NewsBot: each sentence at its own length",
                threads,
                () => new LoadedSentenceModel(LoadedSentenceModel.Options(threads)),
                batches,
                cancellationToken
            );
            await output.WriteLineAsync(packageRow);
            await output.WriteLineAsync(ownRow);
            same &= packageVectors
                .Zip(ownVectors)
                .All(p => p.First.Zip(p.Second).All(v => v.First.SequenceEqual(v.Second)));
        }
        await output.WriteLineAsync();
        await output.WriteLineAsync(
            same
                ? "Both encoders gave the same vectors, bit for bit."
                : "The encoders' vectors differ."
        );
        return same;
    }

    private static (string Row, List<float[][]> Vectors) Measure(
        string name,
        int threads,
        Func<ISentenceModel> load,
        List<string[]> batches,
        CancellationToken cancellationToken
    )
    {
        var clock = Stopwatch.StartNew();
        using var model = load();
        var loadMs = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        var vectors = new List<float[][]> { model.Encode(batches[0], cancellationToken) };
        var firstMs = clock.Elapsed.TotalMilliseconds;
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var timings = new List<double>();
        foreach (var batch in batches.Skip(1))
        {
            clock.Restart();
            vectors.Add(model.Encode(batch, cancellationToken));
            timings.Add(clock.Elapsed.TotalMilliseconds);
        }
        process.Refresh();
        var cpuMs = (process.TotalProcessorTime - cpu).TotalMilliseconds / timings.Count;
        var latency = LatencySummary.Of([.. timings]);
        return (
            Invariant(
                $"| {name} | {threads} | {loadMs:0} | {firstMs:0} | {latency.P50Ms:0.0} / {latency.P99Ms:0.0} / {latency.MaxMs:0.0} | {cpuMs:0.0} |"
            ),
            vectors
        );
    }

    /// <summary>The question and the quotes, as who-said gives them to the model, the same on every run.</summary>
    private List<string[]> Batches()
    {
        var quotes = Directory
            .EnumerateFiles(source, "*.txt")
            .Order(StringComparer.Ordinal)
            .SelectMany(file =>
                Quoted()
                    .Matches(File.ReadAllText(file).ReplaceLineEndings(" "))
                    .Select(m => m.Groups[1].Value.Trim())
            )
            .Where(q =>
                q.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= QuoteMeaning.MinWords
            )
            .ToList();
        if (quotes.Count < Quotes)
        {
            throw new InvalidOperationException($"'{source}' holds fewer than {Quotes} quotes.");
        }
        var batches = new List<string[]>();
        for (var i = 0; i < questions + 1; i++)
        {
            var random = DeterministicRandom.For(SyntheticCorpus.DefaultSeed, i, stream: 7);
            var picked = Enumerable
                .Range(0, Quotes)
                .Select(_ => quotes[random.Next(quotes.Count)])
                .ToList();
            var words = picked[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var length = Math.Min(words.Length, 6 + random.Next(9));
            var start = random.Next(words.Length - length + 1);
            var question = string.Join(' ', words.Skip(start).Take(length));
            batches.Add([.. new[] { question }.Concat(picked).Select(QuoteMeaning.Opening)]);
        }
        return batches;
    }

    private static string Invariant(FormattableString text) =>
        text.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex("[\"\u201C]([^\"\u201C\u201D]{12,800})[\"\u201D]")]
    private static partial Regex Quoted();
}
