using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Core.Answers;
using NewsBot.Core.Indexing;
using NewsBot.Core.Meaning;
using NewsBot.QuoteProbe;

// newsbot-quote-probe [--articles DIR] [--count N] [--seed N] [--details]
// Indexes the folder in a temporary index, asks /who-said with each fragment and prints how it answered.
var options = ProbeOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(
        "usage: newsbot-quote-probe [--articles DIR] [--count N] [--words N] [--seed N] [--details]"
    );
    return 2;
}
var folder = Path.GetFullPath(options.Articles);
if (!Directory.Exists(folder))
{
    Console.Error.WriteLine($"Articles folder '{folder}' does not exist.");
    return 2;
}
var index = Path.Combine(Path.GetTempPath(), "newsbot-quote-probe-" + Guid.NewGuid().ToString("N"));
try
{
    using var store = new IndexStore(new IndexOptions(folder, index));
    var report = await store.EnsureReadyAsync();
    // As the bot answers: with the sentence model re-ranking questions no quote matches word for word.
    using var meaning = new MiniLmSentenceEmbedder(NullLogger<MiniLmSentenceEmbedder>.Instance);
    var answers = new AnswerService(store, meaning);
    var fragments = QuoteFragments.Draw(folder, options.Count, options.Words, options.Seed);
    var texts = new Dictionary<string, SourceText>(StringComparer.Ordinal);
    SourceText TextOf(string file) =>
        texts.TryGetValue(file, out var text)
            ? text
            : texts[file] = SourceText.Read(Path.Combine(folder, file));

    var tally = new ProbeTally();
    foreach (var fragment in fragments)
    {
        var answer = await answers.WhoSaidAsync(fragment.Words);
        var outcome = ProbeOutcome.Of(fragment, answer, TextOf);
        tally.Add(outcome);
        if (options.Details)
        {
            Console.WriteLine(outcome.Describe(fragment, answer));
        }
    }
    Console.WriteLine(
        $"Articles: {report.Articles} indexed, {report.Skipped.Count} skipped; {fragments.Count} fragments of {options.Words} words, seed {options.Seed}."
    );
    Console.WriteLine(tally.ToMarkdown());
    return 0;
}
finally
{
    if (Directory.Exists(index))
    {
        Directory.Delete(index, recursive: true);
    }
}
