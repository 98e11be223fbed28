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
    /// Two threads inside one inference at most: the machine may have two cores, shared with the index
    /// and Discord, and a batch of eight short quotes gains little from more.
    /// </summary>
    private const int Threads = 2;

    private readonly ILogger _logger;
    private readonly Lazy<LoadedSentenceModel?> _encoder;
    private readonly Lock _gate = new();
    private bool _disposed;

    public MiniLmSentenceEmbedder(ILogger<MiniLmSentenceEmbedder> logger)
        : this(logger, LoadModel) { }

    /// <param name="logger">Where the one warning goes when the model cannot load.</param>
    /// <param name="load">Loads the model; what it throws makes the embedder answer null.</param>
    internal MiniLmSentenceEmbedder(ILogger logger, Func<LoadedSentenceModel> load)
    {
        _logger = logger;
        _encoder = new Lazy<LoadedSentenceModel?>(
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
                return encoder.Encode(sentences, cancellationToken);
            }
            catch (OnnxRuntimeException e)
            {
                LogEncodeFailed(_logger, e);
                return null;
            }
        }
    }

    private static LoadedSentenceModel LoadModel()
    {
        var options = new SessionOptions
        {
            IntraOpNumThreads = Threads,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            // Sentences come in every length: an arena sized by the longest run so far is kept for good,
            // and without it the model adds about 35 MB less to the working set at no measured cost.
            EnableCpuMemArena = false,
        };
        // Threads waiting for work sleep instead of spinning: the cores are shared with the index,
        // Discord and, in tests, other processes.
        options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        return new LoadedSentenceModel(options);
    }

    private LoadedSentenceModel? Load(Func<LoadedSentenceModel> load)
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
