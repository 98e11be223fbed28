using NewsBot.Core.Meaning;

namespace NewsBot.Core.Answers;

/// <summary>
/// How close in meaning a /figure question is to the sentences of its best candidate figures: the cosine of their
/// sentence vectors. Each sentence is read by the words around its number, so that a long sentence is judged by
/// the clause that says what the number measures.
/// </summary>
internal sealed class FigureMeaning(ISentenceEmbedder embedder, CancellationToken cancellationToken)
{
    /// <summary>
    /// Only the best candidates by words are encoded: the model's cost grows with the sentences it reads, and a
    /// figure that no word of the question reaches is not the one a paraphrase asks for.
    /// </summary>
    public const int Candidates = 8;

    /// <summary>The words of a figure's sentence the model reads, centred on the number.</summary>
    public const int MaxWords = 32;

    private bool _unavailable;

    /// <summary>The words of <paramref name="sentence"/> the model reads for the figure written <paramref name="text"/>.</summary>
    public static string Window(string sentence, string text)
    {
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length <= MaxWords)
        {
            return sentence;
        }
        var at = sentence.IndexOf(text, StringComparison.Ordinal);
        var wordAt =
            at < 0 ? 0 : sentence[..at].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var start = Math.Clamp(wordAt - (MaxWords / 2), 0, words.Length - MaxWords);
        return string.Join(' ', words.Skip(start).Take(MaxWords));
    }

    /// <summary>The cosine of the question with each sentence, in order; null when no model answers.</summary>
    public IReadOnlyList<double>? Of(string question, IReadOnlyList<string> sentences)
    {
        if (_unavailable || sentences.Count == 0)
        {
            return null;
        }
        var distinct = sentences.Distinct(StringComparer.Ordinal).ToList();
        if (embedder.Embed([question, .. distinct], cancellationToken) is not { } vectors)
        {
            _unavailable = true;
            return null;
        }
        var cosines = distinct
            .Select((s, i) => (s, c: SentenceVectors.Cosine(vectors[0], vectors[i + 1])))
            .ToDictionary(p => p.s, p => p.c, StringComparer.Ordinal);
        return [.. sentences.Select(s => cosines[s])];
    }
}
