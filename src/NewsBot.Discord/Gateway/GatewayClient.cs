using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Json;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Gateway;

/// <summary>
/// One shard's connection to Discord's gateway, kept alive as the documentation says: HELLO and
/// heartbeats, IDENTIFY or RESUME, reconnects on op 7 / op 9 / dropped sockets / missed heartbeat ACKs,
/// and a <see cref="DiscordException"/> marked fatal on close codes that must not be retried.
/// https://discord.com/developers/docs/events/gateway
/// </summary>
internal sealed partial class GatewayClient(
    DiscordRestClient rest,
    InteractionDispatcher dispatcher,
    IOptions<DiscordOptions> options,
    GatewaySettings settings,
    TimeProvider timeProvider,
    ILogger<GatewayClient> logger
)
{
    // https://discord.com/developers/docs/topics/opcodes-and-status-codes#gateway-gateway-opcodes
    internal const int Dispatch = 0;
    internal const int Heartbeat = 1;
    internal const int Identify = 2;
    internal const int Resume = 6;
    internal const int Reconnect = 7;
    internal const int InvalidSession = 9;
    internal const int Hello = 10;
    internal const int HeartbeatAck = 11;

    /// <summary>Any close code but 1000/1001 keeps the session resumable.</summary>
    private const int CloseToResume = 4000;
    private const int CloseNormal = 1000;

    /// <summary>Failed resumes in a row before the bot starts a new session instead.</summary>
    private const int ResumeAttempts = 3;

    private string? _gatewayUrl;
    private JsonSessionStartLimit? _startLimit;
    private DateTimeOffset _startLimitReadAt;
    private string? _sessionId;
    private string? _resumeUrl;
    private long? _sequence;

    private enum Next
    {
        Resume,
        Identify,
        Stop,
    }

    private sealed record Outcome(
        Next Next,
        bool WasHealthy,
        string Reason,
        TimeSpan? Delay = null
    );

    private sealed class ConnectionState
    {
        public volatile bool IsAcknowledged = true;
        public volatile bool IsZombie;
        public volatile bool IsHealthy;
    }

    /// <summary>Raised (for tests and health) when READY or RESUMED arrives.</summary>
    public event Action<string>? SessionStarted;

    public string? SessionId => _sessionId;

    /// <summary>Runs until cancelled; throws a fatal <see cref="DiscordException"/> when the connection cannot recover.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var failures = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            Outcome outcome;
            try
            {
                outcome = await ConnectOnceAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (DiscordException exception) when (exception.IsFatal)
            {
                GatewayLog.Fatal(logger, exception.Message);
                throw;
            }
            catch (Exception exception)
                when (exception
                        is WebSocketException
                            or HttpRequestException
                            or DiscordException
                            or JsonException
                            or IOException
                            or OperationCanceledException
                )
            {
                outcome = new Outcome(
                    _sessionId is null ? Next.Identify : Next.Resume,
                    false,
                    exception.Message
                );
            }

            if (outcome.Next == Next.Stop)
                return;
            failures = outcome.WasHealthy ? 0 : failures + 1;
            // "If you cannot reconnect or the reconnect fails, open a new connection using the URL from
            // Get Gateway Bot and identify": https://discord.com/developers/docs/events/gateway#handling-a-disconnect
            if (outcome.Next == Next.Identify || failures >= ResumeAttempts)
                ForgetSession();
            if (failures >= settings.MaxFailedConnections)
                throw new DiscordException(
                    $"The Discord gateway could not be reached after {failures} attempts in a row; last: {outcome.Reason}"
                )
                {
                    IsFatal = true,
                };
            var delay =
                outcome.Delay
                ?? settings.ReconnectDelay(Math.Max(1, failures), settings.NextRandom());
            GatewayLog.Reconnecting(
                logger,
                outcome.Reason,
                outcome.Next == Next.Resume,
                (long)delay.TotalMilliseconds
            );
            if (delay > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(delay, timeProvider, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private void ForgetSession()
    {
        _sessionId = null;
        _resumeUrl = null;
        _sequence = null;
    }

    private async Task<Outcome> ConnectOnceAsync(CancellationToken cancellationToken)
    {
        var resume = _sessionId is not null && _resumeUrl is not null;
        var url = resume ? _resumeUrl! : await GatewayUrlAsync(cancellationToken);
        if (!resume)
            await WaitForSessionStartAsync(cancellationToken);

        await using var connection = settings.ConnectionFactory();
        // Not linked to the stopping token: on shutdown the socket must stay open long enough to close politely.
        using var connectionCts = new CancellationTokenSource();
        using (var handshake = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            handshake.CancelAfter(settings.HandshakeTimeout);
            await connection.ConnectAsync(GatewayUri(url), handshake.Token);
        }
        GatewayLog.Connected(logger, url, resume);

        var state = new ConnectionState();
        var limiter = new GatewaySendLimiter(timeProvider);
        var shuttingDown = false;
        // Ctrl-C: close with 1000 (the session ends, the bot goes offline at once) and wait briefly for Discord's echo.
        using var stopping = cancellationToken.Register(() =>
        {
            shuttingDown = true;
            _ = CloseForShutdownAsync(connection, connectionCts);
        });

        Task heartbeats = Task.CompletedTask;
        try
        {
            var hello = await connection.ReceiveAsync(connectionCts.Token);
            if (hello.IsClosed)
                return Closed(hello, state, shuttingDown);
            var helloPayload = Parse(hello.Text);
            if (helloPayload?.Op != Hello || helloPayload.D is not { } helloData)
                return new Outcome(
                    resume ? Next.Resume : Next.Identify,
                    false,
                    "The gateway did not start with HELLO."
                );
            var interval = TimeSpan.FromMilliseconds(
                helloData.Deserialize(DiscordJsonContext.Default.JsonHello)?.HeartbeatInterval
                    ?? 41250
            );
            heartbeats = HeartbeatAsync(connection, limiter, interval, state, connectionCts);

            if (resume)
                await SendAsync(
                    connection,
                    limiter,
                    JsonSerializer.Serialize(
                        new JsonOutgoing<JsonResume>(
                            Resume,
                            new JsonResume(options.Value.Token, _sessionId!, _sequence)
                        ),
                        DiscordJsonContext.Default.JsonOutgoingJsonResume
                    ),
                    connectionCts.Token
                );
            else
                await SendAsync(connection, limiter, IdentifyPayload(), connectionCts.Token);

            while (true)
            {
                GatewayFrame frame;
                try
                {
                    frame = await connection.ReceiveAsync(connectionCts.Token);
                }
                catch (OperationCanceledException) when (state.IsZombie)
                {
                    // https://discord.com/developers/docs/events/gateway#sending-heartbeats: no ACK means a zombie connection.
                    await CloseQuietlyAsync(connection, CloseToResume);
                    return new Outcome(
                        Next.Resume,
                        state.IsHealthy,
                        "No heartbeat ACK before the next heartbeat"
                    );
                }
                catch (OperationCanceledException) when (shuttingDown)
                {
                    return new Outcome(Next.Stop, true, "Stopping");
                }
                if (frame.IsClosed)
                    return Closed(frame, state, shuttingDown);

                var payload = Parse(frame.Text);
                if (payload is null)
                    continue;
                switch (payload.Op)
                {
                    case Dispatch:
                        if (payload.S is { } sequence)
                            _sequence = sequence;
                        OnDispatch(payload, state);
                        break;
                    case Heartbeat:
                        await SendHeartbeatAsync(connection, limiter, connectionCts.Token);
                        break;
                    case HeartbeatAck:
                        state.IsAcknowledged = true;
                        break;
                    case Reconnect:
                        await CloseQuietlyAsync(connection, CloseToResume);
                        return new Outcome(
                            Next.Resume,
                            true,
                            "Discord asked to reconnect (op 7)",
                            TimeSpan.Zero
                        );
                    case InvalidSession:
                        await CloseQuietlyAsync(connection, CloseToResume);
                        var resumable = payload.D is { ValueKind: JsonValueKind.True };
                        return resumable
                            ? new Outcome(
                                Next.Resume,
                                state.IsHealthy,
                                "Invalid session (op 9, resumable)"
                            )
                            : new Outcome(
                                Next.Identify,
                                state.IsHealthy,
                                "Invalid session (op 9, not resumable)",
                                settings.InvalidSessionDelay(settings.NextRandom())
                            );
                }
            }
        }
        finally
        {
            await connectionCts.CancelAsync();
            try
            {
                await heartbeats;
            }
            catch (Exception exception)
                when (exception
                        is OperationCanceledException
                            or WebSocketException
                            or ObjectDisposedException
                            or IOException
                ) { }
        }
    }

    private Outcome Closed(GatewayFrame frame, ConnectionState state, bool shuttingDown)
    {
        if (shuttingDown)
            return new Outcome(Next.Stop, true, "Stopping");
        var code = frame.CloseCode;
        if (!GatewayCloseCodes.CanReconnect(code))
            throw new DiscordException(GatewayCloseCodes.Describe(code)) { IsFatal = true };
        return new Outcome(
            GatewayCloseCodes.CanResume(code) ? Next.Resume : Next.Identify,
            state.IsHealthy,
            GatewayCloseCodes.Describe(code)
                + (frame.CloseReason is { Length: > 0 } reason ? $" ({reason})" : "")
        );
    }

    private void OnDispatch(JsonGatewayPayload payload, ConnectionState state)
    {
        switch (payload.T)
        {
            case "READY" when payload.D is { } data:
                var ready = data.Deserialize(DiscordJsonContext.Default.JsonReady);
                if (ready is null)
                    return;
                _sessionId = ready.SessionId;
                _resumeUrl = ready.ResumeGatewayUrl;
                state.IsHealthy = true;
                GatewayLog.Ready(
                    logger,
                    ready.User?.Username ?? "?",
                    options.Value.ShardId,
                    options.Value.ShardCount
                );
                SessionStarted?.Invoke("READY");
                break;
            case "RESUMED":
                state.IsHealthy = true;
                GatewayLog.Resumed(logger, _sequence ?? 0);
                SessionStarted?.Invoke("RESUMED");
                break;
            case "INTERACTION_CREATE" when payload.D is { } data:
                try
                {
                    if (
                        data.Deserialize(DiscordJsonContext.Default.JsonInteraction) is
                        { } interaction
                    )
                        dispatcher.Post(interaction); // handled on the dispatcher's workers, never here
                }
                catch (JsonException exception)
                {
                    GatewayLog.UnreadableInteraction(logger, exception.Message);
                }
                break;
        }
    }

    private async Task HeartbeatAsync(
        IGatewayConnection connection,
        GatewaySendLimiter limiter,
        TimeSpan interval,
        ConnectionState state,
        CancellationTokenSource connectionCts
    )
    {
        var token = connectionCts.Token;
        await Task.Delay(
            GatewaySettings.FirstHeartbeatDelay(interval, settings.NextRandom()),
            timeProvider,
            token
        );
        while (!token.IsCancellationRequested)
        {
            if (!state.IsAcknowledged)
            {
                GatewayLog.MissedHeartbeatAck(logger, (long)interval.TotalMilliseconds);
                state.IsZombie = true;
                await connectionCts.CancelAsync();
                return;
            }
            state.IsAcknowledged = false;
            await SendHeartbeatAsync(connection, limiter, token);
            await Task.Delay(interval, timeProvider, token);
        }
    }

    private Task SendHeartbeatAsync(
        IGatewayConnection connection,
        GatewaySendLimiter limiter,
        CancellationToken cancellationToken
    ) =>
        SendAsync(
            connection,
            limiter,
            JsonSerializer.Serialize(
                new JsonHeartbeat(Heartbeat, _sequence),
                DiscordJsonContext.Default.JsonHeartbeat
            ),
            cancellationToken
        );

    private static async Task SendAsync(
        IGatewayConnection connection,
        GatewaySendLimiter limiter,
        string text,
        CancellationToken cancellationToken
    )
    {
        await limiter.WaitAsync(cancellationToken);
        await connection.SendAsync(text, cancellationToken);
    }

    private string IdentifyPayload() =>
        JsonSerializer.Serialize(
            new JsonOutgoing<JsonIdentify>(
                Identify,
                new JsonIdentify(
                    options.Value.Token,
                    settings.Intents,
                    new JsonIdentifyProperties(
                        OperatingSystem.IsWindows() ? "windows" : "linux",
                        "newsbot",
                        "newsbot"
                    ),
                    [options.Value.ShardId, options.Value.ShardCount]
                )
            ),
            DiscordJsonContext.Default.JsonOutgoingJsonIdentify
        );

    private async Task<string> GatewayUrlAsync(CancellationToken cancellationToken)
    {
        if (_gatewayUrl is not null)
            return _gatewayUrl;
        await RefreshGatewayAsync(cancellationToken);
        return _gatewayUrl!;
    }

    private async Task RefreshGatewayAsync(CancellationToken cancellationToken)
    {
        // https://discord.com/developers/docs/events/gateway#get-gateway-bot
        var gateway =
            await rest.GetGatewayBotAsync(cancellationToken)
            ?? throw new DiscordException("Discord did not return a gateway URL.");
        _gatewayUrl = gateway.Url;
        _startLimit = gateway.SessionStartLimit;
        _startLimitReadAt = timeProvider.GetUtcNow();
    }

    /// <summary>
    /// Identifies count against <c>session_start_limit</c> (1,000 a day; exceeding it resets the token):
    /// when none is left, wait for <c>reset_after</c>.
    /// https://discord.com/developers/docs/events/gateway#session-start-limit-object
    /// </summary>
    private async Task WaitForSessionStartAsync(CancellationToken cancellationToken)
    {
        if (_startLimit is null)
            await RefreshGatewayAsync(cancellationToken);
        if (_startLimit is { Remaining: <= 0 } limit)
        {
            var wait =
                _startLimitReadAt
                + TimeSpan.FromMilliseconds(limit.ResetAfter)
                - timeProvider.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                GatewayLog.SessionStartLimit(logger, (long)wait.TotalMilliseconds);
                await Task.Delay(wait, timeProvider, cancellationToken);
            }
            await RefreshGatewayAsync(cancellationToken);
        }
        if (_startLimit is not null)
            _startLimit = _startLimit with { Remaining = _startLimit.Remaining - 1 };
    }

    private static Uri GatewayUri(string url)
    {
        var builder = new UriBuilder(url) { Query = "v=10&encoding=json" };
        return builder.Uri;
    }

    private static JsonGatewayPayload? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return null;
        try
        {
            return JsonSerializer.Deserialize(text, DiscordJsonContext.Default.JsonGatewayPayload);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task CloseQuietlyAsync(IGatewayConnection connection, int closeCode)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        try
        {
            await connection.CloseAsync(closeCode, timeout.Token);
        }
        catch (Exception exception)
            when (exception
                    is WebSocketException
                        or OperationCanceledException
                        or ObjectDisposedException
                        or IOException
            ) { }
    }

    private static async Task CloseForShutdownAsync(
        IGatewayConnection connection,
        CancellationTokenSource connectionCts
    )
    {
        await CloseQuietlyAsync(connection, CloseNormal);
        try
        {
            connectionCts.CancelAfter(TimeSpan.FromSeconds(2));
        }
        catch (ObjectDisposedException) { }
    }
}
