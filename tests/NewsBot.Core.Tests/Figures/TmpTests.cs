using NewsBot.Core.Figures;
using Xunit.Abstractions;
namespace NewsBot.Core.Tests.Figures;
public sealed class TmpTests(ITestOutputHelper output)
{
    [Fact]
    public void Tmp()
    {
        var all = new SeedFigures().All;
        foreach (var q in File.ReadAllLines("/tmp/probe.txt"))
        {
            var a = new FigureRanker().Rank(q, all);
            foreach (var c in a.Results.Append(a.Closest).OfType<NewsBot.Core.Answers.FigureResult>())
                output.WriteLine($"{q} => {c?.Text} {c?.Unit} [{c?.Measure}; {c?.Period}; {c?.ClaimedBy}] {c?.Confidence:0.00} {string.Join(",", c?.Sources.Select(s => s.File[..3] + ":" + s.Line) ?? [])}");
        }
    }
}
