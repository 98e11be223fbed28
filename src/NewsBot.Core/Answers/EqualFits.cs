namespace NewsBot.Core.Answers;

/// <summary>
/// A question the coverage answers twice, with two different figures of the same sort that fit it about equally
/// ("Jorgensen got 5 percent … Hawkins 2 percent" for "what did Jorgensen get in the poll"), is not answered surely
/// by either: the words cannot tell which is meant, so the best is a close match at most.
/// </summary>
internal static class EqualFits
{
    /// <summary>The share of the best score from which a second figure of the same sort fits as well.</summary>
    public const double Ratio = 0.85;

    /// <summary>True when <paramref name="second"/> fits about as well as <paramref name="best"/>.</summary>
    public static bool Tie(double best, double second) => second >= Ratio * best;
}
