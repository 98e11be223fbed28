using NewsBot.Core.Meaning;

namespace NewsBot.Core.Tests.Meaning;

/// <summary>
/// Deterministic vectors: the question is (1, 0) and each sentence listed gets the vector whose cosine with
/// it is the one given; any other sentence is (0, 1), unrelated. Counts what it was asked to encode.
/// </summary>
public sealed class FakeSentenceEmbedder(IReadOnlyDictionary<string, double> cosineWithQuestion)
    : ISentenceEmbedder
{
    private readonly List<string> _encoded = [];

    public int Calls { get; private set; }

    public IReadOnlyList<string> Encoded => _encoded;

    public bool Available { get; init; } = true;

    public IReadOnlyList<float[]>? Embed(
        IReadOnlyList<string> sentences,
        CancellationToken cancellationToken
    )
    {
        Calls++;
        if (!Available)
        {
            return null;
        }
        _encoded.AddRange(sentences);
        return
        [
            .. sentences.Select(
                (sentence, i) =>
                    i == 0 ? [1f, 0f]
                    : cosineWithQuestion.TryGetValue(sentence, out var c)
                        ? new[] { (float)c, (float)Math.Sqrt(1 - (c * c)) }
                    : [0f, 1f]
            ),
        ];
    }
}
