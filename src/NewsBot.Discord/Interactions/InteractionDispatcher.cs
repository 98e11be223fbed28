using System.Threading.Channels;
using Discord;
using Discord.Interactions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Answers;
using NewsBot.Core.Commands;
using NewsBot.Core.Telemetry;
using NewsBot.Discord.Modules;
using NewsBot.Discord.Rendering;

namespace NewsBot.Discord.Interactions;

/// <summary>
/// Answers every interaction exactly once and acknowledges it in time: the transports post what
/// they receive (never blocking the gateway), workers run the <see cref="InteractionService"/>
/// modules, and a watch defers, in time for each interaction's own deadline, those the queue or a
/// slow answer would make late (<see cref="AcknowledgementPlanner"/>). One interaction's failure never
/// stops the others. This class owns the failure policy: a user gets a short private message, never a
/// stack trace, and the log gets the interaction id, the command and the elapsed time.
/// </summary>
internal sealed partial class InteractionDispatcher(
    InteractionService interactions,
    IServiceScopeFactory scopes,
    InteractionSettings settings,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILoggerFactory loggers,
    NewsBotMetrics metrics
) : IDisposable
{
    private readonly ILogger _logger = loggers.CreateLogger<InteractionDispatcher>();
    private readonly ILogger _replyLogger = loggers.CreateLogger<InteractionReply>();
    private readonly AcknowledgementPlanner _planner = new(settings);
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(
        new UnboundedChannelOptions { SingleReader = false, SingleWriter = false }
    );

    // The interactions not yet answered, oldest first (under _gate): those still waiting and those running.
    private readonly LinkedList<Pending> _open = new();
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _posted = new(0);
    private readonly CancellationTokenSource _stopping = new();

    /// <summary>Called by the container when the host stops, after the workers have ended.</summary>
    public void Dispose()
    {
        _stopping.Dispose();
        _posted.Dispose();
    }

    private sealed class Pending(NewsBotInteractionContext context, CancellationTokenSource work)
    {
        public NewsBotInteractionContext Context { get; } = context;

        public InteractionReply Reply => Context.Reply;

        public CancellationTokenSource Work { get; } = work;

        /// <summary>Under the dispatcher's gate: true once a worker took it.</summary>
        public bool IsRunning { get; set; }

        public LinkedListNode<Pending>? Node { get; set; }
    }

    public AcknowledgementPlanner Planner => _planner;

    /// <summary>
    /// Takes an interaction from a transport: never blocks, never throws. <paramref name="httpCallback"/>
    /// writes the first answer as the HTTP response when the interaction came over HTTP.
    /// </summary>
    public void Post(
        IDiscordClient client,
        IDiscordInteraction interaction,
        Func<string, Task>? httpCallback = null
    )
    {
        var reply = new InteractionReply(
            interaction,
            settings.AnswerWindow,
            time,
            _replyLogger,
            httpCallback,
            metrics,
            AnswersPrivately(interaction)
        );
        var work = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
        work.CancelAfter(settings.CommandTimeout);
        var pending = new Pending(
            new NewsBotInteractionContext(client, interaction, reply, work.Token),
            work
        );
        if (interaction is IAutocompleteInteraction)
        {
            // Autocomplete cannot be deferred, and waiting behind answers would make it late: it runs at once.
            _ = Task.Run(() => AutocompleteAsync(pending));
            return;
        }
        lock (_gate)
        {
            pending.Node = _open.AddLast(pending);
        }

        _queue.Writer.TryWrite(pending);
        _posted.Release();
    }

    /// <summary>
    /// Whether the answer will be for the one who asked only, known before any module runs, so that a
    /// deferral (which decides it for the edit after it) is private too: an unknown command, a command the
    /// catalog declares private, and a moderators' command sent by someone else (a refusal follows).
    /// </summary>
    private bool AnswersPrivately(IDiscordInteraction interaction)
    {
        if (interaction is not ISlashCommandInteraction command)
        {
            return false;
        }

        return CommandCatalog.Find(command.Data.Name) switch
        {
            null => true,
            { IsPrivate: true } => true,
            { IsForModerators: true } => !RequireModeratorAttribute.IsModerator(
                command.User,
                options.Value.ModeratorRoles
            ),
            _ => false,
        };
    }

    /// <summary>Runs the workers and the acknowledgement watch until <paramref name="cancellationToken"/> is cancelled.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var registration = cancellationToken.Register(() => _stopping.Cancel());
        await Task.WhenAll(
            Enumerable
                .Range(0, Math.Max(1, settings.Concurrency))
                .Select(_ => WorkAsync(cancellationToken))
                .Append(WatchAsync(cancellationToken))
        );
    }

    private async Task WorkAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var pending in _queue.Reader.ReadAllAsync(cancellationToken))
            {
                lock (_gate)
                {
                    pending.IsRunning = true;
                }

                try
                {
                    await HandleAsync(pending);
                }
                finally
                {
                    lock (_gate)
                    {
                        _open.Remove(pending.Node!);
                    }

                    pending.Work.Dispose();
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested) { }
    }

    /// <summary>
    /// Looks at the open interactions while there are any, and defers those the planner says are due;
    /// deferrals go out at once, side by side, never behind the answers being worked on.
    /// </summary>
    private async Task WatchAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                List<InteractionReply> due = [];
                bool isIdle;
                lock (_gate)
                {
                    var now = time.GetUtcNow();
                    var ahead = 0;
                    foreach (var pending in _open)
                    {
                        var reply = pending.Reply;
                        int? waitingAhead = pending.IsRunning ? null : ahead++;
                        if (
                            !reply.IsAcknowledged
                            && _planner.MustDeferNow(reply.Deadline, waitingAhead, now)
                        )
                        {
                            due.Add(reply);
                        }
                    }
                    isIdle = _open.Count == 0;
                }
                foreach (var reply in due)
                {
                    _ = DeferAsync(reply, _stopping.Token);
                }

                if (isIdle)
                {
                    await _posted.WaitAsync(cancellationToken);
                }
                else
                {
                    // Drain the posts seen meanwhile, then look again after a short while.
                    while (_posted.CurrentCount > 0 && _posted.Wait(0, CancellationToken.None)) { }
                    await Task.Delay(settings.WatchInterval, time, cancellationToken);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested) { }
    }

    /// <summary>Runs one command through the modules and makes sure it gets its one answer.</summary>
    internal async Task HandleAsync(NewsBotInteractionContext context)
    {
        var reply = context.Reply;
        var command = CommandName(context.Interaction);
        var started = time.GetTimestamp();
        try
        {
            if (_planner.MustDeferNow(reply.Deadline, null, time.GetUtcNow()))
            {
                await DeferAsync(reply, context.CancellationToken);
            }

            await using var scope = scopes.CreateAsyncScope();
            var result = await interactions.ExecuteCommandAsync(context, scope.ServiceProvider);
            if (!result.IsSuccess)
            {
                await reply.AnswerAsync(Failure(context, command, result), _stopping.Token);
            }
            else if (!reply.IsAnswered)
            {
                await reply.AnswerAsync(
                    AnswerRenderer.Failure("Sorry, I had nothing to say to that. Try /help."),
                    _stopping.Token
                );
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // shutting down
        }
        catch (Exception exception)
        {
            context.Outcome = AnswerOutcome.Failed;
            InteractionFailed(_logger, reply.InteractionId, command, reply.ElapsedMs, exception);
            await AnswerFailureAsync(reply);
        }
        finally
        {
            _planner.Measured(time.GetElapsedTime(started));
        }
        if (reply.IsLost)
        {
            CommandNotAnswered(_logger, command, reply.InteractionId, reply.ElapsedMs);
            return;
        }

        var elapsedMs = reply.ElapsedMs;
        metrics.Answered(command, context.Outcome, TimeSpan.FromMilliseconds(elapsedMs));
        CommandAnswered(
            _logger,
            command,
            reply.InteractionId,
            AnswerOutcomes.Name(context.Outcome),
            reply.IsDeferred ? "deferred" : "direct",
            elapsedMs
        );
    }

    private Task HandleAsync(Pending pending) => HandleAsync(pending.Context);

    /// <summary>Defers, and tells the planner how long the deferral took to go out.</summary>
    private async Task DeferAsync(InteractionReply reply, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        if (await reply.DeferAsync(cancellationToken))
        {
            _planner.MeasuredDeferral(time.GetElapsedTime(started));
        }
    }

    /// <summary>After an unexpected failure the user still gets their one answer, if Discord takes it.</summary>
    private async Task AnswerFailureAsync(InteractionReply reply)
    {
        try
        {
            await reply.AnswerAsync(s_failure, _stopping.Token);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            InteractionFailed(
                _logger,
                reply.InteractionId,
                "failure answer",
                reply.ElapsedMs,
                exception
            );
        }
    }

    private static readonly Json.JsonMessage s_failure = AnswerRenderer.Failure(
        "Sorry, something went wrong while answering. The error has been logged."
    );

    private async Task AutocompleteAsync(Pending pending)
    {
        var context = pending.Context;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var result = await interactions.ExecuteCommandAsync(context, scope.ServiceProvider);
            if (!result.IsSuccess)
            {
                AutocompleteFailed(
                    _logger,
                    context.Reply.InteractionId,
                    result.ErrorReason ?? result.Error?.ToString() ?? "?"
                );
            }
        }
        catch (Exception exception)
        {
            InteractionFailed(
                _logger,
                context.Reply.InteractionId,
                "autocomplete",
                context.Reply.ElapsedMs,
                exception
            );
        }
        finally
        {
            pending.Work.Dispose();
        }
    }

    /// <summary>What the user reads when the command did not run: a short private message, never a stack trace.</summary>
    private Json.JsonMessage Failure(
        NewsBotInteractionContext context,
        string command,
        global::Discord.Interactions.IResult result
    )
    {
        context.Outcome = result.Error
            is InteractionCommandError.UnmetPrecondition
                or InteractionCommandError.UnknownCommand
                or InteractionCommandError.ConvertFailed
                or InteractionCommandError.BadArgs
                or InteractionCommandError.ParseFailed
            ? AnswerOutcome.Refused
            : AnswerOutcome.Failed;
        switch (result.Error)
        {
            case InteractionCommandError.UnmetPrecondition:
                return AnswerRenderer.Failure(result.ErrorReason);
            case InteractionCommandError.UnknownCommand:
                return AnswerRenderer.Failure("I do not know this command. Try /help.");
            case InteractionCommandError.ConvertFailed
            or InteractionCommandError.BadArgs
            or InteractionCommandError.ParseFailed:
                return AnswerRenderer.Failure(
                    "I could not read the options of this command. Try /help."
                );
            // A command that threw or failed is reported below, as is any error a later Discord.Net adds.
            case InteractionCommandError.Exception:
            case InteractionCommandError.Unsuccessful:
            case null:
            default:
                break;
        }
        if (
            result is ExecuteResult { Exception: OperationCanceledException }
            && context.CancellationToken.IsCancellationRequested
        )
        {
            return AnswerRenderer.Failure("That took too long. Please try again later.");
        }

        InteractionFailed(
            _logger,
            context.Reply.InteractionId,
            command,
            context.Reply.ElapsedMs,
            (result as ExecuteResult?)?.Exception
                ?? new DiscordException(result.ErrorReason ?? "unknown error")
        );
        return s_failure;
    }

    private static string CommandName(IDiscordInteraction interaction) =>
        (interaction as ISlashCommandInteraction)?.Data.Name ?? "?";

    /// <remarks>
    /// Command, outcome and latency are fields of their own in JSON logs; the member is never named.
    /// </remarks>
    [LoggerMessage(
        1400,
        LogLevel.Information,
        "Answered {Command} ({InteractionId}) {Outcome} {How}, {ElapsedMs} ms after it was sent"
    )]
    private static partial void CommandAnswered(
        ILogger logger,
        string command,
        string interactionId,
        string outcome,
        string how,
        long elapsedMs
    );

    [LoggerMessage(
        1406,
        LogLevel.Warning,
        "No answer to {Command} ({InteractionId}) reached Discord, {ElapsedMs} ms after it was sent (the reason is logged above)"
    )]
    private static partial void CommandNotAnswered(
        ILogger logger,
        string command,
        string interactionId,
        long elapsedMs
    );

    [LoggerMessage(
        1403,
        LogLevel.Error,
        "Interaction {InteractionId} ({Command}) failed {ElapsedMs} ms after it was sent"
    )]
    private static partial void InteractionFailed(
        ILogger logger,
        string interactionId,
        string command,
        long elapsedMs,
        Exception? exception
    );

    [LoggerMessage(1405, LogLevel.Warning, "Autocomplete {InteractionId} failed: {Reason}")]
    private static partial void AutocompleteFailed(
        ILogger logger,
        string interactionId,
        string reason
    );
}
