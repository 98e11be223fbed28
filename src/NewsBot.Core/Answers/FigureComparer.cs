using System.Globalization;
using NewsBot.Core.Figures;

namespace NewsBot.Core.Answers;

/// <summary>
/// Puts two figures side by side: the difference (a − b) and the ratio (a / b, four decimals) when both are the
/// same kind of quantity — counts of people (soldiers, troops, men, casualties alike), one currency, percentages,
/// ages, counts of the same thing — over the same kind of period. Otherwise it says what differs (the units, the
/// currencies, the periods) and gives neither: 20,000 a month and 1.1 million since the invasion are not 19 times
/// apart. Two periods of one length ("in December", "in January") are compared, and named. When the two sides are
/// claimed by different sources, it says so. When a side found nothing it says which.
/// </summary>
public sealed class FigureComparer
{
    /// <summary>
    /// Compares the best answer of each side. When the questions differ, the sides are never the same figure
    /// ("inflation in September" and "in August" found in one sentence are two figures): the less certain side
    /// takes its next answer instead.
    /// </summary>
    public CompareAnswer Compare(FigureAnswer a, FigureAnswer b, bool distinct)
    {
        var first = a.Results.FirstOrDefault();
        var second = b.Results.FirstOrDefault();
        if (distinct && first is not null && second is not null && SameFigure(first, second))
        {
            if (first.Confidence >= second.Confidence)
            {
                second = b.Results.Skip(1).FirstOrDefault(r => !SameFigure(r, first));
            }
            else
            {
                first = a.Results.Skip(1).FirstOrDefault(r => !SameFigure(r, second));
            }
        }
        return Compare(first, second);
    }

    public CompareAnswer Compare(FigureResult? a, FigureResult? b)
    {
        if (a is null || b is null)
        {
            var which =
                a is null && b is null ? "Neither side matches a figure in the coverage."
                : a is null ? "Side a matches no figure in the coverage."
                : "Side b matches no figure in the coverage.";
            return new CompareAnswer(a, b, null, null, false, which);
        }
        var sources = SourcesNote(a, b);
        if (!SameUnit(a.Unit, b.Unit))
        {
            return new CompareAnswer(
                a,
                b,
                null,
                null,
                false,
                $"They cannot be compared: a is {FigureUnits.Describe(a.Unit)} and b is {FigureUnits.Describe(b.Unit)}, so no difference or ratio is given.{sources}"
            );
        }
        var periodA = PeriodDetector.Parse(a.Period);
        var periodB = PeriodDetector.Parse(b.Period);
        var samePeriod = periodA?.Key == periodB?.Key;
        if (!samePeriod && !SameLength(periodA, periodB))
        {
            return new CompareAnswer(
                a,
                b,
                null,
                null,
                false,
                $"They cannot be compared: the periods differ (a {Period(a)}, b {Period(b)}), so no difference or ratio is given.{sources}"
            );
        }
        var difference = Math.Round(a.Value - b.Value, 6);
        double? ratio = b.Value == 0 ? null : Math.Round(a.Value / b.Value, 4);
        var explanation =
            $"a ({Show(a)}) minus b ({Show(b)}) is {Number(difference)}"
            + (
                ratio is null
                    ? "; b is zero, so there is no ratio."
                    : $"; a is {Number(ratio.Value)} times b."
            );
        if (!samePeriod)
        {
            explanation += $" Note the periods: a {Period(a)}, b {Period(b)}.";
        }
        return new CompareAnswer(a, b, difference, ratio, true, explanation + sources);
    }

    /// <summary>
    /// Counts of people of any sort answer for one another, and so do a bare count and a count of something; any
    /// other unit must be the same (a currency only with itself).
    /// </summary>
    private static bool SameUnit(string a, string b) =>
        FigureUnits.ClassOf(a) == FigureUnits.ClassOf(b)
        || (a == FigureUnits.BareCount && FigureUnits.CountsThings(b))
        || (b == FigureUnits.BareCount && FigureUnits.CountsThings(a));

    /// <summary>Two points in time of one length: two months, two years, two quarters.</summary>
    private static bool SameLength(DetectedPeriod? a, DetectedPeriod? b) =>
        a is { Kind: PeriodKind.Point }
        && b is { Kind: PeriodKind.Point }
        && LengthOf(a) is { } length
        && length == LengthOf(b);

    private static string? LengthOf(DetectedPeriod period)
    {
        var text = period.Text;
        return text.Contains("quarter") ? "quarter"
            : text.Contains("week") ? "week"
            : text.EndsWith("year", StringComparison.Ordinal)
            || char.IsAsciiDigit(text[^1]) && !MonthIn(text)
                ? "year"
            : MonthIn(text) || text.EndsWith("month", StringComparison.Ordinal) ? "month"
            : null;
    }

    private static bool MonthIn(string text) => PeriodDetector.NamesMonth(text);

    private static string SourcesNote(FigureResult a, FigureResult b)
    {
        var byA = a.ClaimedBy;
        var byB = b.ClaimedBy;
        if (
            byA is null && byB is null
            || string.Equals(byA, byB, StringComparison.OrdinalIgnoreCase)
        )
        {
            return "";
        }
        return $" The sources differ: a is according to {byA ?? "no one named"}, b according to {byB ?? "no one named"}.";
    }

    private static bool SameFigure(FigureResult a, FigureResult b) =>
        a.Value.Equals(b.Value)
        && a.Low.Equals(b.Low)
        && a.High.Equals(b.High)
        && a.Unit == b.Unit
        && a.Sources.Any(b.Sources.Contains);

    private static string Period(FigureResult figure) => figure.Period ?? "with no period given";

    private static string Show(FigureResult figure)
    {
        var value =
            figure.Low is not null && figure.High is not null
                // A movement ("rose from 240 to 273") stands for where it ended, not a midpoint.
                ? figure.Value.Equals(figure.High.Value)
                    ? $"{Number(figure.Value)} (from {Number(figure.Low.Value)})"
                    : $"{Number(figure.Low.Value)}–{Number(figure.High.Value)}, midpoint {Number(figure.Value)}"
                : Number(figure.Value);
        return $"{value} {figure.Unit}";
    }

    private static string Number(double value) =>
        value.ToString("#,0.####", CultureInfo.InvariantCulture);
}
