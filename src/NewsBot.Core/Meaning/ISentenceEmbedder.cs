namespace NewsBot.Core.Meaning;

/// <summary>Turns sentences into vectors whose cosine says how close their meanings are.</summary>
public interface ISentenceEmbedder
{
    /// <summary>
    /// One vector per sentence, in order; null when no model is available, so that the caller answers
    /// by words alone.
    /// </summary>
    IReadOnlyList<float[]>? Embed(
        IReadOnlyList<string> sentences,
        CancellationToken cancellationToken
    );
}
