using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using NSec.Cryptography;

namespace NewsBot.Testing.Emulator;

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
/// When an interaction was dispatched, when the bot acknowledged it (its first callback: the answer or a
/// deferral) and when it answered it: its callback, or the edit of the original message when the callback
/// was a deferral (type 5), both read on the emulator's <see cref="DiscordEmulator.Clock"/>.
/// </summary>
public sealed record InteractionAnswer(
    string InteractionId,
    TimeSpan AckLatency,
    TimeSpan Latency,
    bool IsDeferred
);

/// <summary>
/// A file attached to a command (an option of type 11), served by the emulator at <see cref="Url"/> as
/// Discord's CDN serves attachments.
/// https://discord.com/developers/docs/resources/message#attachment-object
/// </summary>
public sealed record EmulatedAttachment(
    string Id,
    string Filename,
    string ContentType,
    string Url,
    int Size
);

/// <summary>What the bot's HTTP interactions endpoint answered to one request.</summary>
public sealed record HttpInteractionResult(int StatusCode, JsonNode? Body, TimeSpan Latency);

/// <summary>
/// An in-process Discord written from Discord's documentation: the REST routes the bot uses, a gateway
/// that speaks HELLO, IDENTIFY/READY, GUILD_CREATE, RESUME/RESUMED, heartbeats and dispatches, and a
/// sender of Ed25519-signed HTTP interactions, on 127.0.0.1. As Discord does, it refuses a first answer
/// that comes more than 3 s after the interaction (10062) and a second one (40060). Tests steer it
/// (op 7, op 9, dropped sockets, close codes, 429s) and read what the bot sent; the benchmark times
/// interactions through it.
/// </summary>
public sealed class DiscordEmulator : IAsyncDisposable
{
    /// <summary>Shaped as a bot token (the bot's id in base64, then secret parts): Discord.Net checks the shape.</summary>
    public const string Token =
        "MTAwMDAwMDAwMDAwMDAwMDAy.emulator.SECRET-123-abcdefghijklmnopqrstuvwxyz";
    public const ulong ApplicationId = 100000000000000001;
    public const string BotUserId = "100000000000000002";
    public const string GuildId = "300000000000000001";
    public const string ChannelId = "300000000000000002";
    public const string OwnerId = "500000000000000009";

    /// <summary>A role of the emulated guild with Manage Server (1 &lt;&lt; 5).</summary>
    public const string ManagerRole = "600000000000000032";

    /// <summary>A role of the emulated guild with Administrator (1 &lt;&lt; 3).</summary>
    public const string AdministratorRole = "600000000000000008";

    /// <summary>A role without any permission a moderator could need.</summary>
    public const string PlainRole = "600000000000000007";

    /// <summary>Discord's window for the first answer to an interaction.</summary>
    public static readonly TimeSpan AnswerWindow = TimeSpan.FromSeconds(3);

    // https://discord.com/developers/docs/reference#snowflakes
    private static readonly DateTimeOffset s_discordEpoch = new(2015, 1, 1, 0, 0, 0, TimeSpan.Zero);

