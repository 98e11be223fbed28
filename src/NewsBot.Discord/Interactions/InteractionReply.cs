using System.Globalization;
using System.Net;
using Discord;
using Discord.Net;
using Discord.Rest;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Telemetry;
using NewsBot.Discord.Json;
using NewsBot.Discord.Rendering;

namespace NewsBot.Discord.Interactions;

/// <summary>
/// The one place that answers an interaction, so that the rules hold mechanically: the first answer is
/// sent exactly once (the answer itself, or a deferral followed by an edit of the original message),
/// every response, edit and follow-up goes out with <see cref="NoPings"/> and within
/// Discord's limits, and a rate-limited answer waits out Discord's <c>retry_after</c> itself before
/// it is sent again (Discord.Net puts every interaction callback in one bucket and would otherwise
/// hold it there past the 3-second window).
/// https://discord.com/developers/docs/interactions/receiving-and-responding#responding-to-an-interaction
/// </summary>
internal sealed partial class InteractionReply
{
    private enum State
    {
        Waiting,
        Deferring,
        Deferred,
        Answering,
        Answered,
        Lost,
    }

    /// <summary>The wait when Discord.Net holds a request back without saying how long (its bucket is busy).</summary>
    private static readonly TimeSpan s_busyBucketWait = TimeSpan.FromMilliseconds(25);

    /// <summary>
    /// <c>allowed_mentions</c> with an empty <c>parse</c> list: nobody is pinged, whatever an article or a
    /// query contains. (Discord.Net's <c>AllowedMentions.None</c> sends <c>"parse": null</c>.)
    /// https://discord.com/developers/docs/resources/message#allowed-mentions-object
    /// </summary>
    internal static readonly AllowedMentions NoPings = new(AllowedMentionTypes.None);

    private readonly IDiscordInteraction _interaction;
    private readonly Func<string, Task>? _httpCallback;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly NewsBotMetrics? _metrics;
    private readonly Lock _gate = new();
    private State _state;
    private Task<bool> _deferral = Task.FromResult(false);

    /// <param name="interaction">The interaction to answer.</param>
    /// <param name="answerWindow">How long after its creation a first answer is still accepted.</param>
    /// <param name="time">The clock deadlines are read from.</param>
    /// <param name="logger">Where late and failed answers are logged.</param>
    /// <param name="httpCallback">
    /// For the HTTP transport: writes the first answer as the body of Discord's request instead of
    /// calling Discord back.
    /// </param>
    /// <param name="metrics">Where acknowledgements, deferrals and rate limits are counted.</param>
    /// <param name="isPrivate">
    /// True when the answer is for the one who asked only (a refusal, a moderator's command): a deferral
    /// is then ephemeral, since a deferral decides it for the edit after it.
    /// </param>
    public InteractionReply(
        IDiscordInteraction interaction,
        TimeSpan answerWindow,
        TimeProvider time,
        ILogger logger,
        Func<string, Task>? httpCallback = null,
        NewsBotMetrics? metrics = null,
        bool isPrivate = false
    )
    {
        _metrics = metrics;
        IsPrivate = isPrivate;
        _interaction = interaction;
        _httpCallback = httpCallback;
        _time = time;
        _logger = logger;
        CreatedAt = new Snowflake(interaction.Id).CreatedAt;
        Deadline = CreatedAt + answerWindow;
    }

    /// <summary>When the user sent the interaction, from its snowflake.</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <summary>The first answer must reach Discord before this.</summary>
    public DateTimeOffset Deadline { get; }

    public string InteractionId => _interaction.Id.ToString(CultureInfo.InvariantCulture);

    /// <summary>True once a first answer (a deferral or the answer) went out or was tried.</summary>
    public bool IsAcknowledged
    {
        get
        {
            lock (_gate)
            {
                return _state != State.Waiting;
            }
        }
    }

    public bool IsDeferred
    {
        get
        {
            lock (_gate)
            {
                return _state is State.Deferring or State.Deferred;
            }
        }
    }

    public bool IsAnswered
    {
        get
        {
            lock (_gate)
            {
                return _state is State.Answered or State.Lost;
            }
        }
    }

    /// <summary>Milliseconds since the user sent the interaction.</summary>
    public long ElapsedMs => (long)(_time.GetUtcNow() - CreatedAt).TotalMilliseconds;

    /// <summary>True when the answer is expected to be for the one who asked only: a deferral is ephemeral.</summary>
    public bool IsPrivate { get; }

