using System.Globalization;
using System.Text;
using NewsBot.Core.Inspection;

namespace NewsBot.Cli;

/// <summary>
/// Quotes and figures read in an article as terminal lines, one each, starting with the file line:
/// <c>newsbot inspect</c> and <c>newsbot add</c> print them alike.
/// </summary>
internal static class InspectionText
{
    public static string Render(InspectionReport report)
    {
        var text = new StringBuilder();
        foreach (var article in report.Articles)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }
            text.Append(
                CultureInfo.InvariantCulture,
                $"{article.File}: {article.Headline ?? "(no headline)"} ({Counts(article.Quotes.Count, article.Figures.Count)})\n"
            );
            AppendLines(text, article.Quotes, [.. article.Figures, .. article.YearsAndRanks]);
        }
        foreach (var skipped in report.Skipped)
        {
            text.Append(
                CultureInfo.InvariantCulture,
                $"skipped {skipped.File}: {skipped.Reason}\n"
            );
        }
        return text.ToString().TrimEnd('\n');
    }

    public static string Counts(int quotes, int figures) =>
        string.Create(CultureInfo.InvariantCulture, $"{quotes} quotes, {figures} figures");

    /// <summary>Each quote, then each figure, one line each, indented under the article's line.</summary>
    public static void AppendLines(
        StringBuilder text,
        IReadOnlyList<InspectedQuote> quotes,
        IReadOnlyList<InspectedFigure> figures
    )
    {
        foreach (var quote in quotes)
        {
            text.Append(Quote(quote)).Append('\n');
        }
        foreach (var figure in figures)
        {
            text.Append(Figure(figure)).Append('\n');
        }
    }

    /// <summary>
    /// <c>  line 12   quote   Mark Rutte (NATO Secretary General): “…”</c>; reported speech has no quotation
    /// marks, since the article gives none.
    /// </summary>
    public static string Quote(InspectedQuote quote)
    {
        var speaker = quote.Speaker switch
        {
            null => "(speaker not found)",
            { Role: { Length: > 0 } role } => $"{quote.Speaker.Name} ({role})",
            _ => quote.Speaker.Name,
        };
        return quote.Reported
            ? string.Create(
                CultureInfo.InvariantCulture,
                $"  line {quote.Line, -4} reported {speaker}: {quote.Quote}"
            )
            : string.Create(
                CultureInfo.InvariantCulture,
                $"  line {quote.Line, -4} quote   {speaker}: “{quote.Quote}”"
            );
    }

    /// <summary>
    /// <c>  line 5    figure  approximately 90%  → ~90 percent · all targets · claimed by …</c>: as written, then
    /// as read.
    /// </summary>
    public static string Figure(InspectedFigure figure)
    {
        var line = new StringBuilder(
            string.Create(
                CultureInfo.InvariantCulture,
                $"  line {figure.Line, -4} figure  {figure.Text}  → {Reading(figure)}"
            )
        );
        if (figure.Measure.Length > 0)
        {
            line.Append(" · ").Append(figure.Measure);
        }
        if (figure.Claimant is { } claimant)
        {
            line.Append(" · claimed by ").Append(claimant);
        }
        return line.ToString();
    }

    /// <summary>The value as read, with its change and unit: <c>~90 percent</c>, <c>20000–25000 soldiers</c>, <c>down 3 percent</c>.</summary>
    public static string Reading(InspectedFigure figure)
    {
        // A fall is said with its word, not its sign: "down 3 percent".
        var isFall = figure.Change == FigureChange.Down;
        string Shown(double value) => Number(isFall ? Math.Abs(value) : value);
        var number = figure is { Low: { } low, High: { } high }
            ? figure.Value is not null
                ? $"from {Shown(low)} to {Shown(high)}" // a movement: "rose from 240 to 273"
                : isFall
                    ? $"{Shown(high)}–{Shown(low)}"
                    : $"{Shown(low)}–{Shown(high)}"
            : Shown(figure.Value ?? 0);
        var change = figure.Change switch
        {
            FigureChange.Up => "up ",
            FigureChange.Down => "down ",
            FigureChange.Exact => "",
            _ => figure.Change,
        };
        return $"{change}{number} {figure.Unit}";
    }

    private static string Number(double value) =>
        value.ToString("0.####", CultureInfo.InvariantCulture);
}
