using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NewsBot.Hosting;

namespace NewsBot.Bench;

/// <summary>
/// <c>newsbot-bench --sizes 1000,10000,100000 --out docs/benchmarks.json</c>: indexing throughput
/// against bare Lucene.Net, query latency, cold start, memory, index size and a burst of slash commands
/// through the loopback Discord emulator, on synthetic corpora.
/// The hidden <c>size</c> command is the child process that measures one size.
/// </summary>
public static class BenchCommand
{
    public const int DefaultInteractions = 200;

    public static RootCommand Create(TextWriter output, TextWriter error)
    {
        var sizes = new Option<string>("--sizes")
        {
            Description = "Corpus sizes in articles, comma-separated",
            DefaultValueFactory = _ => "1000,10000,100000",
        };
        var outFile = new Option<string>("--out")
        {
            Description = "The JSON report",
            DefaultValueFactory = _ => "docs/benchmarks.json",
        };
        var markdown = new Option<string?>("--markdown")
        {
            Description = "The Markdown report (default: BENCHMARKS.md beside --out)",
        };
        var work = new Option<string?>("--work")
        {
            Description =
                "Folder for the generated corpora and indexes (default: a temporary folder)",
        };
        var corpus = new Option<string>("--corpus")
        {
            Description =
                "real: paragraphs, people and numbers of the real articles in --source; seeds: the seed articles' paragraphs with invented people and figures",
            DefaultValueFactory = _ => BenchCorpus.Real,
        };
        corpus.AcceptOnlyFromAmong(BenchCorpus.Real, BenchCorpus.Seeds);
        var source = new Option<string?>("--source")
        {
            Description =
                $"The real articles of --corpus real (default: {BenchCorpus.DefaultSource} beside the repository)",
        };
        var seeds = new Option<string?>("--seeds")
        {
            Description =
                "The seed articles to recombine for --corpus seeds (default: the bundled seeds)",
        };
        var queries = new Option<int>("--queries")
        {
            Description = "Questions per command",
            DefaultValueFactory = _ => 1000,
        };
        var seed = new Option<int>("--seed")
        {
            Description = "Random seed of the corpus and the questions",
            DefaultValueFactory = _ => SyntheticCorpus.DefaultSeed,
        };
        var coldRuns = new Option<int>("--cold-runs")
        {
            Description = "Cold starts per size (the median is reported)",
            DefaultValueFactory = _ => 3,
        };
        var keep = new Option<bool>("--keep")
        {
            Description = "Keep the generated corpora and indexes",
        };
        var interactions = new Option<int>("--interactions")
        {
            Description =
                "Slash commands sent per size in a one-second burst through the loopback Discord emulator (0 skips them)",
            DefaultValueFactory = _ => DefaultInteractions,
        };
        var command = new RootCommand(
            "Measure indexing throughput, query latency, cold start, memory and a burst of slash commands through a loopback Discord on generated corpora"
        )
        {
            sizes,
            outFile,
            markdown,
            work,
            corpus,
            source,
            seeds,
            queries,
            seed,
            coldRuns,
            keep,
            interactions,
        };
        command.Subcommands.Add(SizeCommand(error));
        command.Subcommands.Add(CombineCommand(output, error));
        command.Subcommands.Add(MeaningCommand(output, error));
        command.SetAction(
            async (parse, cancellationToken) =>
            {
                if (
                    !TryParseSizes(parse.GetValue(sizes)!, out var parsed)
                    || parse.GetValue(queries) < 1
                    || parse.GetValue(interactions) < 0
                )
                {
                    await error.WriteLineAsync(
                        "newsbot-bench: --sizes takes positive whole numbers (1000,10000), --queries a positive number and --interactions a number from 0."
                    );
                    return 1;
                }
                var outPath = parse.GetValue(outFile)!;
                var temporaryWork = parse.GetValue(work) is null;
                var workPath =
                    parse.GetValue(work)
                    ?? Path.Combine(
                        Path.GetTempPath(),
                        "newsbot-bench",
                        Guid.NewGuid().ToString("N")
                    );
                var settings = new BenchSettings(
                    parsed,
                    outPath,
                    parse.GetValue(markdown)
                        ?? Path.Combine(Path.GetDirectoryName(outPath) ?? "", "BENCHMARKS.md"),
                    workPath,
                    parse.GetValue(seeds) ?? PathResolver.Articles("seeds", isDefault: true),
                    parse.GetValue(queries),
                    parse.GetValue(seed),
                    parse.GetValue(coldRuns),
                    parse.GetValue(keep),
                    CommandText(
                        parse.GetValue(sizes)!,
                        parse.GetValue(queries),
                        outPath,
                        parse.GetValue(seed),
                        parse.GetValue(interactions),
                        parse.GetValue(corpus)!
                    ),
                    parse.GetValue(interactions),
                    parse.GetValue(corpus)!,
                    parse.GetValue(source)
                        ?? PathResolver.Articles(BenchCorpus.DefaultSource, isDefault: true)
                );
                try
                {
                    var report = await new BenchRunner(settings, error).RunAsync(cancellationToken);
                    await output.WriteLineAsync(
                        $"Wrote {settings.Out} and {settings.Markdown} ({report.Sizes.Count} sizes)."
                    );
                    return 0;
                }
                catch (Exception e)
                    when (e
                            is InvalidOperationException
                                or IOException
                                or UnauthorizedAccessException
                    )
                {
                    await error.WriteLineAsync($"newsbot-bench: {e.Message}");
                    return 2;
                }
                finally
                {
                    if (temporaryWork && !settings.Keep && Directory.Exists(workPath))
                    {
                        Directory.Delete(workPath, recursive: true);
                    }
                }
            }
        );
        return command;
    }

