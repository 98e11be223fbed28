using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Meaning;

namespace NewsBot.Hosting;

/// <summary>
/// Loads the sentence model and encodes a first sentence at start, on a thread of its own, while the index
/// opens and Discord connects: loading the model and ONNX Runtime's first run took 0.5–1.5 s on two busy
/// cores, which the first who-said question re-ranked by meaning would otherwise wait for. <c>/readyz</c>
/// says not ready until it is done (<see cref="Loading"/>); a model that cannot load
/// is done too, since who-said then answers by words alone.
/// </summary>
public sealed partial class SentenceModelWarmup(
    ISentenceEmbedder embedder,
    TimeProvider time,
    ILogger<SentenceModelWarmup> logger
) : BackgroundService
{
    /// <summary>What <c>/readyz</c> says until the model is warm.</summary>
    public const string Loading = "the sentence model is loading";

    private readonly TaskCompletionSource _warm = new(
        TaskCreationOptions.RunContinuationsAsynchronously
    );

    /// <summary>True once the model answered its first sentence, or is known not to load.</summary>
    public bool IsWarm => _warm.Task.IsCompleted;

    /// <summary>Completes when <see cref="IsWarm"/> becomes true.</summary>
    public Task Warm => _warm.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = time.GetTimestamp();
        // Off the start path: the model loads on a pool thread while the other hosted services start.
        var vectors = await Task.Run(
            () => embedder.Embed(["NewsBot is ready to answer."], stoppingToken),
            stoppingToken
        );
        var elapsedMs = (long)time.GetElapsedTime(started).TotalMilliseconds;
        if (vectors is not null)
        {
            LogWarm(logger, elapsedMs);
        }
        _warm.TrySetResult();
    }

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Sentence model ready in {ElapsedMs} ms"
    )]
    private static partial void LogWarm(ILogger logger, long elapsedMs);
}
