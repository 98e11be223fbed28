namespace NewsBot.Core.Inspection;

/// <summary>Every quote and every figure NewsBot reads in one article file, in the order of the text.</summary>
public sealed record InspectedArticle(
    string File,
    string? Headline,
    IReadOnlyList<InspectedQuote> Quotes,
    IReadOnlyList<InspectedFigure> Figures
);
