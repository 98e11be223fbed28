namespace NewsBot.Discord;

/// <summary>The one exception type of the Discord layer: a failure with the context an operator needs.</summary>
public sealed class DiscordException : Exception
{
    public DiscordException(string message)
        : base(message) { }

    public DiscordException(string message, Exception innerException)
        : base(message, innerException) { }

    /// <summary>The HTTP status of a failed REST call, when there was one.</summary>
    public int? StatusCode { get; init; }

    /// <summary>Discord's JSON error code (e.g. 10062 unknown interaction), when there was one.</summary>
    public int? ErrorCode { get; init; }

    /// <summary>True when retrying cannot help: a rejected token or a close code Discord says not to retry.</summary>
    public bool IsFatal { get; init; }
}
