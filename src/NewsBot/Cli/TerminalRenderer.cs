using System.Globalization;
using System.Text;
using NewsBot.Core.Answers;
using NewsBot.Core.Articles;
using NewsBot.Core.Gaps;
using NewsBot.Core.Indexing;

namespace NewsBot.Cli;

/// <summary>
/// Readable terminal text for every answer: the passage first, then <c>file:line</c> and the confidence;
/// a result that is only a close match says so on that line.
/// </summary>
public static class TerminalRenderer
{
    public static string Render(object answer) =>
        answer switch
        {
            QuoteAnswer a => Quotes(a),
            FigureAnswer a => Figures(a),
            CompareAnswer a => Compare(a),
            SearchAnswer a => Search(a),
            SourcesAnswer a => Sources(a),
            IndexReport r => Report(r),
            CoverageGapsAnswer g => Gaps(g),
            _ => answer.ToString() ?? "",
        };

    public static string Report(IndexReport r)
    {
        var text = new StringBuilder();
        text.AppendLine(
            r.Reused
                ? $"Index is up to date: {r.Articles} articles, {r.Passages} passages, {r.Quotes} quotes, {r.Figures} figures."
                : $"Indexed {r.Articles} articles ({r.Added} added, {r.Changed} changed, {r.Removed} removed, {r.Skipped.Count} skipped): "
                    + $"{r.Passages} passages, {r.Quotes} quotes, {r.Figures} figures in {r.Elapsed.TotalSeconds:F1} s."
        );
        foreach (var skipped in r.Skipped)
        {
            text.AppendLine($"  skipped {skipped.File}: {skipped.Reason}");
        }
        foreach (var warning in r.Warnings)
        {
            text.AppendLine($"  warning {warning.File}: {warning.Reason}");
        }
        return text.ToString().TrimEnd();
    }

    private static string Quotes(QuoteAnswer answer)
    {
        if (answer is { Results.Count: 0, DidYouMean: { Count: > 0 } names })
        {
            return $"The coverage quotes nobody of that name. Did you mean {string.Join(" or ", names)}?";
        }
        if (answer.Results.Count == 0)
        {
            return NoAnswer(
                "The coverage has no such quote.",
                answer.Closest is { } c ? $"“{c.Quote}” — {SpeakerOf(c)}\n{Cite(c.Sources)}" : null
            );
        }
        var text = new StringBuilder();
        foreach (var r in answer.Results)
        {
            var role = string.IsNullOrEmpty(r.Speaker?.Role) ? "" : $", {r.Speaker.Role}";
            text.AppendLine(
                $"{(r.Reported ? "" : "“")}{r.Quote}{(r.Reported ? " (reported)" : "”")}"
            );
            text.AppendLine($"  — {SpeakerOf(r)}{role}");
            text.AppendLine($"  {r.Passage}");
            text.AppendLine($"  {Cite(r.Sources)}   {Confidence(r.Confidence, r.CloseMatch)}");
            text.AppendLine();
        }
        return text.ToString().TrimEnd();
    }

    /// <summary>The speaker's name (quoting, when the words are someone else's), or why there is none: the words are in the coverage all the same.</summary>
    private static string SpeakerOf(QuoteResult result) =>
        result.Speaker is { } speaker
            ? speaker.Name + (result.Quoting ? " (quoting)" : "")
            : $"({result.SpeakerReason ?? QuoteResult.SpeakerNotNamed})";

    private static string Figures(FigureAnswer answer)
    {
        if (answer.Results.Count == 0)
        {
            return NoAnswer(
                "The coverage gives no such figure.",
                answer.Closest is { } c ? $"{Figure(c)}\n{Cite(c.Sources)}" : null
            );
        }
        var text = new StringBuilder();
        foreach (var r in answer.Results)
        {
            text.AppendLine(Figure(r));
            text.AppendLine($"  {r.Passage}");
            text.AppendLine($"  {Cite(r.Sources)}   {Confidence(r.Confidence, r.CloseMatch)}");
            text.AppendLine();
        }
        return text.ToString().TrimEnd();
    }

    private static string Compare(CompareAnswer answer)
    {
        var text = new StringBuilder();
        text.AppendLine(Side("A", answer.A));
        text.AppendLine(Side("B", answer.B));
        if (answer.Comparable && answer.Difference is { } d && answer.Ratio is { } ratio)
        {
            text.AppendLine(
                $"Difference (A − B): {Number(d)}; ratio (A / B): {ratio.ToString("0.####", CultureInfo.InvariantCulture)}"
            );
        }
        if (!string.IsNullOrWhiteSpace(answer.Explanation))
        {
            text.AppendLine(answer.Explanation);
        }
        return text.ToString().TrimEnd();
    }

