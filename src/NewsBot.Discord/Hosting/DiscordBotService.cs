using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Discord.Commands;
using NewsBot.Discord.Gateway;
using NewsBot.Discord.Interactions;

namespace NewsBot.Discord.Hosting;

/// <summary>Sets the process exit code; a seam so tests never change their own process's exit code.</summary>
internal sealed class ExitCodeSink(Action<int>? apply = null)
{
    private readonly Action<int> _apply = apply ?? (code => Environment.ExitCode = code);

    public int? ExitCode { get; private set; }

    public void Set(int exitCode)
    {
        ExitCode = exitCode;
        _apply(exitCode);
    }
}

/// <summary>
/// The bot: registers the commands, runs the interaction workers and the gateway, and stops the
/// application with exit code 1 and a clear error when the connection cannot recover.
/// </summary>
internal sealed partial class DiscordBotService(
    CommandRegistrar registrar,
    GatewayClient gateway,
    InteractionDispatcher dispatcher,
    IHostApplicationLifetime lifetime,
    ExitCodeSink exitCode,
    ILogger<DiscordBotService> logger
) : BackgroundService
{
    public const int FailureExitCode = 1;

    /// <summary>The error that stopped the bot, if any.</summary>
    public string? FailureMessage { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var workersCts = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var workers = dispatcher.RunAsync(workersCts.Token);
        try
        {
            try
            {
                await registrar.EnsureRegisteredAsync(stoppingToken);
            }
            catch (DiscordException exception)
                when (exception.StatusCode is null
                    && exception.InnerException is HttpRequestException
                )
            {
                // Not one answer from Discord at start (a wrong Discord:ApiBaseUrl, no network): say so and
                // exit rather than retry for minutes; a restart policy brings the bot back when it can connect.
                Stop(exception.Message + ". Check Discord:ApiBaseUrl and the network.");
                return;
            }
            catch (DiscordException exception)
                when (!exception.IsFatal && exception.StatusCode is not (401 or 403))
            {
                // Discord is having trouble: the commands registered last time still work, so keep going.
                RegistrationFailed(logger, exception.Message);
            }
            await gateway.RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Ctrl-C or host shutdown
        }
        catch (DiscordException exception)
        {
            Stop(exception.Message);
        }
        catch (Exception exception)
        {
            Stop("The Discord bot stopped unexpectedly: " + exception.Message);
        }
        finally
        {
            await workersCts.CancelAsync();
            await workers;
        }
    }

    private void Stop(string message)
    {
        FailureMessage = message;
        BotStopped(logger, message);
        exitCode.Set(FailureExitCode);
        lifetime.StopApplication();
    }

    [LoggerMessage(
        1501,
        LogLevel.Warning,
        "Could not check the slash commands, going on with those registered: {Error}"
    )]
    private static partial void RegistrationFailed(ILogger logger, string error);

    [LoggerMessage(1500, LogLevel.Critical, "NewsBot stopped: {Error}")]
    private static partial void BotStopped(ILogger logger, string error);
}