    // VIEW_CHANNEL | SEND_MESSAGES | USE_APPLICATION_COMMANDS: what @everyone may do in a new server.
    private const string EveryonePermissions = "2147486720";
    private readonly Key _signingKey = Key.Create(
        SignatureAlgorithm.Ed25519,
        new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport }
    );
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };

    // When each interaction was sent (ticks of Clock), by id: a first answer later than 3 s is refused.
    private readonly ConcurrentDictionary<string, long> _sentAt = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, (string ContentType, byte[] Body)> _attachments =
        new(StringComparer.Ordinal);
    private int _refused;
    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private WebSocket? _socket;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private long _sequence;
    private int _connections;
    private int _nextIncrement;

    // Interactions already answered by a callback (under _gate): a second callback is refused with 40060.
    private readonly HashSet<string> _acknowledged = new(StringComparer.Ordinal);

    // Interactions sent by SendInteractionAndWaitAsync, by id (for the callback) and by token (for the edit).
    private readonly ConcurrentDictionary<string, PendingAnswer> _pendingById = new(
        StringComparer.Ordinal
    );
    private readonly ConcurrentDictionary<string, PendingAnswer> _pendingByToken = new(
        StringComparer.Ordinal
    );

    private DiscordEmulator(WebApplication app, TimeProvider clock)
    {
        _app = app;
        Clock = clock;
    }

    /// <summary>
    /// The emulator's time: interaction ids (snowflakes), the 3-second window and the latencies are read
    /// on it. A test that gives the bot and the emulator one clock it moves itself checks the timing rules
    /// whatever the speed of the machine.
    /// </summary>
    public TimeProvider Clock { get; }

    public string BaseUrl { get; private set; } = "";

    public string ApiBaseUrl => BaseUrl + "/api/v10";

    public int HeartbeatIntervalMs { get; set; } = 45000;

    public bool AcknowledgesHeartbeats { get; set; } = true;

    /// <summary>Close code sent in answer to IDENTIFY (e.g. 4004), or null to send READY.</summary>
    public int? CloseOnIdentify { get; set; }

    /// <summary>How many of the next edits of an original response are answered 429 (with the callbacks' retry_after).</summary>
    public int EditRateLimits { get; set; }

    /// <summary>How many of the next interaction callbacks are answered 429.</summary>
    public int CallbackRateLimits { get; set; }

    public double CallbackRetryAfterSeconds { get; set; } = 0.3;

    /// <summary>
    /// The <c>Retry-After</c> header of those 429s, in whole seconds: by default <see cref="CallbackRetryAfterSeconds"/>
    /// rounded up, as Discord sends it; Discord.Net's bucket stays closed for the longer of the two.
    /// </summary>
    public int? CallbackRetryAfterHeader { get; set; }

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

    /// <summary>First answers refused because they came more than 3 s after their interaction (10062).</summary>
    public int Refused => Volatile.Read(ref _refused);

    /// <summary>The application's public key (hex), for the bot's <c>Discord:PublicKey</c>.</summary>
    public string PublicKeyHex =>
        Convert.ToHexStringLower(_signingKey.PublicKey.Export(KeyBlobFormat.RawPublicKey));

    public string? SessionId { get; private set; }

    public long LastSequence => Interlocked.Read(ref _sequence);

    public static async Task<DiscordEmulator> StartAsync(TimeProvider? clock = null)
    {
        var app = Loopback.Create();
        var emulator = new DiscordEmulator(app, clock ?? TimeProvider.System);
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
        emulator.BaseUrl = Loopback.BaseUrl(app);
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

    /// <summary>Follow-up messages sent with an interaction's token.</summary>
    public IReadOnlyList<RecordedRequest> FollowupsFor(string interactionToken) =>
        [.. RequestsTo("POST", $"/api/v10/webhooks/{ApplicationId}/{interactionToken}")];

    /// <summary>Deletions of an interaction's original response.</summary>
    public IReadOnlyList<RecordedRequest> DeletionsFor(string interactionToken) =>
        [.. RequestsTo("DELETE", $"/api/v10/webhooks/{ApplicationId}/{interactionToken}/")];

    public IReadOnlyList<RecordedGatewayPayload> Sent(int op) =>
        [.. GatewayPayloads.Where(p => p.Op == op)];

    /// <summary>Keeps a file to attach to a command, served at the attachment's URL.</summary>
    public EmulatedAttachment Attach(string filename, string contentType, string content)
    {
        var id = NextId();
        var body = Encoding.UTF8.GetBytes(content);
        _attachments[id] = (contentType, body);
        return new EmulatedAttachment(
            id,
            filename,
            contentType,
            $"{BaseUrl}/attachments/{ChannelId}/{id}/{Uri.EscapeDataString(filename)}",
            body.Length
        );
    }

    private void MapRoutes(WebApplication app)
    {
        app.MapGet(
            "/attachments/{channel}/{id}/{name}",
            (string id) =>
                _attachments.TryGetValue(id, out var file)
                    ? Results.Bytes(file.Body, file.ContentType)
                    : Results.NotFound()
        );
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
            "/api/v10/oauth2/applications/@me",
            (HttpContext context) =>
            {
                Record(context, null);
                return Results.Json(ApplicationJson());
            }
        );
        app.MapGet(
            "/api/v10/users/@me",
            (HttpContext context) =>
            {
                Record(context, null);
                return Results.Json(BotUserJson());
            }
        );
        app.MapGet(
            "/api/v10/guilds/{guild}",
            (HttpContext context) =>
            {
                Record(context, null);
                return Results.Json(GuildJson(available: true));
            }
        );
        app.MapGet(
            "/api/v10/channels/{channel}",
            (HttpContext context) =>
            {
                Record(context, null);
                return Results.Json(ChannelJson());
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
                var body = await ReadBodyAsync(context);
                lock (_gate)
                {
                    if (EditRateLimits > 0)
                    {
                        EditRateLimits--;
                        return RateLimited(context, "webhook-bucket");
                    }
                }
                var recorded = Record(context, body);
                if (_pendingByToken.TryGetValue(token, out var pending))
                {
                    pending.Answered(recorded.AtTicks);
                }

                return Results.Json(MessageJson());
            }
        );
        app.MapDelete(
            "/api/v10/webhooks/{app}/{token}/messages/@original",
            (HttpContext context) =>
            {
                Record(context, null);
                return Results.NoContent();
            }
        );
        // https://discord.com/developers/docs/interactions/receiving-and-responding#create-followup-message
        app.MapPost(
            "/api/v10/webhooks/{app}/{token}",
            async (HttpContext context, string token) =>
            {
                var body = await ReadBodyAsync(context);
                var recorded = Record(context, body);
                if (_pendingByToken.TryGetValue(token, out var pending))
                {
                    pending.Answered(recorded.AtTicks);
                }

                var message = MessageJson();
                message["content"] = body?["content"]?.DeepClone() ?? "";
                message["flags"] = body?["flags"]?.DeepClone() ?? 0;
                return Results.Json(message);
            }
        );
        app.Map("/gateway", GatewayAsync);
        app.Map("/resume", GatewayAsync);
    }

    private IResult ListCommands(HttpContext context)
    {
        Record(context, null);
        lock (_gate)
        {
            return Results.Json(new JsonArray([.. RegisteredCommands.Select(c => c.DeepClone())]));
        }
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
                return RateLimited(context, "callback-bucket");
            }
            if (
                !_acknowledged.Contains(id)
                && _sentAt.TryGetValue(id, out var sentAt)
                && Clock.GetElapsedTime(sentAt) > AnswerWindow
            )
            {
                // https://discord.com/developers/docs/topics/opcodes-and-status-codes#json-json-error-codes
                Interlocked.Increment(ref _refused);
                return Results.Json(
                    new JsonObject { ["code"] = 10062, ["message"] = "Unknown interaction" },
                    statusCode: 404
                );
            }
            var already = !_acknowledged.Add(id);
            var recorded = Record(context, body);
            if (already)
            {
                return Results.Json(
                    new JsonObject
                    {
                        ["code"] = 40060,
                        ["message"] = "Interaction has already been acknowledged.",
                    },
                    statusCode: 400
                );
            }

            if (_pendingById.TryGetValue(id, out var pending))
            {
                // https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-interaction-callback-type
                pending.Acknowledged(recorded.AtTicks);
                if (body?["type"]?.GetValue<int>() == DeferredChannelMessageWithSource)
                {
                    pending.IsDeferred = true;
                }
                else
                {
                    pending.Answered(recorded.AtTicks);
                }
            }
        }
        return Results.NoContent();
    }

    /// <summary>
    /// A 429 as Discord sends it: <c>retry_after</c> in the body, <c>Retry-After</c> in whole seconds
    /// (rounded up) and the bucket's headers.
    /// https://discord.com/developers/docs/topics/rate-limits#header-format
    /// </summary>
    private IResult RateLimited(HttpContext context, string bucket)
    {
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        var headers = context.Response.Headers;
        headers["X-RateLimit-Limit"] = "1";
        headers["X-RateLimit-Remaining"] = "0";
        headers["X-RateLimit-Reset-After"] = CallbackRetryAfterSeconds.ToString(culture);
        headers["Retry-After"] = (
            CallbackRetryAfterHeader ?? (int)Math.Ceiling(CallbackRetryAfterSeconds)
        ).ToString(culture);
        headers["X-RateLimit-Reset"] = (
            (Clock.GetUtcNow().ToUnixTimeMilliseconds() / 1000.0) + CallbackRetryAfterSeconds
        ).ToString("0.000", culture);
        headers["X-RateLimit-Bucket"] = bucket;
        headers["X-RateLimit-Scope"] = "user";
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

    private RecordedRequest Record(HttpContext context, JsonNode? body)
    {
        var request = new RecordedRequest(
            context.Request.Method,
            context.Request.Path.Value ?? "",
            body,
            context.Request.Headers.Authorization.ToString(),
            context.Request.Headers.UserAgent.ToString(),
            Clock.GetTimestamp()
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

    /// <summary>A snowflake made now: its top bits are the current time, as Discord's ids are.</summary>
    private string NextId() =>
        (
            ((ulong)(Clock.GetUtcNow() - s_discordEpoch).TotalMilliseconds << 22)
            | (uint)(Interlocked.Increment(ref _nextIncrement) & 0xFFF)
        ).ToString(System.Globalization.CultureInfo.InvariantCulture);

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
        {
            _socket = socket;
        }

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
                        {
                            await socket.CloseOutputAsync(
                                WebSocketCloseStatus.NormalClosure,
                                null,
                                CancellationToken.None
                            );
                        }

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
                                ["user"] = BotUserJson(),
                                ["guilds"] = new JsonArray(GuildJson(available: false)),
                                ["private_channels"] = new JsonArray(),
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
                        // The Guilds intent: each guild of READY arrives in full right after it.
                        await DispatchAsync(socket, "GUILD_CREATE", GuildJson(available: true));
                        break;
                    case 6:
                        await DispatchAsync(socket, "RESUMED", null);
                        break;
                    default:
                        // Other opcodes (presence and voice updates) are recorded and not answered.
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
            {
                return _socket ?? throw new InvalidOperationException("The bot is not connected.");
            }
        }
    }

    /// <summary>Sends an INTERACTION_CREATE; returns its id.</summary>
    public async Task<string> SendInteractionAsync(JsonObject interaction)
    {
        var id = interaction["id"]!.GetValue<string>();
        _sentAt[id] = Clock.GetTimestamp();
        await DispatchAsync(CurrentSocket, "INTERACTION_CREATE", interaction);
        return id;
    }

    /// <summary>
    /// POSTs an interaction to the bot's HTTP endpoint as Discord does: signed with the application's
    /// Ed25519 key over the timestamp and the body (<paramref name="forge"/> signs with another key,
    /// <paramref name="withSignature"/> false sends no signature). Edits of a deferred answer arrive on the REST routes.
    /// </summary>
    public async Task<HttpInteractionResult> PostInteractionAsync(
        string endpointUrl,
        JsonObject interaction,
        bool withSignature = true,
        bool forge = false,
        CancellationToken cancellationToken = default
    )
    {
        if (interaction["id"]?.GetValue<string>() is { } id)
        {
            _sentAt[id] = Clock.GetTimestamp();
        }
        return await PostSignedAsync(
            endpointUrl,
            Encoding.UTF8.GetBytes(interaction.ToJsonString()),
            Clock.GetUtcNow(),
            withSignature,
            forge,
            cancellationToken
        );
    }

    /// <summary>
    /// POSTs any bytes to the bot's HTTP endpoint, signed with the application's key as sent at
    /// <paramref name="signedAt"/>: the same bytes and time give the same signature, as a replay does.
    /// </summary>
    public async Task<HttpInteractionResult> PostSignedAsync(
        string endpointUrl,
        byte[] body,
        DateTimeOffset signedAt,
        bool withSignature = true,
        bool forge = false,
        CancellationToken cancellationToken = default
    )
    {
        var timestamp = signedAt
            .ToUnixTimeSeconds()
            .ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, endpointUrl)
        {
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = new("application/json");
        if (withSignature)
        {
            using var forged = forge ? Key.Create(SignatureAlgorithm.Ed25519) : null;
            var signature = SignatureAlgorithm.Ed25519.Sign(
                forged ?? _signingKey,
                [.. Encoding.UTF8.GetBytes(timestamp), .. body]
            );
            request.Headers.Add("X-Signature-Ed25519", Convert.ToHexStringLower(signature));
            request.Headers.Add("X-Signature-Timestamp", timestamp);
        }
        var started = Clock.GetTimestamp();
        using var response = await _http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return new HttpInteractionResult(
            (int)response.StatusCode,
            text.Length == 0
            || response.Content.Headers.ContentType?.MediaType != "application/json"
                ? null
                : JsonNode.Parse(text),
            Clock.GetElapsedTime(started)
        );
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
            var sentAt = Clock.GetTimestamp();
            _sentAt[id] = sentAt;
            await DispatchAsync(CurrentSocket, "INTERACTION_CREATE", interaction);
            var answeredAt = await pending.Task.WaitAsync(timeout, cancellationToken);
            return new InteractionAnswer(
                id,
                Clock.GetElapsedTime(sentAt, pending.AcknowledgedAt),
                Clock.GetElapsedTime(sentAt, answeredAt),
                pending.IsDeferred
            );
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

    /// <summary>
    /// An interaction as Discord sends it; <paramref name="options"/> are (name, value) pairs. The member's
    /// <paramref name="permissions"/> come from the guild's roles, as on Discord: Manage Server (32) from
    /// <see cref="ManagerRole"/>, Administrator (8) from <see cref="AdministratorRole"/>.
    /// </summary>
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
        var attachments = new JsonObject();
        foreach (var (name, value) in options ?? [])
        {
            var option = new JsonObject
            {
                ["name"] = name,
                ["type"] = value switch
                {
                    bool => 5,
                    EmulatedAttachment => 11,
                    _ => 3,
                },
                ["value"] = value switch
                {
                    bool b => JsonValue.Create(b),
                    EmulatedAttachment a => JsonValue.Create(a.Id),
                    _ => JsonValue.Create((string)value),
                },
            };
            if (value is EmulatedAttachment attachment)
            {
                attachments[attachment.Id] = new JsonObject
                {
                    ["id"] = attachment.Id,
                    ["filename"] = attachment.Filename,
                    ["size"] = attachment.Size,
                    ["url"] = attachment.Url,
                    ["proxy_url"] = attachment.Url,
                    ["content_type"] = attachment.ContentType,
                };
            }
            if (name == focused)
            {
                option["focused"] = true;
            }

            optionArray.Add(option);
        }
        var interaction = new JsonObject
        {
            ["id"] = id,
            ["application_id"] = ApplicationId.ToString(
                System.Globalization.CultureInfo.InvariantCulture
            ),
            ["type"] = type,
            ["token"] = "itoken-" + id,
            ["version"] = 1,
            ["guild_id"] = GuildId,
            ["channel_id"] = ChannelId,
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
                    .. RolesFor(permissions, roles).Select(r => (JsonNode)JsonValue.Create(r)),
                ]),
                ["permissions"] = permissions,
                ["joined_at"] = "2024-01-01T00:00:00+00:00",
                ["deaf"] = false,
                ["mute"] = false,
            },
            ["app_permissions"] = "0",
            ["locale"] = "en-US",
            ["guild_locale"] = "en-US",
            ["entitlements"] = new JsonArray(),
            ["authorizing_integration_owners"] = new JsonObject { ["0"] = GuildId },
            ["context"] = 0,
        };
        if (attachments.Count > 0)
        {
            interaction["data"]!["resolved"] = new JsonObject { ["attachments"] = attachments };
        }
        return interaction;
    }

    /// <summary>The PING Discord sends to check an interactions endpoint URL.</summary>
    public JsonObject Ping()
    {
        var id = NextId();
        return new JsonObject
        {
            ["id"] = id,
            ["application_id"] = ApplicationId.ToString(
                System.Globalization.CultureInfo.InvariantCulture
            ),
            ["type"] = 1,
            ["token"] = "itoken-" + id,
            ["version"] = 1,
            ["user"] = new JsonObject
            {
                ["id"] = OwnerId,
                ["username"] = "discord",
                ["discriminator"] = "0",
            },
            ["entitlements"] = new JsonArray(),
        };
    }

    private static IEnumerable<string> RolesFor(string permissions, string[]? roles)
    {
        var bits = ulong.TryParse(
            permissions,
            System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture,
            out var value
        )
            ? value
            : 0;
        if ((bits & 32) != 0)
        {
            yield return ManagerRole;
        }

        if ((bits & 8) != 0)
        {
            yield return AdministratorRole;
        }

        foreach (var role in roles ?? [])
        {
            yield return role;
        }
    }

    private static JsonObject BotUserJson() =>
        new()
        {
            ["id"] = BotUserId,
            ["username"] = "NewsBot",
            ["discriminator"] = "0",
            ["bot"] = true,
        };

    private static JsonObject ApplicationJson() =>
        new()
        {
            ["id"] = ApplicationId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["name"] = "NewsBot",
            ["description"] = "",
            ["bot_public"] = true,
            ["bot_require_code_grant"] = false,
            ["flags"] = 0,
            ["verify_key"] = "00",
            ["owner"] = new JsonObject
            {
                ["id"] = OwnerId,
                ["username"] = "owner",
                ["discriminator"] = "0",
            },
        };

    private static JsonObject Role(string id, string name, string permissions, int position) =>
        new()
        {
            ["id"] = id,
            ["name"] = name,
            ["color"] = 0,
            ["hoist"] = false,
            ["position"] = position,
            ["permissions"] = permissions,
            ["managed"] = false,
            ["mentionable"] = false,
            ["flags"] = 0,
        };

    /// <summary>
    /// The one guild the bot is in, as READY (unavailable) and GUILD_CREATE or <c>GET /guilds/{id}</c> give it.
    /// https://discord.com/developers/docs/resources/guild#guild-object
    /// </summary>
    private static JsonObject GuildJson(bool available)
    {
        if (!available)
        {
            return new JsonObject { ["id"] = GuildId, ["unavailable"] = true };
        }

        return new JsonObject
        {
            ["id"] = GuildId,
            ["name"] = "Newsroom",
            ["icon"] = null,
            ["owner_id"] = OwnerId,
            ["afk_timeout"] = 300,
            ["verification_level"] = 0,
            ["default_message_notifications"] = 0,
            ["explicit_content_filter"] = 0,
            ["mfa_level"] = 0,
            ["nsfw_level"] = 0,
            ["premium_tier"] = 0,
            ["system_channel_flags"] = 0,
            ["preferred_locale"] = "en-US",
            ["features"] = new JsonArray(),
            ["emojis"] = new JsonArray(),
            ["stickers"] = new JsonArray(),
            ["roles"] = new JsonArray(
                Role(GuildId, "@everyone", EveryonePermissions, 0),
                Role(PlainRole, "readers", EveryonePermissions, 1),
                Role(ManagerRole, "managers", "32", 2),
                Role(AdministratorRole, "admins", "8", 3)
            ),
            ["joined_at"] = "2024-01-01T00:00:00+00:00",
            ["large"] = false,
            ["unavailable"] = false,
            ["member_count"] = 3,
            ["members"] = new JsonArray(),
            ["channels"] = new JsonArray(ChannelJson()),
            ["threads"] = new JsonArray(),
            ["presences"] = new JsonArray(),
            ["voice_states"] = new JsonArray(),
            ["stage_instances"] = new JsonArray(),
            ["guild_scheduled_events"] = new JsonArray(),
            ["soundboard_sounds"] = new JsonArray(),
        };
    }

    private static JsonObject ChannelJson() =>
        new()
        {
            ["id"] = ChannelId,
            ["type"] = 0,
            ["guild_id"] = GuildId,
            ["name"] = "news",
            ["position"] = 0,
            ["permission_overwrites"] = new JsonArray(),
        };

    private JsonObject MessageJson() =>
        new()
        {
            ["id"] = NextId(),
            ["type"] = 0,
            ["channel_id"] = ChannelId,
            ["content"] = "",
            ["author"] = BotUserJson(),
            ["timestamp"] = DateTimeOffset.UtcNow.ToString(
                "yyyy-MM-ddTHH:mm:ss.fffzzz",
                System.Globalization.CultureInfo.InvariantCulture
            ),
            ["tts"] = false,
            ["mention_everyone"] = false,
            ["mentions"] = new JsonArray(),
            ["mention_roles"] = new JsonArray(),
            ["attachments"] = new JsonArray(),
            ["embeds"] = new JsonArray(),
            ["pinned"] = false,
            ["flags"] = 0,
        };

    /// <summary>Polls <paramref name="condition"/> every 10 ms for at most <paramref name="timeout"/>.</summary>
    public static async Task<bool> WaitUntilAsync(Func<bool> condition, TimeSpan? timeout = null)
    {
        var deadline =
            Stopwatch.GetTimestamp()
            + (long)((timeout ?? TimeSpan.FromSeconds(10)).TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (condition())
            {
                return true;
            }

            await Task.Delay(10);
        }
        return condition();
    }

    private const int DeferredChannelMessageWithSource = 5;

    /// <summary>An interaction waiting for its answer; completes with the ticks (of Clock) of the answer.</summary>
    private sealed class PendingAnswer
    {
        private readonly TaskCompletionSource<long> _answered = new(
            TaskCreationOptions.RunContinuationsAsynchronously
        );

        public Task<long> Task => _answered.Task;

        /// <summary>Set before the edit that completes it; the completion publishes it to the waiter.</summary>
        public bool IsDeferred { get; set; }

        /// <summary>Ticks (of Clock) of the first callback; set before the answer completes the task.</summary>
        public long AcknowledgedAt { get; private set; }

        public void Acknowledged(long atTicks)
        {
            if (AcknowledgedAt == 0)
            {
                AcknowledgedAt = atTicks;
            }
        }

        public void Answered(long atTicks) => _answered.TrySetResult(atTicks);
    }

    public async ValueTask DisposeAsync()
    {
        lock (_gate)
        {
            _socket?.Abort();
        }

        using (var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2)))
        {
            await _app.StopAsync(stop.Token);
        }

        await _app.DisposeAsync();
        _sendLock.Dispose();
        _signingKey.Dispose();
        _http.Dispose();
    }
}
