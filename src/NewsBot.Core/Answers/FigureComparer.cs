using System.Globalization;
using NewsBot.Core.Figures;

namespace NewsBot.Core.Answers;

/// <summary>
/// Puts two figures side by side: the difference (a − b) and the ratio (a / b, four decimals) when both
/// are the same kind of quantity — counts of people (soldiers, troops, men, casualties alike), one
/// currency, percentages, or counts of the same thing. Otherwise it says why they cannot be compared,
/// and when a side found nothing it says which.
/// </summary>
public sealed class FigureComparer
{
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
        var kindA = FigureUnits.KindOf(a.Unit);
        var kindB = FigureUnits.KindOf(b.Unit);
        var comparable =
            FigureUnits.ClassOf(a.Unit) == FigureUnits.ClassOf(b.Unit)
            || (
                kindA == UnitKind.Count
                && kindB is UnitKind.People or UnitKind.Other or UnitKind.Count
            )
            || (kindB == UnitKind.Count && kindA is UnitKind.People or UnitKind.Other);
        if (!comparable)
        {
            return new CompareAnswer(
                a,
                b,
                null,
                null,
                false,
                $"They cannot be compared: a is {FigureUnits.Describe(a.Unit)} and b is {FigureUnits.Describe(b.Unit)}."
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
        if (!string.Equals(a.Period, b.Period, StringComparison.OrdinalIgnoreCase))
        {
            explanation +=
                $" Note the periods differ: {a.Period ?? "none given"} against {b.Period ?? "none given"}.";
        }
        return new CompareAnswer(a, b, difference, ratio, true, explanation);
    }

    private static string Show(FigureResult figure)
    {
        var value =
            figure.Low is not null && figure.High is not null
                ? $"{Number(figure.Low.Value)}–{Number(figure.High.Value)}, midpoint {Number(figure.Value)}"
                : Number(figure.Value);
        return $"{value} {figure.Unit}";
    }

    private static string Number(double value) =>
        value.ToString("#,0.####", CultureInfo.InvariantCulture);
}
