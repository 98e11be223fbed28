using Discord;
using Microsoft.Extensions.Logging;

namespace NewsBot.Discord.Hosting;

/// <summary>
/// Discord.Net's log messages in NewsBot's logs. A dropped connection or a retried request is routine
/// and reported by its messages alone; stack traces are kept for errors.
/// </summary>
internal static partial class DiscordLog
{
    public static Func<LogMessage, Task> To(ILogger logger) =>
        message =>
        {
            var level = message.Severity switch
            {
                LogSeverity.Critical => LogLevel.Critical,
                LogSeverity.Error => LogLevel.Error,
                LogSeverity.Warning => LogLevel.Warning,
                LogSeverity.Info => LogLevel.Information,
                LogSeverity.Verbose => LogLevel.Debug,
                LogSeverity.Debug => LogLevel.Trace,
                // A severity a later Discord.Net adds is still logged, at the lowest level.
                _ => LogLevel.Trace,
            };
            if (!logger.IsEnabled(level))
            {
                return Task.CompletedTask;
            }

            var text = message.Message ?? "";
            for (var e = message.Exception; e is not null; e = e.InnerException)
            {
                text += (text.Length == 0 ? "" : ": ") + e.Message;
            }

            if (level >= LogLevel.Error)
            {
                Logged(logger, level, message.Source ?? "Discord", text, message.Exception);
            }
            else
            {
                Logged(logger, level, message.Source ?? "Discord", text, null);
            }

            return Task.CompletedTask;
        };

    [LoggerMessage(EventId = 1600, Message = "Discord.Net {Source}: {Message}")]
    private static partial void Logged(
        ILogger logger,
        LogLevel level,
        string source,
        string message,
        Exception? exception
    );
}
