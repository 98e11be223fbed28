namespace NewsBot.Core.Answers;

/// <summary>
/// Answers every question NewsBot takes, as plain records that the Discord bot, the terminal and
/// JSON all render. "Nothing found" is an empty answer, never an exception.
/// </summary>
public interface IAnswerService
{
    Task<QuoteAnswer> WhoSaidAsync(string quote, CancellationToken cancellationToken = default);

    Task<QuoteAnswer> QuotesAsync(
        string speaker,
        string? about,
        CancellationToken cancellationToken = default
    );

    /// <summary>Speaker names for autocomplete, best match for <paramref name="prefix"/> first.</summary>
    Task<IReadOnlyList<string>> SpeakerNamesAsync(
        string prefix,
        int limit,
        CancellationToken cancellationToken = default
    );

    Task<FigureAnswer> FigureAsync(string query, CancellationToken cancellationToken = default);

    Task<CompareAnswer> CompareAsync(
        string a,
        string b,
        CancellationToken cancellationToken = default
    );

    Task<SearchAnswer> SearchAsync(string query, CancellationToken cancellationToken = default);

    Task<SourcesAnswer> SourcesAsync(CancellationToken cancellationToken = default);
}
