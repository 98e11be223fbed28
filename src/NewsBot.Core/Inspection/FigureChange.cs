using NewsBot.Core.Figures;

namespace NewsBot.Core.Inspection;

/// <summary>
/// How a figure stands to its number, in one of six symbols: <c>=</c> as written, <c>~</c> about, <c>&gt;</c> more
/// than, <c>&lt;</c> less than, <c>up</c> a rise and <c>down</c> a fall ("rose 3%").
/// </summary>
public static class FigureChange
{
    public const string Exact = "=";
    public const string About = "~";
    public const string MoreThan = ">";
    public const string LessThan = "<";
    public const string Up = "up";
    public const string Down = "down";

    /// <summary>A change wins over a hedge: "rose about 3%" is a rise, whatever its precision.</summary>
    public static string Of(Figure figure) =>
        figure.IsChange ? (figure.Value < 0 || figure.High < 0 ? Down : Up)
        : figure.Qualifier is { } qualifier ? OfQualifier(qualifier)
        : Exact;

    /// <summary>The symbol of a qualifier as <see cref="QualifierDetector"/> normalises it.</summary>
    internal static string OfQualifier(string qualifier) =>
        qualifier switch
        {
            "about"
            or "around"
            or "approximately"
            or "roughly"
            or "nearly"
            or "almost"
            or "close to"
            or "estimated"
            // An average stands for many numbers, none of them exactly it.
            or "average" => About,
            "more than"
            or "over"
            or "well over"
            or "just over"
            or "above"
            or "at least"
            or "upwards of"
            or "in excess of"
            or "no fewer than"
            or "no less than"
            or "a minimum of" => MoreThan,
            "less than"
            or "fewer than"
            or "under"
            or "just under"
            or "below"
            or "up to"
            or "at most"
            or "no more than"
            or "a maximum of" => LessThan,
            _ => Exact,
        };
}
