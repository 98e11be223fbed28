using Microsoft.Extensions.Logging;

namespace NewsBot.Core.Tests.Meaning;

/// <summary>Keeps each log line with its level.</summary>
public sealed class CountingLogger : ILogger
{
    public List<(LogLevel Level, string Message)> Lines { get; } = [];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(
        LogLevel logLevel,
        EventId eventId,
        TState state,
        Exception? exception,
        Func<TState, Exception?, string> formatter
    ) => Lines.Add((logLevel, formatter(state, exception)));
}
