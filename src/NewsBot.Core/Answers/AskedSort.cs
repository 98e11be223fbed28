using NewsBot.Core.Figures;

namespace NewsBot.Core.Answers;

/// <summary>
/// Whether a figure is the very sort of thing a question asks for, the first evidence a reader looks at: a count of
/// justices for "how many justices", an age for "how old", a length of time for "how long", a share for "what
/// share", money for "how much … pay", a distance for "how far". A figure of that sort answers even when the few
/// words that say what it measures ("which received", "The duty hours") share nothing with the question.
/// </summary>
internal static class AskedSort
{
    /// <summary>
    /// True when the figure counts the noun of "how many X" (<paramref name="askedNoun"/>, as a term) or people of some
    /// sort when X is people of any sort, or, when the
    /// question names no noun, when it is of the sort the question names and that sort is more than a bare count.
    /// </summary>
    public static bool Fits(
        FigureKind? askedKind,
        string? askedNoun,
        Figure figure,
        string? unitTerm
    )
    {
        if (askedNoun is not null)
        {
            // "how many people had to leave" is asked of "58,000 civilians" as much as of "58,000 people".
            return unitTerm == askedNoun
                || (unitTerm is not null && PeopleGroups.AnyCounts(askedNoun, unitTerm));
        }
        return askedKind switch
        {
            null or FigureKind.Count or FigureKind.Score or FigureKind.Year => false,
            FigureKind.Money
            or FigureKind.Percent
            or FigureKind.Age
            or FigureKind.Duration
            or FigureKind.Ordinal
            or FigureKind.Measurement => figure.Kind == askedKind,
            _ => throw new ArgumentOutOfRangeException(nameof(askedKind), askedKind, null),
        };
    }
}
