using NewsBot.Core.Meaning;

namespace NewsBot.Bench;

/// <summary>
/// The sentence model, counting its calls and the sentences asked and timing them, so that the questions
/// it re-ranked are timed apart and the share of their time spent in the model is known.
/// </summary>
public sealed class CountingSentenceEmbedder(ISentenceEmbedder inner, TimeProvider? time = null)
    : ISentenceEmbedder
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private int _calls;
    private long _sentences;
    private long _ticks;

    public int Calls => Volatile.Read(ref _calls);

    /// <summary>The sentences asked for, whether the model encoded them or had them already.</summary>
    public long Sentences => Interlocked.Read(ref _sentences);

    /// <summary>The wall-clock time spent inside the model's calls.</summary>
    public TimeSpan Elapsed => _time.GetElapsedTime(0, Interlocked.Read(ref _ticks));

    public IReadOnlyList<float[]>? Embed(
        IReadOnlyList<string> sentences,
        CancellationToken cancellationToken
    )
    {
        Interlocked.Increment(ref _calls);
        Interlocked.Add(ref _sentences, sentences.Count);
        var start = _time.GetTimestamp();
        try
        {
            return inner.Embed(sentences, cancellationToken);
        }
        finally
        {
            Interlocked.Add(ref _ticks, _time.GetTimestamp() - start);
        }
    }
}
