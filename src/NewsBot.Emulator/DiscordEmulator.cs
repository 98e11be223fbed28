using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NewsBot.Emulator;

/// <summary>A REST call the emulator received.</summary>
public sealed record RecordedRequest(
    string Method,
    string Path,
    JsonNode? Body,
    string? Authorization,
    string? UserAgent,
    long AtTicks
);

/// <summary>A gateway payload the bot sent, and on which connection (0-based) and path.</summary>
public sealed record RecordedGatewayPayload(int Connection, string Path, int Op, JsonNode? D);

/// <summary>
/// When an interaction was dispatched and when the bot answered it: its callback, or the edit of the
/// original message when the callback was a deferral (type 5). Ticks are <see cref="Stopwatch"/> ticks.
/// </summary>
public sealed record InteractionAnswer(
    string InteractionId,
    long SentAtTicks,
    long AnsweredAtTicks,
    bool IsDeferred
)
{
    public TimeSpan Latency => Stopwatch.GetElapsedTime(SentAtTicks, AnsweredAtTicks);
}

/// <summary>
/// An in-process Discord written from Discord's documentation: the REST routes the bot uses and a
/// gateway that speaks HELLO, IDENTIFY/READY, RESUME/RESUMED, heartbeats and dispatches, on 127.0.0.1.
/// Tests steer it (op 7, op 9, dropped sockets, close codes, 429s) and read what the bot sent;
/// <c>newsbot bench</c> times interactions through it.
/// </summary>
public sealed class DiscordEmulator : IAsyncDisposable
{
    public const string Token = "emulator-token.SECRET-123";
    public const ulong ApplicationId = 100000000000000001;
    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private WebSocket? _socket;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private long _sequence;
    private int _connections;
    private long _nextId = 900000000000000000;

    // Interactions already answered by a callback (under _gate): a second callback is refused with 40060.
    private readonly HashSet<string> _acknowledged = new(StringComparer.Ordinal);

    // Interactions sent by SendInteractionAndWaitAsync, by id (for the callback) and by token (for the edit).
    private readonly ConcurrentDictionary<string, PendingAnswer> _pendingById = new(
        StringComparer.Ordinal
    );
    private readonly ConcurrentDictionary<string, PendingAnswer> _pendingByToken = new(
        StringComparer.Ordinal
    );

    private DiscordEmulator(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    public string ApiBaseUrl => BaseUrl + "/api/v10";

    public int HeartbeatIntervalMs { get; set; } = 45000;

    public bool AcknowledgesHeartbeats { get; set; } = true;

    /// <summary>Close code sent in answer to IDENTIFY (e.g. 4004), or null to send READY.</summary>
    public int? CloseOnIdentify { get; set; }

    /// <summary>How many of the next interaction callbacks are answered 429.</summary>
    public int CallbackRateLimits { get; set; }

    public double CallbackRetryAfterSeconds { get; set; } = 0.3;

    /// <summary>Identifies left in <c>session_start_limit</c>, and when the limit resets.</summary>
    public int SessionStartsRemaining { get; set; } = 999;

    public int SessionStartResetAfterMs { get; set; } = 14400000;

    /// <summary>Answers every REST call 401, as Discord does for a bad token.</summary>
    public bool RejectsToken { get; set; }

    /// <summary>Close codes the bot sent when it closed a connection, in order.</summary>
    public ConcurrentQueue<int?> ClientCloseCodes { get; } = new();

    public List<JsonNode> RegisteredCommands { get; } = [];

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public ConcurrentQueue<RecordedGatewayPayload> GatewayPayloads { get; } = new();

    public int Connections => Volatile.Read(ref _connections);

    public string? SessionId { get; private set; }

    public long LastSequence => Interlocked.Read(ref _sequence);

    public static async Task<DiscordEmulator> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var emulator = new DiscordEmulator(app);
        app.UseWebSockets();
        app.Use(
            async (context, next) =>
            {
                if (
                    emulator.RejectsToken
                    && context.Request.Path.StartsWithSegments("/api/v10", StringComparison.Ordinal)
                )
                {
                    emulator.Record(context, null);
                    context.Response.StatusCode = 401;
                    await context.Response.WriteAsJsonAsync(
                        new JsonObject { ["message"] = "401: Unauthorized", ["code"] = 0 }
                    );
                    return;
                }
                await next(context);
            }
        );
        emulator.MapRoutes(app);
        await app.StartAsync();
        var address = app
            .Services.GetRequiredService<IServer>()
            .Features.Get<IServerAddressesFeature>()!
            .Addresses.First();
        emulator.BaseUrl = address.TrimEnd('/');
        return emulator;
    }