    private static Command SizeCommand(TextWriter error)
    {
        var articles = new Option<string>("--articles") { Required = true };
        var index = new Option<string>("--index") { Required = true };
        var warmup = new Option<string>("--warmup-articles") { Required = true };
        var queriesFile = new Option<string>("--queries-file") { Required = true };
        var outFile = new Option<string>("--out") { Required = true };
        var interactions = new Option<int>("--interactions");
        var command = new Command(
            "size",
            "Measure one corpus size (run by newsbot-bench in a child process)"
        )
        {
            Hidden = true,
        };
        command.Options.Add(articles);
        command.Options.Add(index);
        command.Options.Add(warmup);
        command.Options.Add(queriesFile);
        command.Options.Add(outFile);
        command.Options.Add(interactions);
        command.SetAction(
            async (parse, cancellationToken) =>
            {
                try
                {
                    var queries = JsonSerializer.Deserialize(
                        await File.ReadAllTextAsync(
                            parse.GetValue(queriesFile)!,
                            cancellationToken
                        ),
                        BenchJsonContext.Default.BenchQueries
                    )!;
                    var run = new BenchSizeRun(
                        parse.GetValue(articles)!,
                        parse.GetValue(index)!,
                        parse.GetValue(warmup)!,
                        queries,
                        warmupQueries: 100,
                        parse.GetValue(interactions)
                    );
                    var measurement = await run.RunAsync(cancellationToken);
                    await File.WriteAllTextAsync(
                        parse.GetValue(outFile)!,
                        JsonSerializer.Serialize(
                            measurement,
                            BenchJsonContext.Default.BenchSizeMeasurement
                        ),
                        cancellationToken
                    );
                    return 0;
                }
                catch (Exception e)
                    when (e
                            is Core.NewsBotException
                                or IOException
                                or JsonException
                                or InvalidOperationException
                    )
                {
                    await error.WriteLineAsync($"newsbot-bench size: {e.Message}");
                    return 2;
                }
            }
        );
        return command;
    }

