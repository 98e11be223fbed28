using NewsBot.Core.Meaning;

namespace NewsBot.Core.Tests.Meaning;

/// <summary>A sentence model whose vector is the sentence's length; records every sentence it encodes.</summary>
internal sealed class CountingSentenceModel : ISentenceModel
{
    private readonly List<string> _encoded = [];

    public IReadOnlyList<string> Encoded => _encoded;

    public float[][] Encode(IReadOnlyList<string> sentences, CancellationToken cancellationToken)
    {
        _encoded.AddRange(sentences);
        return [.. sentences.Select(s => new float[] { s.Length, 1 })];
    }

    public void Dispose() { }
}
