namespace NewsBot.Discord;

/// <summary>The one exception type of the Discord layer: a failure with the context an operator needs.</summary>
public sealed class DiscordException : Exception
{
    public DiscordException(string message)
        : base(message) { }

    public DiscordException(string message, Exception innerException)
        : base(message, innerException) { }
}
