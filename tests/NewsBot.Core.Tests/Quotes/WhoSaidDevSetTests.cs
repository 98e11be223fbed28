using System.Text.Json;
using NewsBot.Core.Answers;
using NewsBot.Core.Quotes;
using Xunit.Abstractions;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>The who-said cases of the public dev set (TestData/dev.jsonl, a copy of ../shared/eval/dev.jsonl) over the five seeds.</summary>
public sealed class WhoSaidDevSetTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_who_said_case_of_the_dev_set_names_the_speaker_and_every_source()
    {
        var quotes = TestArticles.Seeds().SelectMany(new QuoteExtractor().Extract).ToList();
        var people = PersonDirectory.Build(quotes.Select(q => q.Speaker).OfType<Person>());
        var ranker = new WhoSaidRanker();
        var cases = File.ReadAllLines(
                Path.Combine(AppContext.BaseDirectory, "TestData", "dev.jsonl")
            )
            .Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Where(c => c.GetProperty("command").GetString() == "who-said")
            .ToList();
        var misses = new List<string>();

        foreach (var c in cases)
        {
            var id = c.GetProperty("id").GetString()!;
            var answer = ranker.Rank(
                c.GetProperty("args").GetProperty("quote").GetString()!,
                quotes,
                people
            );
            var hit = IsHit(c.GetProperty("expect"), answer);
            output.WriteLine($"{id}: {(hit ? "hit " : "MISS")} {Describe(answer)}");
            if (!hit)
            {
                misses.Add(id);
            }
        }

        output.WriteLine($"score: {cases.Count - misses.Count}/{cases.Count}");
        Assert.Empty(misses);
    }

    [Fact]
    public void Lists_sikorskis_quotes_of_both_spellings_each_named_as_its_article_writes_the_name()
    {
        var quotes = TestArticles.Seeds().SelectMany(new QuoteExtractor().Extract).ToList();
        var people = PersonDirectory.Build(quotes.Select(q => q.Speaker).OfType<Person>());

        var answer = new WhoSaidRanker().RankBySpeaker("sikorski", null, quotes, people);

        Assert.NotEmpty(answer.Results);
        Assert.All(
            answer.Results,
            r =>
                Assert.Equal(
                    r.Sources[0].File.StartsWith("001", StringComparison.Ordinal)
                        ? "Radostaw Sikorski"
                        : "Radosław Sikorski",
                    r.Speaker!.Name
                )
        );
        var files = answer
            .Results.SelectMany(r => r.Sources)
            .Select(s => s.File[..3])
            .Distinct()
            .Order();
        Assert.Equal(["001", "003"], files);
        foreach (var r in answer.Results)
        {
            output.WriteLine(
                $"{r.Speaker?.Name} ({r.Speaker?.Role}) [{string.Join(", ", r.Sources.Select(s => $"{s.File}:{s.Line}"))}] «{r.Quote}»"
            );
        }
    }

    private static bool IsHit(JsonElement expect, QuoteAnswer answer)
    {
        if (expect.TryGetProperty("none", out var none) && none.GetBoolean())
        {
            return answer.Results.Count == 0;
        }
        if (answer.Results.Count == 0)
        {
            return false;
        }
        var top = answer.Results[0];
        var surname = PersonDirectory.NameKey(expect.GetProperty("speaker").GetString()!);
        var files = top.Sources.Select(s => s.File).ToHashSet();
        var expected = expect
            .GetProperty("sources")
            .EnumerateArray()
            .Select(e => e.GetString()!)
            .ToList();
        var alsoOk = expect.TryGetProperty("alsoOk", out var ok)
            ? ok.EnumerateArray().Select(e => e.GetString()!).ToList()
            : [];
        var sourcesOk = expected.All(files.Contains) || alsoOk.Any(files.Contains);
        return PersonDirectory
                .NameKey(top.Speaker?.Name ?? "")
                .EndsWith(surname, StringComparison.Ordinal) && sourcesOk;
    }

    private static string Describe(QuoteAnswer answer)
    {
        var r = answer.Results.FirstOrDefault();
        if (r is null)
        {
            return answer.Closest is null
                ? "no result"
                : $"no result; closest {answer.Closest.Speaker?.Name} {answer.Closest.Confidence:0.00} «{answer.Closest.Quote}»";
        }
        var sources = string.Join(", ", r.Sources.Select(s => $"{s.File[..3]}:{s.Line}"));
        return $"{r.Speaker?.Name} ({r.Speaker?.Role}) {r.Confidence:0.00} [{sources}] «{r.Quote}»";
    }
}
