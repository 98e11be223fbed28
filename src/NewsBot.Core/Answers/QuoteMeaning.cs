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
    /// <summary>
    /// Only Lucene's best candidates are encoded: the model's cost grows with the words it reads, about
    /// 1.5 s for twenty quotes of sixty words on two busy cores. In every dev question of the paraphrase
    /// set whose quote Lucene finds, that quote is among its first five.
    /// </summary>
    public const int Candidates = 8;

    /// <summary>
    /// A fragment of fewer words ("rigged polls") is close in meaning to any question on its topic: only
    /// quotes of at least this many words are compared.
    /// </summary>
    public const int MinWords = 4;

    /// <summary>
    /// The model reads at most this many words of a sentence: a quote that runs a whole paragraph would
    /// otherwise make every sentence of the batch that long (the batch is padded to its longest), and
    /// its opening says what it is about.
    /// </summary>
    public const int MaxWords = 32;

    // Reported speech ("X said that NATO is committed to supporting Ukraine") is already the writer's
    // paraphrase of what was said: a member's paraphrase of it is close in meaning to any claim on its
    // topic ("Ukraine will join NATO before the end of the year" reaches 0.73), so only the speaker's
    // own quoted words are compared by meaning.

    private Dictionary<string, float[]>? _quotes;
    private bool _unavailable;

    /// <summary>The words of a sentence the model reads: its first <see cref="MaxWords"/>.</summary>
    internal static string Opening(string sentence)
    {
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= MaxWords ? sentence : string.Join(' ', words.Take(MaxWords));
    }

    /// <summary>The cosine of the question with each encoded quote's text; null when no model answers.</summary>
    public IReadOnlyDictionary<string, double>? Of(string question)
    {
        if (_unavailable)
        {
            return null;
        }
        var texts = candidates
            .Where(q => q.Kind != QuoteKind.Reported)
            .Select(q => q.Text)
            .Where(text =>
                text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinWords
            )
            .Distinct(StringComparer.Ordinal)
            .Take(Candidates)
            .ToList();
        var batch = (_quotes is null ? [question, .. texts] : new List<string> { question })
            .Select(Opening)
            .ToList();
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
