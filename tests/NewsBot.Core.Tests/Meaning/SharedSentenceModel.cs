using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Core.Meaning;

namespace NewsBot.Core.Tests.Meaning;

/// <summary>The real sentence model, loaded at most once per test run by whichever test needs it first.</summary>
public static class SharedSentenceModel
{
    private static readonly Lazy<MiniLmSentenceEmbedder> Model = new(() =>
        new MiniLmSentenceEmbedder(NullLogger<MiniLmSentenceEmbedder>.Instance)
    );

    public static MiniLmSentenceEmbedder Instance => Model.Value;
}
