using NewsBot.Core.Answers;

namespace NewsBot.Core.Tests.Gaps;

/// <summary>An answer service that only says when its index was built: the gaps read nothing else of it.</summary>
internal sealed class IndexBuiltAt(DateTimeOffset builtAt) : IAnswerService
{
    public DateTimeOffset BuiltAt { get; set; } = builtAt;

    public Task<SourcesAnswer> SourcesAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(new SourcesAnswer([], BuiltAt, 0, []));

    public Task<QuoteAnswer> WhoSaidAsync(
        string quote,
        CancellationToken cancellationToken = default
    ) => throw new NotSupportedException();

    public Task<QuoteAnswer> QuotesAsync(
        string speaker,
        string? about,
        CancellationToken cancellationToken = default
    ) => throw new NotSupportedException();

    public Task<IReadOnlyList<string>> SpeakerNamesAsync(
        string prefix,
        int limit,
        CancellationToken cancellationToken = default
    ) => throw new NotSupportedException();

    public Task<FigureAnswer> FigureAsync(
        string query,
        CancellationToken cancellationToken = default
    ) => throw new NotSupportedException();

    public Task<CompareAnswer> CompareAsync(
        string a,
        string b,
        CancellationToken cancellationToken = default
    ) => throw new NotSupportedException();

    public Task<SearchAnswer> SearchAsync(
        string query,
        CancellationToken cancellationToken = default
    ) => throw new NotSupportedException();
}
