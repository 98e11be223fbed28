using Microsoft.Extensions.Logging;

namespace NewsBot.Discord.Gateway;

internal static partial class GatewayLog
{
    [LoggerMessage(
        1200,
        LogLevel.Debug,
        "Connected to the gateway at {Url} (resuming: {IsResuming})"
    )]
    public static partial void Connected(ILogger logger, string url, bool isResuming);

    [LoggerMessage(
        1201,
        LogLevel.Information,
        "Discord gateway ready as {User} (shard {ShardId}/{ShardCount})"
    )]
    public static partial void Ready(ILogger logger, string user, int shardId, int shardCount);

    [LoggerMessage(
        1202,
        LogLevel.Information,
        "Discord gateway session resumed at sequence {Sequence}"
    )]
    public static partial void Resumed(ILogger logger, long sequence);

    [LoggerMessage(
        1203,
        LogLevel.Warning,
        "Gateway connection ended: {Reason}; reconnecting (resume: {IsResuming}) in {DelayMs} ms"
    )]
    public static partial void Reconnecting(
        ILogger logger,
        string reason,
        bool isResuming,
        long delayMs
    );

    [LoggerMessage(
        1204,
        LogLevel.Warning,
        "No heartbeat ACK within {IntervalMs} ms: the connection is dead"
    )]
    public static partial void MissedHeartbeatAck(ILogger logger, long intervalMs);

    [LoggerMessage(
        1205,
        LogLevel.Warning,
        "Session start limit reached: waiting {WaitMs} ms before identifying"
    )]
    public static partial void SessionStartLimit(ILogger logger, long waitMs);

    [LoggerMessage(1206, LogLevel.Critical, "{Error}")]
    public static partial void Fatal(ILogger logger, string error);

    [LoggerMessage(1207, LogLevel.Warning, "Ignored an unreadable INTERACTION_CREATE: {Error}")]
    public static partial void UnreadableInteraction(ILogger logger, string error);
}
