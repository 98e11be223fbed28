using System.Globalization;
using NewsBot.Core.Answers;

namespace NewsBot.FigureEval;

/// <summary>One split's figures: top figure right, questions without an answer declined, precision per confidence band.</summary>
internal sealed class FigureTally(string split, IReadOnlyList<CaseOutcome> outcomes)
{
    private static readonly (double From, double To, string Name)[] Bands =
    [
        (FigureRanker.MinConfidence, FigureRanker.SureConfidence, "0.40–0.59 (close match)"),
        (FigureRanker.SureConfidence, 0.8, "0.60–0.79"),
        (0.8, 1.01, "0.80–1.00"),
    ];

    public string ToMarkdown()
    {
        var figures = outcomes.Where(o => !o.Case.None).ToList();
        var absent = outcomes.Where(o => o.Case.None).ToList();
        var lines = new List<string>
        {
            $"## {split}: {figures.Count} questions with a figure, {absent.Count} without",
            "",
            $"- top figure right: {Ratio(figures.Count(o => o.Right), figures.Count)}"
                + $" (declined with the right figure as the closest: {figures.Count(o => o.RightButDeclined)};"
                + $" declined: {figures.Count(o => !o.Answered)}; wrong figure: {figures.Count(o => o.Answered && !o.Right)})",
            $"- not there, declined: {Ratio(absent.Count(o => o.Right), absent.Count)}",
            "",
            "| confidence | answers | right | precision |",
            "|---|---:|---:|---:|",
        };
        foreach (var (from, to, name) in Bands)
        {
            var band = outcomes
                .Where(o => o.Top is { } top && top.Confidence >= from && top.Confidence < to)
                .ToList();
            var right = band.Count(o => o.Right);
            lines.Add(
                $"| {name} | {band.Count} | {right} | {(band.Count == 0 ? "–" : (right / (double)band.Count).ToString("0.00", CultureInfo.InvariantCulture))} |"
            );
        }
        return string.Join(Environment.NewLine, lines) + Environment.NewLine;
    }

    private static string Ratio(int right, int total) =>
        total == 0
            ? "–"
            : $"{right} / {total} ({(100.0 * right / total).ToString("0.0", CultureInfo.InvariantCulture)}%)";
}
