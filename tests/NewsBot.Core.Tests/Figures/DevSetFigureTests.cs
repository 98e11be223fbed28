using System.Text.Json;
using NewsBot.Core.Answers;
using Xunit.Abstractions;

namespace NewsBot.Core.Tests.Figures;

/// <summary>
/// The figure, compare and figure-negative cases of the public dev set (../shared/eval/dev.jsonl), scored
/// the way the evaluation scores them: every figure of the five seeds is a candidate for every question.
/// </summary>
public sealed class DevSetFigureTests(SeedFigures seeds, ITestOutputHelper output)
    : IClassFixture<SeedFigures>
{
    private readonly FigureRanker _ranker = new();
    private readonly FigureComparer _comparer = new();

    [Fact]
    public void Every_figure_and_compare_case_of_the_dev_set_hits()
    {
        var figures = seeds.All;
        var cases = File.ReadAllLines(
                Path.Combine(AppContext.BaseDirectory, "TestData", "dev.jsonl")
            )
            .Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Where(c => c.GetProperty("command").GetString() is "figure" or "compare")
            .ToList();
        var misses = new List<string>();
        foreach (var c in cases)
        {
            var id = c.GetProperty("id").GetString()!;
            var args = c.GetProperty("args");
            var expect = c.GetProperty("expect");
            string verdict;
            if (c.GetProperty("command").GetString() == "figure")
            {
                var answer = _ranker.Rank(args.GetProperty("query").GetString()!, figures);
                var top = answer.Results.FirstOrDefault();
                verdict =
                    expect.TryGetProperty("none", out _)
                        ? (top is null || top.Confidence < 0.3 ? "hit" : "miss")
                    : Hits(top, expect) ? "hit"
                    : "miss";
                output.WriteLine(
                    $"{id}: {verdict} — {Describe(top ?? answer.Closest)}{(top is null ? " (closest)" : "")}"
                );
            }
            else
            {
                var a = _ranker
                    .Rank(args.GetProperty("a").GetString()!, figures)
                    .Results.FirstOrDefault();
                var b = _ranker
                    .Rank(args.GetProperty("b").GetString()!, figures)
                    .Results.FirstOrDefault();
                var compared = _comparer.Compare(a, b);
                verdict =
                    ValueHits(a, expect.GetProperty("a")) && ValueHits(b, expect.GetProperty("b"))
                        ? "hit"
                        : "miss";
                output.WriteLine(
                    $"{id}: {verdict} — a {Describe(a)}; b {Describe(b)}; difference {compared.Difference}, ratio {compared.Ratio}"
                );
            }
            if (verdict != "hit")
            {
                misses.Add(id);
            }
        }
        output.WriteLine(
            $"score: {(double)(cases.Count - misses.Count) / cases.Count:0.00} ({cases.Count - misses.Count}/{cases.Count})"
        );
        Assert.Empty(misses);
    }

    [Fact]
    public void Compares_monthly_losses_with_monthly_recruitment_as_two_ranges_with_their_sources()
    {
        var killed = _ranker.Rank("Russian soldiers killed per month", seeds.All).Results[0];
        var recruited = _ranker.Rank("new soldiers recruited per month", seeds.All).Results[0];

        var answer = _comparer.Compare(killed, recruited);

        Assert.Equal((20_000, 25_000), (killed.Low, killed.High));
        Assert.Equal((30_000, 36_000), (recruited.Low, recruited.High));
        Assert.Contains(killed.Sources, s => s.File == "002_5ef127697d2cc7cc.txt");
        Assert.Contains(recruited.Sources, s => s.File == "002_5ef127697d2cc7cc.txt");
        Assert.True(answer.Comparable);
        Assert.Equal(-10_500, answer.Difference);
        Assert.Equal(0.6818, answer.Ratio);
    }

    [Theory]
    [InlineData("number of NATO troops stationed in Poland")]
    [InlineData("What is Russia's defense budget?")]
    [InlineData("How many people attended the Munich Security Conference?")]
    [InlineData("How many members does NATO have?")]
    [InlineData("How many drones did Russia launch?")]
    public void Answers_nothing_when_the_seeds_have_no_such_number(string query)
    {
        var answer = _ranker.Rank(query, seeds.All);

        Assert.Empty(answer.Results);
    }

    private static bool Hits(FigureResult? top, JsonElement expect)
    {
        if (top is null || !ValueHits(top, expect))
        {
            return false;
        }
        var files = top.Sources.Select(s => s.File).ToHashSet();
        var expected = Strings(expect, "sources");
        var alsoOk = Strings(expect, "alsoOk");
        return expected.All(files.Contains) || (alsoOk.Count > 0 && alsoOk.Any(files.Contains));
    }

    private static bool ValueHits(FigureResult? top, JsonElement expect)
    {
        if (top is null || top.Confidence < 0.3)
        {
            return false;
        }
        var signFree = expect.TryGetProperty("signFree", out var sf) && sf.GetBoolean();
        if (expect.TryGetProperty("low", out var low))
        {
            return Near(top.Low, low.GetDouble(), signFree)
                && Near(top.High, expect.GetProperty("high").GetDouble(), signFree);
        }
        return Near(top.Value, expect.GetProperty("value").GetDouble(), signFree);
    }

    private static bool Near(double? actual, double expected, bool signFree)
    {
        if (actual is null)
        {
            return false;
        }
        var value = signFree ? Math.Abs(actual.Value) : actual.Value;
        return Math.Abs(value - (signFree ? Math.Abs(expected) : expected))
            <= Math.Abs(expected) * 0.005;
    }

    private static List<string> Strings(JsonElement expect, string name) =>
        expect.TryGetProperty(name, out var list)
            ? list.EnumerateArray().Select(e => e.GetString()!).ToList()
            : [];

    private static string Describe(FigureResult? r) =>
        r is null
            ? "nothing"
            : $"{r.Text} = {r.Value} {r.Unit} ({r.Measure}; {r.Period}; {r.ClaimedBy}) conf {r.Confidence:0.00} from {string.Join(", ", r.Sources.Select(s => $"{s.File[..3]}:{s.Line}"))}";
}
