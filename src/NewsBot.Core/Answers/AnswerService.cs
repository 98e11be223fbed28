using NewsBot.Core.Indexing;

namespace NewsBot.Core.Answers;

/// <summary>Answers questions from the current index of an <see cref="IndexStore"/>.</summary>
public sealed class AnswerService(IndexStore store) : IAnswerService
{
    public Task<SearchAnswer> SearchAsync(string query, CancellationToken cancellationToken = default) =>
        Answer(index => PassageSearch.Answer(index, query), cancellationToken);

    public Task<SourcesAnswer> SourcesAsync(CancellationToken cancellationToken = default) =>
        Answer(
            index =>
            {
                var manifest = index.Manifest;
                var articles = manifest
                    .Files.Select(f => new ArticleSummary(f.File, f.Headline, f.Dateline, f.Quotes, f.Figures))
                    .ToArray();
                return new SourcesAnswer(articles, manifest.BuiltAt, manifest.Files.Count, manifest.Skipped);
            },
            cancellationToken
        );

    public Task<QuoteAnswer> WhoSaidAsync(string quote, CancellationToken cancellationToken = default) =>
        Task.FromResult(QuoteAnswer.Empty);

    public Task<QuoteAnswer> QuotesAsync(string speaker, string? about, CancellationToken cancellationToken = default) =>
        Task.FromResult(QuoteAnswer.Empty);

    public Task<IReadOnlyList<string>> SpeakerNamesAsync(string prefix, int limit, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<string>>([]);

    public Task<FigureAnswer> FigureAsync(string query, CancellationToken cancellationToken = default) =>
        Task.FromResult(FigureAnswer.Empty);

    public Task<CompareAnswer> CompareAsync(string a, string b, CancellationToken cancellationToken = default) =>
        Task.FromResult(new CompareAnswer(null, null, null, null, false, "Not available yet."));

    private Task<T> Answer<T>(Func<ArticleIndex, T> answer, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var lease = store.Acquire();
        return Task.FromResult(answer(lease.Index));
    }
}
