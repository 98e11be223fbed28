using System.Text.Json.Serialization;

namespace NewsBot.Core.Inspection;

/// <summary>
/// Every quote and every figure NewsBot reads in one article file, in the order of the text: the quantities in
/// <see cref="Figures"/>, the years and ranks apart in <see cref="YearsAndRanks"/>.
/// </summary>
public sealed record InspectedArticle(
    string File,
    string? Headline,
    IReadOnlyList<InspectedQuote> Quotes,
    IReadOnlyList<InspectedFigure> Figures
)
{
    /// <summary>
    /// The years that date something (unit <c>year</c>, measure the event) and the positions in an order (unit
    /// <c>rank</c>, measure what is ranked): they answer "what year" and "which ballot", never "how many". The terminal
    /// report lists them after the quantities; the JSON leaves them out, so that it keeps its shape and lists the
    /// quantities alone, which is what quantity extractors are scored on (docs/figures.md).
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<InspectedFigure> YearsAndRanks { get; init; } = [];
}
