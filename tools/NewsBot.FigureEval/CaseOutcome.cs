using NewsBot.Core.Answers;

namespace NewsBot.FigureEval;

/// <summary>
/// How NewsBot answered one gold question: the top result (null when it declined) and whether it is right — for a
/// question with a figure, the expected value (or range) within 0.5% in one of the expected files; for one without,
/// no result at all.
/// </summary>
internal sealed record CaseOutcome(GoldCase Case, FigureResult? Top, FigureResult? Closest)
{
    private const double Tolerance = 0.005;

    public bool Answered => Top is not null;

    public bool Right => Case.None ? Top is null : Top is not null && Matches(Top);

    /// <summary>The figure expected is the closest miss, not answered.</summary>
    public bool RightButDeclined =>
        !Case.None && Top is null && Closest is not null && Matches(Closest);

    public static CaseOutcome Of(GoldCase gold, FigureAnswer answer) =>
        new(gold, answer.Results.FirstOrDefault(), answer.Closest);

    public string Describe()
    {
        var got = Top is null ? $"declined (closest {Show(Closest)})" : Show(Top);
        var want =
            Case.None ? "none"
            : Case.Value is { } v ? $"{v}"
            : $"{Case.Low}–{Case.High}";
        return $"{(Right ? "ok  " : "MISS")} {Case.Id} \"{Case.Query}\" want {want} got {got}";
    }

    private static string Show(FigureResult? result) =>
        result is null
            ? "nothing"
            : $"{result.Value} {result.Unit} [{result.Measure}] {result.Sources[0].File}:{result.Sources[0].Line} {result.Confidence:0.00}{(result.CloseMatch ? " close" : "")}";

    private bool Matches(FigureResult result)
    {
        var inFile =
            Case.Sources.Count == 0 || result.Sources.Any(s => Case.Sources.Contains(s.File));
        var value = Case.Value is { } expected
            ? Near(Math.Abs(result.Value), Math.Abs(expected))
            : Case.Low is { } low
                && Case.High is { } high
                && result.Low is { } l
                && result.High is { } h
                && Near(l, low)
                && Near(h, high);
        return inFile && value;
    }

    private static bool Near(double a, double b) =>
        Math.Abs(a - b) <= Tolerance * Math.Max(1, Math.Abs(b));
}
