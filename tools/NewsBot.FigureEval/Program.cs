using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Core.Answers;
using NewsBot.Core.Indexing;
using NewsBot.Core.Meaning;
using NewsBot.FigureEval;
using NewsBot.Tools;

// newsbot-figure-eval [--gold DIR] [--corpus DIR] [--split dev|test|all] [--words-only] [--misses]
// Indexes the gold's 50 articles together (Gold/articles.tsv) in a temporary index and asks every /figure question
// of Gold/dev.jsonl and Gold/test.jsonl as the bot does, with the sentence model unless --words-only.
// --misses lists the dev split's wrong answers; the test split is only ever counted.
var gold = Path.Combine(AppContext.BaseDirectory, "Gold");
var corpus = GoldCorpus.DefaultFolder();
var split = "all";
var wordsOnly = false;
var misses = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--gold" when i + 1 < args.Length:
            gold = args[++i];
            break;
        case "--corpus" when i + 1 < args.Length:
            corpus = args[++i];
            break;
        case "--split" when i + 1 < args.Length && args[i + 1] is "dev" or "test" or "all":
            split = args[++i];
            break;
        case "--words-only":
            wordsOnly = true;
            break;
        case "--misses":
            misses = true;
            break;
        default:
            Console.Error.WriteLine(
                "usage: newsbot-figure-eval [--gold DIR] [--corpus DIR] [--split dev|test|all] [--words-only] [--misses]"
            );
            return 2;
    }
}

var files = File.ReadLines(Path.Combine(gold, "articles.tsv"))
    .Skip(1)
    .Select(l => l.Split('\t')[0])
    .Where(f => f.Length > 0)
    .ToList();
var work = Path.Combine(Path.GetTempPath(), "newsbot-figure-eval-" + Guid.NewGuid().ToString("N"));
try
{
    var articles = Path.Combine(work, "articles");
    Directory.CreateDirectory(articles);
    foreach (var file in files)
    {
        File.Copy(Path.Combine(corpus, file), Path.Combine(articles, file));
    }
    using var store = new IndexStore(new IndexOptions(articles, Path.Combine(work, "index")));
    await store.EnsureReadyAsync();
    using var meaning = new MiniLmSentenceEmbedder(NullLogger<MiniLmSentenceEmbedder>.Instance);
    var answers = new AnswerService(store, wordsOnly ? null : meaning);
    var cases = GoldCase.Load(gold).Where(c => split == "all" || c.Split == split).ToList();
    var outcomes = new List<CaseOutcome>();
    foreach (var gc in cases)
    {
        outcomes.Add(CaseOutcome.Of(gc, await answers.FigureAsync(gc.Query)));
    }
    Console.WriteLine(
        $"{files.Count} articles indexed together; {cases.Count} questions; {(wordsOnly ? "words only" : "words and meaning")}."
    );
    foreach (var name in new[] { "dev", "test" })
    {
        var of = outcomes.Where(o => o.Case.Split == name).ToList();
        if (of.Count > 0)
        {
            Console.WriteLine(new FigureTally(name, of).ToMarkdown());
        }
    }
    if (misses)
    {
        Console.WriteLine("### dev misses");
        foreach (var outcome in outcomes.Where(o => o.Case.Split == "dev" && !o.Right))
        {
            Console.WriteLine(outcome.Describe());
        }
    }
    return 0;
}
finally
{
    if (Directory.Exists(work))
    {
        Directory.Delete(work, recursive: true);
    }
}
