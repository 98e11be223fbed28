using NewsBot.Core.Meaning;

namespace NewsBot.Bench;

/// <summary>The sentence model, counting its calls so that the questions it re-ranked are timed apart.</summary>
public sealed class CountingSentenceEmbedder(ISentenceEmbedder inner) : ISentenceEmbedder
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public IReadOnlyList<float[]>? Embed(
        IReadOnlyList<string> sentences,
        CancellationToken cancellationToken
    )
    {
        Interlocked.Increment(ref _calls);
        return inner.Embed(sentences, cancellationToken);
    }
}
