using NewsBot.Core.Articles;

namespace NewsBot.Core.Figures;

/// <summary>
/// A figure of interest found in an article. <see cref="Value"/> is normalised (a range gives its midpoint,
/// <see cref="Low"/> and <see cref="High"/>); <see cref="Unit"/> is what is counted or the currency
/// ("soldiers", "USD", "percent"); <see cref="Measure"/> is the noun phrase with its qualifiers.
/// </summary>
public sealed record Figure(
    double Value,
    double? Low,
    double? High,
    string Unit,
    string Text,
    string Measure,
    string? Period,
    string? Qualifier,
    string? ClaimedBy,
    string Passage,
    SourceRef Source
)
{
    /// <summary>What sort of quantity the figure is; a question asking for another sort is not answered by it.</summary>
    public FigureKind Kind { get; init; }

    /// <summary>
    /// True for a movement ("rose from 240 to 273"): <see cref="Low"/> is where it started and <see cref="High"/> where
    /// it ended, in the order written (a fall has the higher first), and <see cref="Value"/> is the end.
    /// </summary>
    public bool IsMovement { get; init; }

    /// <summary>True for a change ("down 3%", "rose by a third"), as opposed to a level ("revenue of €1.2bn").</summary>
    public bool IsChange { get; init; }

    /// <summary>
    /// The sentences around <see cref="Passage"/> (the two before and the one after, across paragraph breaks), so that a
    /// question naming the occasion ("Rutte's address to European lawmakers", 002:9) still finds the figure of the next sentence.
    /// </summary>
    public string? Context { get; init; }
}
