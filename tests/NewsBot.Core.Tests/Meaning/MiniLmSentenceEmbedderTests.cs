using NewsBot.Core.Meaning;
using NewsBot.Testing;

namespace NewsBot.Core.Tests.Meaning;

public sealed class MiniLmSentenceEmbedderTests
{
    [Fact]
    public void A_model_that_cannot_load_answers_null_with_one_warning_and_is_not_tried_again()
    {
        using var logs = new CapturingLoggerProvider();
        var tries = 0;
        using var embedder = new MiniLmSentenceEmbedder(
            logs.CreateLogger("meaning"),
            () =>
            {
                tries++;
                throw new DllNotFoundException("onnxruntime");
            }
        );

        var first = embedder.Embed(["one sentence"], CancellationToken.None);
        var second = embedder.Embed(["another sentence"], CancellationToken.None);

        Assert.Null(first);
        Assert.Null(second);
        Assert.Equal(1, tries);
        var line = Assert.Single(logs.Lines);
        Assert.StartsWith("Warning", line, StringComparison.Ordinal);
        Assert.Contains("words alone", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_disposed_embedder_answers_null()
    {
        using var logs = new CapturingLoggerProvider();
        var embedder = new MiniLmSentenceEmbedder(
            logs.CreateLogger("meaning"),
            () => throw new InvalidOperationException("never loaded")
        );

        embedder.Dispose();

        Assert.Null(embedder.Embed(["a sentence"], CancellationToken.None));
    }

    [Fact]
    public void Encodes_a_quote_once_however_many_questions_ask_about_it()
    {
        using var logs = new CapturingLoggerProvider();
        var model = new CountingSentenceModel();
        using var embedder = new MiniLmSentenceEmbedder(logs.CreateLogger("meaning"), () => model);
        const string Quote = "so the elite may not immediately experience this";

        var first = embedder.Embed(["won't feel the losses", Quote], CancellationToken.None);
        var second = embedder.Embed(
            ["the elite won't suffer", Quote, Quote],
            CancellationToken.None
        );

        Assert.Equal(["won't feel the losses", Quote, "the elite won't suffer"], model.Encoded);
        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.Equal(3, second.Count);
        Assert.Equal(first[1], second[1]);
        Assert.Equal(first[1], second[2]);
        Assert.Equal([22f, 1f], second[0]);
    }

    [Fact]
    public void The_shipped_model_puts_a_paraphrase_clearly_closer_than_an_unrelated_sentence()
    {
        var vectors = SharedSentenceModel.Instance.Embed(
            [
                "the elite in Moscow won't feel the losses right away",
                "so the elite may not immediately experience this",
                "The harbour reopened to fishing boats after the storm.",
            ],
            CancellationToken.None
        );

        Assert.NotNull(vectors);
        Assert.Equal(384, vectors[0].Length);
        var paraphrase = SentenceVectors.Cosine(vectors[0], vectors[1]);
        var unrelated = SentenceVectors.Cosine(vectors[0], vectors[2]);
        Assert.True(
            paraphrase > unrelated + 0.25,
            $"paraphrase {paraphrase:0.00}, unrelated {unrelated:0.00}"
        );
    }
}