    /// <summary>
    /// <c>newsbot-bench combine seeds.json real.json --out docs/benchmarks.json</c>: the reports of runs
    /// over different corpora, side by side in one JSON file and one Markdown page.
    /// </summary>
    private static Command CombineCommand(TextWriter output, TextWriter error)
    {
        var reports = new Argument<string[]>("reports")
        {
            Description = "The JSON reports of single runs, in the order to show them",
            Arity = ArgumentArity.OneOrMore,
        };
        var outFile = new Option<string>("--out")
        {
            Description = "The combined JSON report",
            DefaultValueFactory = _ => "docs/benchmarks.json",
        };
        var markdown = new Option<string?>("--markdown")
        {
            Description = "The Markdown report (default: BENCHMARKS.md beside --out)",
        };
        var command = new Command(
            "combine",
            "Put the reports of runs over different corpora side by side"
        )
        {
            reports,
            outFile,
            markdown,
        };
        command.SetAction(
            async (parse, cancellationToken) =>
            {
                var outPath = parse.GetValue(outFile)!;
                var markdownPath =
                    parse.GetValue(markdown)
                    ?? Path.Combine(Path.GetDirectoryName(outPath) ?? "", "BENCHMARKS.md");
                try
                {
                    var runs = new List<BenchReport>();
                    foreach (var path in parse.GetValue(reports)!)
                    {
                        runs.Add(
                            JsonSerializer.Deserialize(
                                await File.ReadAllTextAsync(path, cancellationToken),
                                BenchJsonContext.Default.BenchReport
                            ) ?? throw new JsonException($"'{path}' holds no report.")
                        );
                    }
                    var combined = new BenchRuns(runs);
                    await File.WriteAllTextAsync(
                        outPath,
                        JsonSerializer.Serialize(combined, BenchJsonContext.Default.BenchRuns)
                            + "\n",
                        cancellationToken
                    );
                    await File.WriteAllTextAsync(
                        markdownPath,
                        BenchMarkdown.Render(runs),
                        cancellationToken
                    );
                    await output.WriteLineAsync(
                        $"Wrote {outPath} and {markdownPath} ({runs.Count} runs)."
                    );
                    return 0;
                }
                catch (Exception e)
                    when (e is IOException or JsonException or UnauthorizedAccessException)
                {
                    await error.WriteLineAsync($"newsbot-bench combine: {e.Message}");
                    return 2;
                }
            }
        );
        return command;
    }

    private static Command MeaningCommand(TextWriter output, TextWriter error)
    {
        var source = new Option<string?>("--source")
        {
            Description =
                $"The real articles whose quotes are encoded (default: {BenchCorpus.DefaultSource} beside the repository)",
        };
        var questions = new Option<int>("--questions")
        {
            Description = "Questions encoded by each encoder, after a first one",
            DefaultValueFactory = _ => 60,
        };
        var threads = new Option<string>("--threads")
        {
            Description = "ONNX Runtime threads inside one run, comma-separated",
            DefaultValueFactory = _ => "1,2",
        };
        var command = new Command(
            "meaning",
            "Where a who-said question re-ranked by meaning spends its time: the package's encoder against NewsBot's"
        )
        {
            source,
            questions,
            threads,
        };
        command.SetAction(
            async (parse, cancellationToken) =>
            {
                if (
                    !TryParseSizes(parse.GetValue(threads)!, out var threadCounts)
                    || parse.GetValue(questions) < 1
                )
                {
                    await error.WriteLineAsync(
                        "newsbot-bench meaning: --threads takes positive whole numbers (1,2) and --questions a positive number."
                    );
                    return 1;
                }
                try
                {
                    var same = await new SentenceModelCostRun(
                        parse.GetValue(source)
                            ?? PathResolver.Articles(BenchCorpus.DefaultSource, isDefault: true),
                        parse.GetValue(questions),
                        threadCounts,
                        output
                    ).RunAsync(cancellationToken);
                    return same ? 0 : 2;
                }
                catch (Exception e)
                    when (e
                            is InvalidOperationException
                                or IOException
                                or UnauthorizedAccessException
                    )
                {
                    await error.WriteLineAsync($"newsbot-bench meaning: {e.Message}");
                    return 2;
                }
            }
        );
        return command;
    }

    private static bool TryParseSizes(string text, out IReadOnlyList<int> sizes)
    {
        var parts = text.Split(
            ',',
            StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries
        );
        var parsed = new List<int>();
        foreach (var part in parts)
        {
            if (
                !int.TryParse(
                    part.Replace("_", "", StringComparison.Ordinal),
                    NumberStyles.None,
                    CultureInfo.InvariantCulture,
                    out var n
                )
                || n < 1
            )
            {
                sizes = [];
                return false;
            }
            parsed.Add(n);
        }
        sizes = parsed;
        return parsed.Count > 0;
    }

    private static string CommandText(
        string sizes,
        int queries,
        string outPath,
        int seed,
        int interactions,
        string corpus
    ) =>
        $"newsbot-bench --corpus {corpus} --sizes {sizes} --queries {queries} --out {outPath}"
        + (seed == SyntheticCorpus.DefaultSeed ? "" : $" --seed {seed}")
        + (interactions == DefaultInteractions ? "" : $" --interactions {interactions}");
}
