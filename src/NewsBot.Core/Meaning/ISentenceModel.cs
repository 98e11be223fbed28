namespace NewsBot.Core.Meaning;

/// <summary>A loaded sentence model: one vector per sentence, in order.</summary>
internal interface ISentenceModel : IDisposable
{
    float[][] Encode(IReadOnlyList<string> sentences, CancellationToken cancellationToken);
}