    public IEnumerable<RecordedRequest> RequestsTo(string method, string pathStart) =>
        Requests.Where(r =>
            r.Method == method && r.Path.StartsWith(pathStart, StringComparison.Ordinal)
        );

    public IReadOnlyList<RecordedRequest> CallbacksFor(string interactionId) =>
        [.. RequestsTo("POST", $"/api/v10/interactions/{interactionId}/")];

    public IReadOnlyList<RecordedRequest> EditsFor(string interactionToken) =>
        [.. RequestsTo("PATCH", $"/api/v10/webhooks/{ApplicationId}/{interactionToken}/")];

    public IReadOnlyList<RecordedGatewayPayload> Sent(int op) =>
        [.. GatewayPayloads.Where(p => p.Op == op)];

    private void MapRoutes(WebApplication app)
    {
        app.MapGet(
            "/api/v10/gateway/bot",
            (HttpContext context) =>
            {
                Record(context, null);
                return Results.Json(
                    new JsonObject
                    {
                        ["url"] =
                            BaseUrl.Replace("http://", "ws://", StringComparison.Ordinal)
                            + "/gateway",
                        ["shards"] = 1,
                        ["session_start_limit"] = new JsonObject
                        {
                            ["total"] = 1000,
                            ["remaining"] = SessionStartsRemaining,
                            ["reset_after"] = SessionStartResetAfterMs,
                            ["max_concurrency"] = 1,
                        },
                    }
                );
            }
        );
        app.MapGet(
            "/api/v10/applications/@me",
            (HttpContext context) =>
            {
                Record(context, null);
                return Results.Json(
                    new JsonObject
                    {
                        ["id"] = ApplicationId.ToString(
                            System.Globalization.CultureInfo.InvariantCulture
                        ),
                        ["name"] = "NewsBot",
                    }
                );
            }
        );
        app.MapGet(
            "/api/v10/applications/{app}/commands",
            (HttpContext context) => ListCommands(context)
        );
        app.MapGet(
            "/api/v10/applications/{app}/guilds/{guild}/commands",
            (HttpContext context) => ListCommands(context)
        );
        app.MapPut("/api/v10/applications/{app}/commands", (Delegate)PutCommandsAsync);
        app.MapPut(
            "/api/v10/applications/{app}/guilds/{guild}/commands",
            (Delegate)PutCommandsAsync
        );
        app.MapPost("/api/v10/interactions/{id}/{token}/callback", (Delegate)CallbackAsync);
        app.MapMethods(
            "/api/v10/webhooks/{app}/{token}/messages/@original",
            ["PATCH"],
            async (HttpContext context, string token) =>
            {
                var recorded = Record(context, await ReadBodyAsync(context));
                if (_pendingByToken.TryGetValue(token, out var pending))
                    pending.Answered(recorded.AtTicks);
                return Results.Json(new JsonObject { ["id"] = NextId(), ["content"] = "" });
            }
        );
        app.Map("/gateway", GatewayAsync);
        app.Map("/resume", GatewayAsync);
    }

    private IResult ListCommands(HttpContext context)
    {
        Record(context, null);
        lock (_gate)
            return Results.Json(new JsonArray([.. RegisteredCommands.Select(c => c.DeepClone())]));
    }

