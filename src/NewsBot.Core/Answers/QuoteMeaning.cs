using NewsBot.Core.Meaning;
using NewsBot.Core.Quotes;

namespace NewsBot.Core.Answers;

/// <summary>
/// How close in meaning a question is to each of the first candidate quotes Lucene found: the cosine of
/// their sentence vectors. The quotes are encoded once per question, however many readings of it are tried.
/// </summary>
internal sealed class QuoteMeaning(
    ISentenceEmbedder embedder,
    IReadOnlyList<Quote> candidates,
    CancellationToken cancellationToken
)
{
    /// <summary>Only Lucene's best candidates are encoded: twenty short quotes take tens of milliseconds.</summary>
    public const int Candidates = 20;

    /// <summary>
    /// A fragment of fewer words ("rigged polls") is close in meaning to any question on its topic: only
    /// quotes of at least this many words are compared.
    /// </summary>
    public const int MinWords = 4;

    private Dictionary<string, float[]>? _quotes;
    private bool _unavailable;

    /// <summary>The cosine of the question with each encoded quote's text; null when no model answers.</summary>
    public IReadOnlyDictionary<string, double>? Of(string question)
    {
        if (_unavailable)
        {
            return null;
        }
        var texts = candidates
            .Select(q => q.Text)
            .Where(text =>
                text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinWords
            )
            .Distinct(StringComparer.Ordinal)
            .Take(Candidates)
            .ToList();
        var batch = _quotes is null ? [question, .. texts] : new List<string> { question };
        if (embedder.Embed(batch, cancellationToken) is not { } vectors)
        {
            _unavailable = true;
            return null;
        }
        _quotes ??= texts
            .Select((text, i) => (text, vector: vectors[i + 1]))
            .ToDictionary(p => p.text, p => p.vector, StringComparer.Ordinal);
        return _quotes.ToDictionary(
            p => p.Key,
            p => SentenceVectors.Cosine(vectors[0], p.Value),
            StringComparer.Ordinal
        );
    }
}