    private static string Side(string label, FigureResult? figure) =>
        figure is null
            ? $"{label}: no figure found"
            : $"{label}: {Figure(figure)}\n   {Cite(figure.Sources)}"
                + (figure.CloseMatch ? "   (close match only)" : "");

    private static string Search(SearchAnswer answer)
    {
        if (answer.Results.Count == 0)
        {
            return NoAnswer(
                "No passage answers that.",
                answer.Closest is { } c ? $"{c.Passage}\n{Cite(c.Sources)}" : null
            );
        }
        var text = new StringBuilder();
        foreach (var r in answer.Results)
        {
            text.AppendLine(r.Passage);
            text.AppendLine($"  {Cite(r.Sources)}   {Confidence(r.Confidence, r.CloseMatch)}");
            text.AppendLine();
        }
        return text.ToString().TrimEnd();
    }

    private static string Sources(SourcesAnswer answer)
    {
        var text = new StringBuilder();
        text.AppendLine(
            $"{answer.Files} articles, indexed {answer.IndexedAt:yyyy-MM-dd HH:mm} UTC"
        );
        foreach (var a in answer.Articles)
        {
            var headline = a.Headline is null ? "" : $" — {a.Headline}";
            var dateline = a.Dateline is null ? "" : $" [{a.Dateline}]";
            text.AppendLine(
                $"  {a.File}{headline}{dateline} ({a.Quotes} quotes, {a.Figures} figures)"
            );
        }
        foreach (var s in answer.Skipped)
        {
            text.AppendLine($"  skipped {s.File}: {s.Reason}");
        }
        return text.ToString().TrimEnd();
    }

    /// <summary>One line per gap, most asked first: how often, the command, the wording, and the other wordings.</summary>
    public static string Gaps(CoverageGapsAnswer answer)
    {
        if (answer.Gaps.Count == 0)
        {
            return $"No unanswered questions in the last {answer.Days} days.";
        }
        var text = new StringBuilder();
        text.AppendLine(
            $"Questions the coverage could not answer in the last {answer.Days} days, most asked first:"
        );
        foreach (var gap in answer.Gaps)
        {
            text.AppendLine(
                $"  {gap.Asked}×  /{gap.Command}  {gap.Question}   (last asked {gap.LastAsked.UtcDateTime:yyyy-MM-dd HH:mm} UTC)"
            );
            if (gap.OtherWordings.Count > 0)
            {
                text.AppendLine($"       also: {string.Join("; ", gap.OtherWordings)}");
            }
        }
        return text.ToString().TrimEnd();
    }

    /// <summary>The figure as the article wrote it, then what it counts, when and who says so, then its normalised value.</summary>
    private static string Figure(FigureResult r)
    {
        var parts = new List<string> { $"“{r.Text}”" };
        var what = string.Join(
            ", ",
            new[] { r.Measure, r.Period }.Where(p => !string.IsNullOrWhiteSpace(p))
        );
        if (what.Length > 0)
        {
            parts.Add("— " + what);
        }
        if (!string.IsNullOrWhiteSpace(r.ClaimedBy))
        {
            parts.Add($"(according to {r.ClaimedBy})");
        }
        var value =
            r.Low is { } low && r.High is { } high
                ? r.Value.Equals(high)
                    ? $"{Number(high)} (from {Number(low)})" // a movement: "rose from 240 to 273"
                    : $"{Number(low)}–{Number(high)}"
                : Number(r.Value);
        parts.Add($"= {r.Qualifier} {value} {r.Unit}".Replace("  ", " ", StringComparison.Ordinal));
        return string.Join(" ", parts);
    }

    private static string NoAnswer(string message, string? closest) =>
        closest is null
            ? message
            : $"{message}\nClosest passage (not an answer):\n  {closest.Replace("\n", "\n  ")}";

    private static string Confidence(double confidence, bool closeMatch) =>
        closeMatch
            ? $"confidence {confidence:F2} (close match only)"
            : $"confidence {confidence:F2}";

    private static string Cite(IReadOnlyList<SourceRef> sources) =>
        string.Join(", ", sources.Select(s => $"{s.File}:{s.Line}"));

    private static string Number(double value) =>
        value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
