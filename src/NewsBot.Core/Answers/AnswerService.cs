using NewsBot.Core.Indexing;
using NewsBot.Core.Meaning;

namespace NewsBot.Core.Answers;

/// <summary>
/// Answers questions from the current index of an <see cref="IndexStore"/>; with a sentence
/// <paramref name="meaning"/> model, who-said and /figure also find quotes and figures asked in other words.
/// </summary>
public sealed class AnswerService(IndexStore store, ISentenceEmbedder? meaning = null)
    : IAnswerService
{
    private readonly WhoSaidRanker _ranker = new(meaning);
    private readonly FigureRanker _figures = new(meaning);

    public Task<SearchAnswer> SearchAsync(
        string query,
        CancellationToken cancellationToken = default
    ) => Answer(index => PassageSearch.Answer(index, query), cancellationToken);

    public Task<SourcesAnswer> SourcesAsync(CancellationToken cancellationToken = default) =>
        Answer(
            index =>
            {
                var manifest = index.Manifest;
                var articles = manifest
                    .Files.Select(f => new ArticleSummary(
                        f.File,
                        f.Headline,
                        f.Dateline,
                        f.Quotes,
                        f.Figures
                    ))
                    .ToArray();
                return new SourcesAnswer(
                    articles,
                    manifest.BuiltAt,
                    manifest.Files.Count,
                    manifest.Skipped
                );
            },
            cancellationToken
        );

    public Task<QuoteAnswer> WhoSaidAsync(
        string quote,
        CancellationToken cancellationToken = default
    ) =>
        Answer(
            index => QuoteSearch.WhoSaid(index, quote, _ranker, cancellationToken),
            cancellationToken
        );

    public Task<QuoteAnswer> QuotesAsync(
        string speaker,
        string? about,
        CancellationToken cancellationToken = default
    ) =>
        Answer(
            index =>
                QuoteSearch.BySpeaker(
                    index,
                    speaker,
                    string.IsNullOrWhiteSpace(about) ? null : about
                ),
            cancellationToken
        );

    public Task<IReadOnlyList<string>> SpeakerNamesAsync(
        string prefix,
        int limit,
        CancellationToken cancellationToken = default
    ) => Answer(index => QuoteSearch.SpeakerNames(index, prefix, limit), cancellationToken);

    public Task<FigureAnswer> FigureAsync(
        string query,
        CancellationToken cancellationToken = default
    ) =>
        Answer(
            index =>
                FigureSearch.Figure(index, query, _figures, cancellationToken: cancellationToken),
            cancellationToken
        );

    public Task<CompareAnswer> CompareAsync(
        string a,
        string b,
        CancellationToken cancellationToken = default
    ) =>
        Answer(
            index => FigureSearch.Compare(index, a, b, _figures, cancellationToken),
            cancellationToken
        );

    private Task<T> Answer<T>(Func<ArticleIndex, T> answer, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var lease = store.Acquire();
        return Task.FromResult(answer(lease.Index));
    }
}
