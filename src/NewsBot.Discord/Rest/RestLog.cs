using Microsoft.Extensions.Logging;

namespace NewsBot.Discord.Rest;

internal static partial class RestLog
{
    [LoggerMessage(1100, LogLevel.Debug, "Waiting {WaitMs} ms for the rate limit of {Route}")]
    public static partial void WaitingForRateLimit(ILogger logger, string route, long waitMs);

    [LoggerMessage(
        1101,
        LogLevel.Warning,
        "Discord rate-limited {Route}: retrying after {RetryAfterMs} ms (global: {IsGlobal})"
    )]
    public static partial void RateLimited(
        ILogger logger,
        string route,
        long retryAfterMs,
        bool isGlobal
    );

    [LoggerMessage(
        1102,
        LogLevel.Warning,
        "Discord answered {Status} to {Route}: retry {Attempt} after {BackoffMs} ms"
    )]
    public static partial void RetryingAfterServerError(
        ILogger logger,
        string route,
        int status,
        int attempt,
        long backoffMs
    );

    [LoggerMessage(
        1103,
        LogLevel.Warning,
        "Discord could not be reached for {Route} ({Error}): retry {Attempt} after {BackoffMs} ms"
    )]
    public static partial void RetryingAfterNetworkError(
        ILogger logger,
        string route,
        int attempt,
        long backoffMs,
        string error
    );
}
