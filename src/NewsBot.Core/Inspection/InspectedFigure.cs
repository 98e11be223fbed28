namespace NewsBot.Core.Inspection;

/// <summary>
/// A figure NewsBot reads in an article: the file line where its number starts, the figure as written, its
/// value (a range gives <see cref="Low"/> and <see cref="High"/> and no value; a movement, "rose from 240 to 273",
/// gives where it started as <see cref="Low"/>, where it ended as <see cref="High"/> and the end as its value), its unit (an ISO currency code,
/// <c>percent</c>, or the counted noun), its change (<see cref="FigureChange"/>), what it measures and who
/// claims it.
/// </summary>
public sealed record InspectedFigure(
    int Line,
    string Text,
    double? Value,
    double? Low,
    double? High,
    string Unit,
    string Change,
    string Measure,
    string? Claimant
);
