namespace NewsBot.Core;

/// <summary>The one exception type of Core: a failure with the context a person needs to act on it.</summary>
public sealed class NewsBotException : Exception
{
    public NewsBotException(string message)
        : base(message) { }

    public NewsBotException(string message, Exception innerException)
        : base(message, innerException) { }
}
