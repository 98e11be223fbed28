using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace NewsBot.Testing;

/// <summary>Keeps every formatted log line (with its exception) so tests can read them.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(this, categoryName);

    public void Dispose() { }

    private sealed class CapturingLogger(CapturingLoggerProvider provider, string category)
        : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(
            LogLevel logLevel,
            EventId eventId,
            TState state,
            Exception? exception,
            Func<TState, Exception?, string> formatter
        ) =>
            provider.Lines.Enqueue(
                $"{logLevel} {category}: {formatter(state, exception)} {exception}"
            );
    }
}