    private async Task<IResult> PutCommandsAsync(HttpContext context)
    {
        var body = await ReadBodyAsync(context);
        Record(context, body);
        lock (_gate)
        {
            RegisteredCommands.Clear();
            foreach (var command in body?.AsArray() ?? [])
            {
                // As Discord does: ids added, permissions returned as strings.
                var stored = command!.DeepClone().AsObject();
                stored["id"] = NextId();
                stored["application_id"] = ApplicationId.ToString(
                    System.Globalization.CultureInfo.InvariantCulture
                );
                stored["version"] = "1";
                RegisteredCommands.Add(stored);
            }
            return Results.Json(new JsonArray([.. RegisteredCommands.Select(c => c.DeepClone())]));
        }
    }

    private async Task<IResult> CallbackAsync(HttpContext context, string id)
    {
        var body = await ReadBodyAsync(context);
        lock (_gate)
        {
            if (CallbackRateLimits > 0)
            {
                CallbackRateLimits--;
                context.Response.Headers["X-RateLimit-Limit"] = "1";
                context.Response.Headers["X-RateLimit-Remaining"] = "0";
                context.Response.Headers["X-RateLimit-Reset-After"] =
                    CallbackRetryAfterSeconds.ToString(
                        System.Globalization.CultureInfo.InvariantCulture
                    );
                context.Response.Headers["X-RateLimit-Bucket"] = "callback-bucket";
                context.Response.Headers["X-RateLimit-Scope"] = "user";
                return Results.Json(
                    new JsonObject
                    {
                        ["message"] = "You are being rate limited.",
                        ["retry_after"] = CallbackRetryAfterSeconds,
                        ["global"] = false,
                    },
                    statusCode: 429
                );
            }
            var already = !_acknowledged.Add(id);
            var recorded = Record(context, body);
            if (already)
                return Results.Json(
                    new JsonObject
                    {
                        ["code"] = 40060,
                        ["message"] = "Interaction has already been acknowledged.",
                    },
                    statusCode: 400
                );
            if (_pendingById.TryGetValue(id, out var pending))
            {
                // https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-interaction-callback-type
                if (body?["type"]?.GetValue<int>() == DeferredChannelMessageWithSource)
                    pending.IsDeferred = true;
                else
                    pending.Answered(recorded.AtTicks);
            }
        }
        return Results.NoContent();
    }

    private RecordedRequest Record(HttpContext context, JsonNode? body)
    {
        var request = new RecordedRequest(
            context.Request.Method,
            context.Request.Path.Value ?? "",
            body,
            context.Request.Headers.Authorization.ToString(),
            context.Request.Headers.UserAgent.ToString(),
            Stopwatch.GetTimestamp()
        );
        Requests.Enqueue(request);
        return request;
    }

