using NewsBot.Core.Meaning;

namespace NewsBot.Tests.Hosting;

/// <summary>A sentence model that answers only once the test opens its gate; null when it "cannot load".</summary>
internal sealed class GatedSentenceEmbedder(bool loads) : ISentenceEmbedder, IDisposable
{
    private readonly ManualResetEventSlim _gate = new();

    public int Calls { get; private set; }

    public void Open() => _gate.Set();

    public IReadOnlyList<float[]>? Embed(
        IReadOnlyList<string> sentences,
        CancellationToken cancellationToken
    )
    {
        Calls++;
        _gate.Wait(cancellationToken);
        return loads ? [.. sentences.Select(s => new float[] { s.Length })] : null;
    }

    public void Dispose() => _gate.Dispose();
}
