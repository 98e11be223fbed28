using NewsBot.AttributionEval;
using NewsBot.Core.Articles;
using NewsBot.Core.Quotes;
using NewsBot.Core.Text;
using NewsBot.Tools;

// newsbot-attribution-eval [--gold DIR] [--corpus DIR] [--misses]
// Scores the speaker of every annotated quotation of the gold, per split, and each sieve pattern's precision.
// --misses lists the dev split's wrong answers; the test split is only ever counted.
var gold = Path.Combine(AppContext.BaseDirectory, "Gold");
var corpus = GoldCorpus.DefaultFolder();
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
        case "--misses":
            misses = true;
            break;
        default:
            Console.Error.WriteLine(
                "usage: newsbot-attribution-eval [--gold DIR] [--corpus DIR] [--misses]"
            );
            return 2;
    }
}

var extractor = new QuoteExtractor();
var judged = new List<JudgedQuote>();
foreach (var article in GoldArticle.Load(gold))
{
    var path = Path.Combine(corpus, article.File);
    var parsed = ArticleParser.Parse(article.File, File.ReadAllText(path));
    var extracted = extractor.Read(new ArticleText(parsed)).Attributed;
    foreach (var quote in article.Quotes.Where(q => q.IsQuote))
    {
        var (match, sameLine) = QuoteMatcher.Find(quote, extracted);
        var predicted = match?.Quote.Speaker?.Name;
        var sieve = match?.Speaker is { } a ? $"{a.Pattern} / {a.Rule}" : "none";
        judged.Add(
            new JudgedQuote(
                article,
                quote,
                match is not null,
                sameLine,
                predicted,
                sieve,
                match is not null && SpeakerJudge.IsRight(quote, predicted)
            )
        );
    }
}

foreach (var split in new[] { "dev", "test" })
{
    Console.WriteLine(
        new AttributionTally(
            split,
            judged.Where(j => j.Article.Split == split).ToList()
        ).ToMarkdown()
    );
}
if (misses)
{
    Console.WriteLine("### dev misses");
    foreach (var j in judged.Where(j => j.Article.Split == "dev" && !j.Right))
    {
        Console.WriteLine(
            $"{j.Article.File}:{j.Gold.Line} [{j.Sieve}] gold={j.Gold.Speaker} ({j.Gold.SpeakerType}) got={j.Predicted ?? (j.Found ? "nobody" : "quote not found")} :: {j.Gold.Quote}"
        );
    }
}
return 0;