    /// <summary>
    /// Acknowledges now with a deferral (type 5) unless a first answer already went out, ephemeral when the
    /// answer <see cref="IsPrivate"/>; true when the interaction is (being) deferred, so the answer will be
    /// an edit.
    /// </summary>
    public Task<bool> DeferAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_state is State.Deferring or State.Deferred)
            {
                return _deferral;
            }

            if (_state != State.Waiting)
            {
                return Task.FromResult(false);
            }

            _state = State.Deferring;
            _deferral = SendDeferralAsync(IsPrivate, cancellationToken);
            return _deferral;
        }
    }

    private async Task<bool> SendDeferralAsync(bool ephemeral, CancellationToken cancellationToken)
    {
        try
        {
            await SendAsync(
                "deferral",
                options =>
                    _interaction is RestInteraction rest
                        ? _httpCallback!(rest.Defer(ephemeral, options))
                        : _interaction.DeferAsync(ephemeral, options),
                cancellationToken
            );
            lock (_gate)
            {
                _state = State.Deferred;
            }

            var elapsedMs = ElapsedMs;
            _metrics?.Deferred();
            _metrics?.Acknowledged(TimeSpan.FromMilliseconds(elapsedMs));
            Deferred(_logger, InteractionId, elapsedMs);
            return true;
        }
        catch (Exception exception) when (IsRefusal(exception))
        {
            lock (_gate)
            {
                _state = State.Lost;
            }

            Refused(exception);
            return false;
        }
    }

    /// <summary>
    /// The answer: sent as the first answer when nothing went out yet, otherwise as the edit of the
    /// deferred message. A second answer is dropped (and logged), never sent.
    /// </summary>
    public async Task AnswerAsync(
        JsonMessage message,
        CancellationToken cancellationToken = default
    )
    {
        Task<bool>? deferral = null;
        lock (_gate)
        {
            switch (_state)
            {
                case State.Waiting:
                    _state = State.Answering;
                    break;
                case State.Deferring or State.Deferred:
                    deferral = _deferral;
                    break;
                case State.Answering:
                case State.Answered:
                case State.Lost:
                default:
                    AnsweredTwice(_logger, InteractionId);
                    return;
            }
        }
        var fitted = DiscordLimits.Enforce(message);
        try
        {
            if (deferral is null)
            {
                await SendAsync(
                    "answer",
                    options => RespondAsync(fitted, options),
                    cancellationToken
                );
                _metrics?.Acknowledged(TimeSpan.FromMilliseconds(ElapsedMs));
            }
            else if (await deferral)
            {
                if (IsEphemeral(fitted) && !IsPrivate)
                {
                    await AnswerPrivatelyAfterPublicDeferralAsync(fitted, cancellationToken);
                }
                else
                {
                    await SendAsync(
                        "edit",
                        options => EditOriginalAsync(fitted, options),
                        cancellationToken
                    );
                }
            }
            else
            {
                return; // the deferral was refused: nobody can see an answer any more
            }

            lock (_gate)
            {
                _state = State.Answered;
            }
        }
        catch (Exception exception) when (IsRefusal(exception))
        {
            lock (_gate)
            {
                _state = State.Lost;
            }

            Refused(exception);
        }
    }

    /// <summary>
    /// Over HTTP, Discord.Net's own answers (autocomplete choices) come back as JSON to write as the
    /// response: this is where they go.
    /// </summary>
    public Task WriteHttpCallbackAsync(string json) =>
        _httpCallback?.Invoke(json) ?? Task.CompletedTask;

    /// <summary>Shows progress in the deferred message; a lost progress edit does not matter.</summary>
    public async Task ShowProgressAsync(
        JsonMessage message,
        CancellationToken cancellationToken = default
    )
    {
        lock (_gate)
        {
            if (_state != State.Deferred)
            {
                return;
            }
        }
        try
        {
            await EditOriginalAsync(
                DiscordLimits.Enforce(message),
                new RequestOptions { CancelToken = cancellationToken }
            );
        }
        catch (Exception exception)
            when (exception is HttpException or TimeoutException or InvalidOperationException)
        {
            ProgressLost(_logger, InteractionId, exception.Message);
        }
    }

    /// <summary>
    /// A private answer (a refusal) to an interaction deferred in public: a deferral's edit keeps its
    /// visibility, so the public "thinking" message is ended with a short note, the answer goes out as an
    /// ephemeral follow-up, and the note is deleted. (A follow-up sent straight after a deferral would edit
    /// the deferred message, ephemeral flag ignored.)
    /// https://discord.com/developers/docs/interactions/receiving-and-responding#create-followup-message
    /// </summary>
    private async Task AnswerPrivatelyAfterPublicDeferralAsync(
        JsonMessage message,
        CancellationToken cancellationToken
    )
    {
        await SendAsync(
            "edit",
            options => EditOriginalAsync(s_answeredPrivately, options),
            cancellationToken
        );
        await SendAsync(
            "private follow-up",
            options =>
                _interaction.FollowupAsync(
                    message.Content,
                    Embeds(message),
                    ephemeral: true,
                    allowedMentions: NoPings,
                    options: options
                ),
            cancellationToken
        );
        await SendAsync(
            "deletion",
            options => _interaction.DeleteOriginalResponseAsync(options),
            cancellationToken
        );
    }

    private static readonly JsonMessage s_answeredPrivately = new(Content: "Answered privately.");

    private static bool IsEphemeral(JsonMessage message) =>
        message.Flags is { } flags && (flags & AnswerRenderer.Ephemeral) != 0;

    private Task RespondAsync(JsonMessage message, RequestOptions options)
    {
        var embeds = Embeds(message);
        var ephemeral = IsEphemeral(message);
        if (_interaction is RestInteraction rest)
        {
            return _httpCallback!(
                rest.Respond(
                    message.Content,
                    embeds,
                    ephemeral: ephemeral,
                    allowedMentions: NoPings,
                    options: options
                )
            );
        }

        return _interaction.RespondAsync(
            message.Content,
            embeds,
            ephemeral: ephemeral,
            allowedMentions: NoPings,
            options: options
        );
    }

    private Task EditOriginalAsync(JsonMessage message, RequestOptions options) =>
        _interaction.ModifyOriginalResponseAsync(
            properties =>
            {
                properties.Content = message.Content ?? "";
                properties.Embeds = Embeds(message);
                properties.AllowedMentions = NoPings;
            },
            options
        );

    /// <summary>
    /// Sends, and when Discord answers 429 waits its <c>retry_after</c> (or the reset of the bucket) and
    /// sends again. A rate-limited request was not carried out, so sending it again cannot answer twice.
    /// Discord.Net keeps the bucket closed for the longest wait Discord named (the whole-second
    /// <c>Retry-After</c> header too) and refuses a request sent before, unsent: such a refusal is waited
    /// out as well. A first answer is given up only when the wait would pass the interaction's deadline
    /// (Discord would refuse it then); an edit or follow-up when the interaction's token expires.
    /// https://discord.com/developers/docs/topics/rate-limits#exceeding-a-rate-limit
    /// </summary>
    private async Task SendAsync(
        string what,
        Func<RequestOptions, Task> send,
        CancellationToken cancellationToken
    )
    {
        var giveUpAt = what is "answer" or "deferral" ? Deadline : CreatedAt + s_tokenLifetime;
        DateTimeOffset? retryAt = null;
        while (true)
        {
            // Discord.Net reports each response's rate-limit headers on the thread pool, a moment later.
            var limit = new TaskCompletionSource<IRateLimitInfo>(
                TaskCreationOptions.RunContinuationsAsynchronously
            );
            var options = new RequestOptions
            {
                CancelToken = cancellationToken,
                // Rate limits are waited out here, where the deadline is known.
                RetryMode = RetryMode.RetryTimeouts | RetryMode.Retry502,
                RatelimitCallback = info =>
                {
                    limit.TrySetResult(info);
                    return Task.CompletedTask;
                },
            };
            try
            {
                await send(options);
                return;
            }
            catch (RateLimitedException exception)
            {
                // A 429 says how long to wait; a request Discord.Net held back in a busy bucket has no answer.
                await Task.WhenAny(
                    limit.Task,
                    Task.Delay(s_busyBucketWait, _time, cancellationToken)
                );
                var now = _time.GetUtcNow();
                if (limit.Task.IsCompleted && RetryAfter(limit.Task.Result) is { } after)
                {
                    retryAt = now + after;
                    _metrics?.RateLimited();
                    RateLimited(_logger, what, InteractionId, (long)after.TotalMilliseconds);
                }
                var sendAt = retryAt > now ? retryAt.Value : now;
                if (sendAt >= giveUpAt)
                {
                    RateLimitedPastDeadline(
                        _logger,
                        what,
                        InteractionId,
                        (long)(sendAt - CreatedAt).TotalMilliseconds
                    );
                    throw new RateLimitedPastDeadlineException(exception);
                }
                if (sendAt > now)
                {
                    await Task.Delay(sendAt - now, _time, cancellationToken);
                }
            }
        }
    }

    /// <summary>An interaction token lives 15 minutes: no edit or follow-up is taken after.</summary>
    private static readonly TimeSpan s_tokenLifetime = TimeSpan.FromMinutes(15);

    /// <summary>The longest wait Discord named: Discord.Net's bucket stays closed until then.</summary>
    private static TimeSpan? RetryAfter(IRateLimitInfo? limit)
    {
        TimeSpan? resetAfter = limit?.ResetAfter;
        TimeSpan? retryAfter = limit?.RetryAfter is { } seconds
            ? TimeSpan.FromSeconds(seconds)
            : null;
        return resetAfter > retryAfter ? resetAfter : retryAfter ?? resetAfter;
    }

    private static bool IsRefusal(Exception exception) =>
        exception
            is HttpException
                or RateLimitedException
                or RateLimitedPastDeadlineException
                or TimeoutException
                or InvalidOperationException;

    /// <summary>Discord's rate limit outlasts what the interaction allows: already logged, nothing more to send.</summary>
    private sealed class RateLimitedPastDeadlineException(Exception inner)
        : Exception("Rate-limited past the interaction's deadline.", inner);

    /// <summary>True once an answer was given up: Discord refused it or would have.</summary>
    public bool IsLost
    {
        get
        {
            lock (_gate)
            {
                return _state == State.Lost;
            }
        }
    }

    private void Refused(Exception exception)
    {
        if (exception is RateLimitedPastDeadlineException)
        {
            return;
        }

        if (exception is HttpException { HttpCode: not HttpStatusCode.TooManyRequests } http)
        {
            AnswerRefused(
                _logger,
                InteractionId,
                (int?)http.DiscordCode ?? (int)http.HttpCode,
                ElapsedMs,
                http.Reason ?? http.Message
            );
        }
        else
        {
            AnswerRefused(_logger, InteractionId, 0, ElapsedMs, exception.Message);
        }
    }

    /// <summary>The rendered message as Discord.Net embeds.</summary>
    internal static Embed[] Embeds(JsonMessage message) =>
        [
            .. (message.Embeds ?? []).Select(e =>
            {
                var builder = new EmbedBuilder
                {
                    Title = e.Title,
                    Description = e.Description,
                    Color = e.Color is { } color ? new Color((uint)color) : null,
                    Footer = e.Footer is { } footer
                        ? new EmbedFooterBuilder { Text = footer.Text }
                        : null,
                };
                foreach (var field in e.Fields ?? [])
                {
                    builder.AddField(field.Name, field.Value, field.Inline ?? false);
                }
                return builder.Build();
            }),
        ];

    [LoggerMessage(
        1410,
        LogLevel.Debug,
        "Deferred interaction {InteractionId} {ElapsedMs} ms after it was sent"
    )]
    private static partial void Deferred(ILogger logger, string interactionId, long elapsedMs);

    [LoggerMessage(
        1411,
        LogLevel.Warning,
        "Discord rate-limited the {What} of interaction {InteractionId}; sending it again in {WaitMs} ms"
    )]
    private static partial void RateLimited(
        ILogger logger,
        string what,
        string interactionId,
        long waitMs
    );

    [LoggerMessage(
        1415,
        LogLevel.Warning,
        "Discord rate-limited the {What} of interaction {InteractionId} until {RetryAtMs} ms after it was sent, past what Discord takes: it was not sent"
    )]
    private static partial void RateLimitedPastDeadline(
        ILogger logger,
        string what,
        string interactionId,
        long retryAtMs
    );

    [LoggerMessage(
        1412,
        LogLevel.Warning,
        "Discord refused the answer to interaction {InteractionId} with error {ErrorCode} {ElapsedMs} ms after it was sent: {Reason}"
    )]
    private static partial void AnswerRefused(
        ILogger logger,
        string interactionId,
        int errorCode,
        long elapsedMs,
        string reason
    );

    [LoggerMessage(
        1413,
        LogLevel.Warning,
        "Interaction {InteractionId} was already answered; a second answer was dropped"
    )]
    private static partial void AnsweredTwice(ILogger logger, string interactionId);

    [LoggerMessage(1414, LogLevel.Debug, "A progress edit of {InteractionId} was lost: {Reason}")]
    private static partial void ProgressLost(ILogger logger, string interactionId, string reason);
}