    private static async Task<JsonNode?> ReadBodyAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync();
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }

    private string NextId() =>
        Interlocked
            .Increment(ref _nextId)
            .ToString(System.Globalization.CultureInfo.InvariantCulture);

    // ---- gateway: https://discord.com/developers/docs/events/gateway ----

    private async Task GatewayAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var connection = Interlocked.Increment(ref _connections) - 1;
        var path = context.Request.Path.Value ?? "";
        lock (_gate)
            _socket = socket;
        await SendAsync(
            socket,
            new JsonObject
            {
                ["op"] = 10,
                ["d"] = new JsonObject { ["heartbeat_interval"] = HeartbeatIntervalMs },
            }
        );
        var buffer = new byte[64 * 1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, context.RequestAborted);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        ClientCloseCodes.Enqueue((int?)result.CloseStatus);
                        if (socket.State == WebSocketState.CloseReceived)
                            await socket.CloseOutputAsync(
                                WebSocketCloseStatus.NormalClosure,
                                null,
                                CancellationToken.None
                            );
                        return;
                    }
                    message.Write(buffer, 0, result.Count);
                } while (!result.EndOfMessage);
                var payload = JsonNode.Parse(message.ToArray())!.AsObject();
                var op = payload["op"]!.GetValue<int>();
                GatewayPayloads.Enqueue(
                    new RecordedGatewayPayload(connection, path, op, payload["d"]?.DeepClone())
                );
                switch (op)
                {
                    case 1 when AcknowledgesHeartbeats:
                        await SendAsync(socket, new JsonObject { ["op"] = 11 });
                        break;
                    case 2 when CloseOnIdentify is { } code:
                        await socket.CloseOutputAsync(
                            (WebSocketCloseStatus)code,
                            "Authentication failed.",
                            CancellationToken.None
                        );
                        return;
                    case 2:
                        SessionId = Guid.NewGuid().ToString("N");
                        await DispatchAsync(
                            socket,
                            "READY",
                            new JsonObject
                            {
                                ["v"] = 10,
                                ["user"] = new JsonObject
                                {
                                    ["id"] = "100000000000000002",
                                    ["username"] = "NewsBot",
                                    ["bot"] = true,
                                },
                                ["guilds"] = new JsonArray(),
                                ["session_id"] = SessionId,
                                ["resume_gateway_url"] =
                                    BaseUrl.Replace("http://", "ws://", StringComparison.Ordinal)
                                    + "/resume",
                                ["shard"] = new JsonArray(0, 1),
                                ["application"] = new JsonObject
                                {
                                    ["id"] = ApplicationId.ToString(
                                        System.Globalization.CultureInfo.InvariantCulture
                                    ),
                                    ["flags"] = 0,
                                },
                            }
                        );
                        break;
                    case 6:
                        await DispatchAsync(socket, "RESUMED", null);
                        break;
                }
            }
        }
        catch (Exception exception)
            when (exception is WebSocketException or OperationCanceledException or IOException) { }
    }

    private Task DispatchAsync(WebSocket socket, string type, JsonNode? data) =>
        SendAsync(
            socket,
            new JsonObject
            {
                ["op"] = 0,
                ["t"] = type,
                ["s"] = Interlocked.Increment(ref _sequence),
                ["d"] = data,
            }
        );

    private async Task SendAsync(WebSocket socket, JsonNode payload)
    {
        await _sendLock.WaitAsync();
        try
        {
            await socket.SendAsync(
                Encoding.UTF8.GetBytes(payload.ToJsonString()),
                WebSocketMessageType.Text,
                true,
                CancellationToken.None
            );
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private WebSocket CurrentSocket
    {
        get
        {
            lock (_gate)
                return _socket ?? throw new InvalidOperationException("The bot is not connected.");
        }
    }

    /// <summary>Sends an INTERACTION_CREATE; returns its id.</summary>
    public async Task<string> SendInteractionAsync(JsonObject interaction)
    {
        await DispatchAsync(CurrentSocket, "INTERACTION_CREATE", interaction);
        return interaction["id"]!.GetValue<string>();
    }

    /// <summary>
    /// Sends an INTERACTION_CREATE and waits until the bot answers it: its callback, or, when the bot
    /// deferred, the edit of the original message. Null when no answer came within <paramref name="timeout"/>.
    /// </summary>
    public async Task<InteractionAnswer?> SendInteractionAndWaitAsync(
        JsonObject interaction,
        TimeSpan timeout,
        CancellationToken cancellationToken = default
    )
    {
        var id = interaction["id"]!.GetValue<string>();
        var token = interaction["token"]!.GetValue<string>();
        var pending = new PendingAnswer();
        _pendingById[id] = pending;
        _pendingByToken[token] = pending;
        try
        {
            // Registered before sending: the answer may arrive before the send returns.
            var sentAt = Stopwatch.GetTimestamp();
            await DispatchAsync(CurrentSocket, "INTERACTION_CREATE", interaction);
            var answeredAt = await pending.Task.WaitAsync(timeout, cancellationToken);
            return new InteractionAnswer(id, sentAt, answeredAt, pending.IsDeferred);
        }
        catch (TimeoutException)
        {
            return null;
        }
        finally
        {
            _pendingById.TryRemove(id, out _);
            _pendingByToken.TryRemove(token, out _);
        }
    }

    public Task SendReconnectAsync() =>
        SendAsync(CurrentSocket, new JsonObject { ["op"] = 7, ["d"] = null });

    public Task SendInvalidSessionAsync(bool resumable) =>
        SendAsync(CurrentSocket, new JsonObject { ["op"] = 9, ["d"] = resumable });

    public Task SendHeartbeatRequestAsync() =>
        SendAsync(CurrentSocket, new JsonObject { ["op"] = 1, ["d"] = null });

    /// <summary>Drops the TCP connection without a close frame.</summary>
    public void DropConnection() => CurrentSocket.Abort();

    public Task CloseAsync(int code) =>
        CurrentSocket.CloseOutputAsync(
            (WebSocketCloseStatus)code,
            "closed by the test",
            CancellationToken.None
        );

    /// <summary>An interaction as Discord sends it; <paramref name="options"/> are (name, value) pairs.</summary>
    public JsonObject Interaction(
        string command,
        IEnumerable<(string Name, object Value)>? options = null,
        int type = 2,
        string permissions = "0",
        string[]? roles = null,
        string? focused = null
    )
    {
        var id = NextId();
        var optionArray = new JsonArray();
        foreach (var (name, value) in options ?? [])
        {
            var option = new JsonObject
            {
                ["name"] = name,
                ["type"] = value is bool ? 5 : 3,
                ["value"] = value is bool b ? JsonValue.Create(b) : JsonValue.Create((string)value),
            };
            if (name == focused)
                option["focused"] = true;
            optionArray.Add(option);
        }
        return new JsonObject
        {
            ["id"] = id,
            ["application_id"] = ApplicationId.ToString(
                System.Globalization.CultureInfo.InvariantCulture
            ),
            ["type"] = type,
            ["token"] = "itoken-" + id,
            ["version"] = 1,
            ["guild_id"] = "300000000000000001",
            ["channel_id"] = "300000000000000002",
            ["data"] = new JsonObject
            {
                ["id"] = "400000000000000001",
                ["name"] = command,
                ["type"] = 1,
                ["options"] = optionArray,
            },
            ["member"] = new JsonObject
            {
                ["user"] = new JsonObject
                {
                    ["id"] = "500000000000000001",
                    ["username"] = "reader",
                },
                ["roles"] = new JsonArray([
                    .. (roles ?? []).Select(r => (JsonNode)JsonValue.Create(r)),
                ]),
                ["permissions"] = permissions,
            },
            ["app_permissions"] = "0",
            ["locale"] = "en-US",
        };
    }

    /// <summary>Polls <paramref name="condition"/> every 10 ms for at most <paramref name="timeout"/>.</summary>
    public static async Task<bool> WaitUntilAsync(Func<bool> condition, TimeSpan? timeout = null)
    {
        var deadline =
            Stopwatch.GetTimestamp()
            + (long)((timeout ?? TimeSpan.FromSeconds(10)).TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (condition())
                return true;
            await Task.Delay(10);
        }
        return condition();
    }

    private const int DeferredChannelMessageWithSource = 5;

    /// <summary>An interaction waiting for its answer; completes with the Stopwatch ticks of the answer.</summary>
    private sealed class PendingAnswer
    {
        private readonly TaskCompletionSource<long> _answered = new(
            TaskCreationOptions.RunContinuationsAsynchronously
        );

        public Task<long> Task => _answered.Task;

        /// <summary>Set before the edit that completes it; the completion publishes it to the waiter.</summary>
        public bool IsDeferred { get; set; }

        public void Answered(long atTicks) => _answered.TrySetResult(atTicks);
    }

    public async ValueTask DisposeAsync()
    {
        lock (_gate)
            _socket?.Abort();
        using (var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2)))
            await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
        _sendLock.Dispose();
    }
}
