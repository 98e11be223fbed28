using System.Net;
using Discord;
using Discord.Interactions;
using Discord.Net;
using Discord.WebSocket;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Commands;
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

/// <summary>What both transports share when they cannot go on: the failure, the log line, exit code 1.</summary>
internal abstract partial class BotService(
    IHostApplicationLifetime lifetime,
    ExitCodeSink exitCode,
    ILogger logger
) : BackgroundService
{
    public const int FailureExitCode = 1;

    /// <summary>The error that stopped the bot, if any.</summary>
    public string? FailureMessage { get; private set; }

    protected void Stop(string message)
    {
        FailureMessage = message;
        BotStopped(logger, message);
        exitCode.Set(FailureExitCode);
        lifetime.StopApplication();
    }

    /// <summary>Registers the commands, unless Discord rejects the token; trouble on Discord's side is logged and survived.</summary>
    protected async Task RegisterCommandsAsync(
        CommandRegistrar registrar,
        global::Discord.Rest.DiscordRestClient rest,
        CancellationToken cancellationToken
    )
    {
        try
        {
            await registrar.EnsureRegisteredAsync(rest, cancellationToken);
        }
        catch (HttpException exception)
            when (exception.HttpCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            Stop(DiscordFailure.RejectedToken);
        }
        catch (Exception exception)
            when (exception is HttpException or HttpRequestException or TimeoutException)
        {
            // The commands registered last time still work: keep going.
            RegistrationFailed(logger, exception.Message);
        }
    }

    /// <summary>The line to stop with when a call at start got no answer from Discord at all, else null.</summary>
    protected static string? Unreachable(Exception exception, string apiBaseUrl)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is HttpRequestException)
            {
                return $"Discord could not be reached at {apiBaseUrl} ({e.Message}). Check Discord:ApiBaseUrl and the network.";
            }
        }
        return null;
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

/// <summary>
/// The bot on the gateway: Discord.Net's socket client connects, heartbeats, resumes and reconnects;
/// this service logs in, registers the commands once per process, hands every interaction to the
/// <see cref="InteractionDispatcher"/>, and stops the application with exit code 1 and a clear error
/// on the failures Discord says not to retry (which Discord.Net would retry forever).
/// </summary>
internal sealed partial class DiscordBotService(
    DiscordSocketClient client,
    InteractionService interactions,
    InteractionDispatcher dispatcher,
    CommandRegistrar registrar,
    IOptions<DiscordOptions> options,
    IServiceProvider services,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ExitCodeSink exitCode,
    ILoggerFactory loggers
) : BotService(lifetime, exitCode, loggers.CreateLogger<DiscordBotService>())
{
    private readonly ILogger _logger = loggers.CreateLogger<DiscordBotService>();
    private readonly TaskCompletionSource<string> _fatal = new(
        TaskCreationOptions.RunContinuationsAsynchronously
    );
    private int _isRegistering;
    private int _sessions;

    /// <summary>True once a session is ready to receive interactions.</summary>
    public bool IsReady => Volatile.Read(ref _sessions) > 0;

    /// <summary>True while the gateway connection is up with a session: interactions arrive.</summary>
    public bool IsConnected => IsReady && client.ConnectionState == ConnectionState.Connected;

    /// <summary>How many new sessions started (READY), for tests and health.</summary>
    public int Sessions => Volatile.Read(ref _sessions);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        client.Log += DiscordLog.To(loggers.CreateLogger("NewsBot.Discord.Gateway"));
        interactions.Log += DiscordLog.To(loggers.CreateLogger("NewsBot.Discord.Interactions"));
        await interactions.AddModulesAsync(typeof(DiscordBotService).Assembly, services);
        client.InteractionCreated += interaction =>
        {
            // Never work on the gateway's receive loop: the dispatcher queues it.
            dispatcher.Post(client, interaction);
            return Task.CompletedTask;
        };
        client.Ready += OnReadyAsync;
        client.Disconnected += exception =>
        {
            if (DiscordFailure.Fatal(exception) is { } failure)
            {
                _fatal.TrySetResult(failure);
            }

            return Task.CompletedTask;
        };

        using var workersCts = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var workers = dispatcher.RunAsync(workersCts.Token);
        try
        {
            await client.LoginAsync(TokenType.Bot, options.Value.Token);
            if (await StartLimitAsync(stoppingToken) is { } failure)
            {
                Stop(failure);
                return;
            }
            await client.StartAsync();
            var stopped = await Task.WhenAny(
                _fatal.Task,
                Task.Delay(Timeout.InfiniteTimeSpan, time, stoppingToken)
            );
            if (stopped == _fatal.Task)
            {
                Stop(await _fatal.Task);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Ctrl-C or host shutdown
        }
        catch (Exception exception) when (exception is HttpException or DiscordException)
        {
            Stop(DiscordFailure.Fatal(exception) ?? exception.Message);
        }
        finally
        {
            // Closes the gateway with 1000: the session ends and the bot goes offline at once.
            await client.StopAsync();
            await workersCts.CancelAsync();
            await workers;
        }
    }

    /// <summary>
    /// Asks Discord for the gateway before connecting: a rejected token or an unreachable Discord is
    /// told at once instead of retried for ever, and when no session start is left
    /// (<c>session_start_limit</c>, 1,000 a day) the bot waits for the reset rather than burn the token.
    /// https://discord.com/developers/docs/events/gateway#session-start-limit-object
    /// </summary>
    private async Task<string?> StartLimitAsync(CancellationToken cancellationToken)
    {
        BotGateway gateway;
        try
        {
            gateway = await client.GetBotGatewayAsync(
                new RequestOptions
                {
                    CancelToken = cancellationToken,
                    RetryMode = RetryMode.AlwaysFail,
                }
            );
        }
        catch (Exception exception)
            when (Unreachable(exception, options.Value.ApiBaseUrl) is { } unreachable)
        {
            return unreachable;
        }
        catch (HttpException exception) when (DiscordFailure.Fatal(exception) is { } failure)
        {
            return failure;
        }
        if (gateway.SessionStartLimit is { Remaining: <= 0 } limit)
        {
            var wait = TimeSpan.FromMilliseconds(limit.ResetAfter);
            SessionStartLimit(_logger, (long)wait.TotalMilliseconds);
            await Task.Delay(wait, time, cancellationToken);
        }
        return null;
    }

    private Task OnReadyAsync()
    {
        Interlocked.Increment(ref _sessions);
        Ready(
            _logger,
            client.CurrentUser?.Username ?? "?",
            client.ShardId,
            options.Value.ShardCount
        );
        // READY follows every new session: the commands are checked once per process, off the gateway's loop.
        if (Interlocked.Exchange(ref _isRegistering, 1) == 0)
        {
            _ = RegisterCommandsAsync(registrar, client.Rest, CancellationToken.None);
        }

        return Task.CompletedTask;
    }

    [LoggerMessage(
        1200,
        LogLevel.Information,
        "Connected to Discord as {User} (shard {ShardId} of {ShardCount})"
    )]
    private static partial void Ready(ILogger logger, string user, int shardId, int shardCount);

    [LoggerMessage(
        1201,
        LogLevel.Warning,
        "Session start limit reached: waiting {WaitMs} ms for it to reset before identifying"
    )]
    private static partial void SessionStartLimit(ILogger logger, long waitMs);
}
