namespace NewsBot.Core.Gaps;

/// <summary>
/// The questions members asked that the coverage could not answer (declined, or close matches only): what
/// moderators read to know which articles to add.
/// </summary>
public interface ICoverageGaps
{
    /// <summary>Keeps a question the coverage could not answer. Never throws for a storage problem: it is logged.</summary>
    Task RecordAsync(AskedQuestion question, CancellationToken cancellationToken = default);

    /// <summary>The gaps of the kept days, grouped by similar wording, most asked first; questions the index now answers are gone.</summary>
    Task<CoverageGapsAnswer> ListAsync(CancellationToken cancellationToken = default);
}
