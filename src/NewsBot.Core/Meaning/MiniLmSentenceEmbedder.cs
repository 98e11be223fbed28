using Microsoft.Extensions.Logging;
using Microsoft.ML.OnnxRuntime;

namespace NewsBot.Core.Meaning;

/// <summary>
/// all-MiniLM-L6-v2, shipped inside its package and run offline on ONNX Runtime. The model (about 90 MB)
/// is loaded on first use, once, whichever thread asks first; when it cannot load (a native library
/// missing, say) one warning is logged and every later call answers null, so who-said goes on by words.
/// </summary>
public sealed partial class MiniLmSentenceEmbedder : ISentenceEmbedder, IDisposable
{
    /// <summary>
    /// One thread inside a run: on two cores shared with the index, Discord and other processes, a second
    /// thread that must be woken at every step of the network made a question slower, not faster, and cost
    /// more CPU (`newsbot-bench meaning`, docs/performance.md); the vectors are the same either way.
    /// </summary>
    private const int Threads = 1;

    /// <summary>
    /// Sentences whose vectors are kept: a who-said question reads up to eight quotes of at most 32 words,
    /// about 2 KB each with its vector, so the cache holds a thousand questions' candidates in 16 MB.
    /// </summary>
    internal const int CachedSentences = 8192;

    internal const long CachedBytes = 16 * 1024 * 1024;

    private readonly ILogger _logger;
    private readonly Lazy<ISentenceModel?> _encoder;
    private readonly SentenceVectorCache _cache = new(CachedSentences, CachedBytes);
    private readonly Lock _gate = new();
    private bool _disposed;
    private long _encoded;

    /// <summary>The sentences the model has encoded, the ones answered from its cache left out.</summary>
    public long Encoded => Interlocked.Read(ref _encoded);

    public MiniLmSentenceEmbedder(ILogger<MiniLmSentenceEmbedder> logger)
        : this(logger, LoadModel) { }

    /// <param name="logger">Where the one warning goes when the model cannot load.</param>
    /// <param name="load">Loads the model; what it throws makes the embedder answer null.</param>
    internal MiniLmSentenceEmbedder(ILogger logger, Func<ISentenceModel> load)
    {
        _logger = logger;
        _encoder = new Lazy<ISentenceModel?>(
            () => Load(load),
            LazyThreadSafetyMode.ExecutionAndPublication
        );
    }

    public IReadOnlyList<float[]>? Embed(
        IReadOnlyList<string> sentences,
        CancellationToken cancellationToken
    )
    {
        if (sentences.Count == 0)
        {
            return [];
        }
        lock (_gate)
        {
            if (_disposed || _encoder.Value is not { } encoder)
            {
                return null;
            }
            try
            {
                return EncodeUncached(encoder, sentences, cancellationToken);
            }
            catch (OnnxRuntimeException e)
            {
                LogEncodeFailed(_logger, e);
                return null;
            }
        }
    }

    /// <summary>Encodes only the sentences the cache does not hold, each once, and keeps their vectors.</summary>
    private float[][] EncodeUncached(
        ISentenceModel encoder,
        IReadOnlyList<string> sentences,
        CancellationToken cancellationToken
    )
    {
        var vectors = new float[sentences.Count][];
        var missing = new List<string>();
        for (var i = 0; i < sentences.Count; i++)
        {
            if (_cache.TryGet(sentences[i], out var cached))
            {
                vectors[i] = cached;
            }
            else if (!missing.Contains(sentences[i], StringComparer.Ordinal))
            {
                missing.Add(sentences[i]);
            }
        }
        if (missing.Count == 0)
        {
            return vectors;
        }
        var encoded = encoder.Encode(missing, cancellationToken);
        Interlocked.Add(ref _encoded, missing.Count);
        var bySentence = new Dictionary<string, float[]>(StringComparer.Ordinal);
        for (var i = 0; i < missing.Count; i++)
        {
            bySentence[missing[i]] = encoded[i];
            _cache.Add(missing[i], encoded[i]);
        }
        for (var i = 0; i < sentences.Count; i++)
        {
            vectors[i] ??= bySentence[sentences[i]];
        }
        return vectors;
    }

    private static LoadedSentenceModel LoadModel() => new(LoadedSentenceModel.Options(Threads));

    private ISentenceModel? Load(Func<ISentenceModel> load)
    {
        try
        {
            return load();
        }
#pragma warning disable CA1031 // Whatever stops the model from loading, who-said answers by words alone.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogUnavailable(_logger, e.GetType().Name, e.Message);
            return null;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }
            _disposed = true;
            if (_encoder.IsValueCreated)
            {
                _encoder.Value?.Dispose();
            }
        }
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "The sentence model could not be loaded ({Kind}: {Reason}); who-said answers by words alone"
    )]
    private static partial void LogUnavailable(ILogger logger, string kind, string reason);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "The sentence model failed on a question; it is answered by words alone"
    )]
    private static partial void LogEncodeFailed(ILogger logger, Exception exception);
}
