namespace NewsBot.Core.Meaning;

/// <summary>Turns sentences into vectors whose cosine says how close their meanings are.</summary>
public interface ISentenceEmbedder
{
    /// <summary>
    /// One vector per sentence, in order; null when no model is available, so that the caller answers
    /// by words alone. A vector may be shared with later calls: read it, never change it.
    /// </summary>
    IReadOnlyList<float[]>? Embed(
        IReadOnlyList<string> sentences,
        CancellationToken cancellationToken
    );
}
