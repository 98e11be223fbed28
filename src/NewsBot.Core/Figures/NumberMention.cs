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
    bool IsQualitative
)
{
    public int Length => End - Start;
}
