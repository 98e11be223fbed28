namespace NewsBot.Core.Figures;

/// <summary>Whether a number is a share (90%) or a change of a share (0.25 percentage points).</summary>
internal enum PercentKind
{
    None,
    Percent,
    PercentagePoints,
}

/// <summary>
/// One number found in a sentence: where it is (<see cref="Start"/>..<see cref="End"/> in the sentence),
/// its value with scale applied, and the currency or percent sign that belongs to it.
/// </summary>
internal sealed record NumberMention(
    int Start,
    int End,
    double Value,
    string? Currency,
    PercentKind Percent,
    bool HasScale,
    bool IsWords,
    bool IsVague
)
{
    public int Length => End - Start;

    /// <summary>The word a number is glued to by a hyphen: "room" in "a 25-room home", "year-old" in "a 67-year-old".</summary>
    public string? Compound { get; init; }

    /// <summary>True for "62nd" in "the 62nd minute": a position, not a count.</summary>
    public bool IsOrdinal { get; init; }

    /// <summary>The unit of measure glued to the number ("mile per hour" of "50mph"), if any.</summary>
    public string? MeasureUnit { get; init; }
}
