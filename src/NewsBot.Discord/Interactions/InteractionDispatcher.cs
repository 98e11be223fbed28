using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Answers;
using NewsBot.Discord.Commands;
using NewsBot.Discord.Json;
using NewsBot.Discord.Rendering;

namespace NewsBot.Discord.Interactions;

/// <summary>
/// Answers every interaction exactly once, within 3 s of its receipt: directly when the answer is ready
/// in time, otherwise a deferral (type 5) and then an edit of the original message. Interactions are
/// queued by the gateway's receive loop and handled on workers, so a slow answer never delays a
/// heartbeat, and one interaction's failure never stops the others. This class owns the failure policy.
/// </summary>
internal sealed partial class InteractionDispatcher(
    IEnumerable<ISlashCommand> commands,
    IInteractionResponder responder,
    IServiceScopeFactory scopes,
    IOptions<DiscordOptions> options,
    InteractionSettings settings,
    TimeProvider timeProvider,
    ILogger<InteractionDispatcher> logger
)
{
    // https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-interaction-callback-type
    private const int ChannelMessageWithSource = 4;
    private const int DeferredChannelMessageWithSource = 5;

    // https://discord.com/developers/docs/topics/opcodes-and-status-codes#json-json-error-codes
    internal const int UnknownInteraction = 10062;
    internal const int AlreadyAcknowledged = 40060;

    private readonly Dictionary<string, ISlashCommand> _commands = commands.ToDictionary(
        c => c.Name,
        StringComparer.Ordinal
    );
    private readonly Channel<ReceivedInteraction> _queue =
        Channel.CreateUnbounded<ReceivedInteraction>(
            new UnboundedChannelOptions { SingleReader = false, SingleWriter = true }
        );
    private readonly IReadOnlySet<Snowflake> _moderatorRoles = options.Value.ModeratorRoles;

    /// <summary>Called by the receive loop: never blocks, never throws.</summary>
    public void Post(JsonInteraction interaction) =>
        _queue.Writer.TryWrite(new ReceivedInteraction(interaction, timeProvider.GetUtcNow()));

    /// <summary>Runs the workers until <paramref name="cancellationToken"/> is cancelled.</summary>
    public Task RunAsync(CancellationToken cancellationToken) =>
        Task.WhenAll(
            Enumerable
                .Range(0, Math.Max(1, settings.Concurrency))
                .Select(_ => WorkAsync(cancellationToken))
        );

    private async Task WorkAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var request in _queue.Reader.ReadAllAsync(cancellationToken))
                await HandleAsync(request, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested) { }
    }

    public async Task HandleAsync(
        ReceivedInteraction request,
        CancellationToken cancellationToken = default
    )
    {
        try
        {
            switch (request.Interaction.Type)
            {
                case ReceivedInteraction.Autocomplete:
                    await AutocompleteAsync(request, cancellationToken);
                    break;
                case ReceivedInteraction.ApplicationCommand:
                    await CommandAsync(request, cancellationToken);
                    break;
                default:
                    IgnoredInteraction(
                        logger,
                        request.Interaction.Id.ToString(),
                        request.Interaction.Type
                    );
                    break;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // shutting down
        }
        catch (DiscordException exception)
            when (exception.ErrorCode is UnknownInteraction or AlreadyAcknowledged)
        {
            // Too late (10062) or answered twice (40060): retrying cannot help, the elapsed time tells why.
            InteractionRejected(
                logger,
                request.Interaction.Id.ToString(),
                request.CommandName,
                exception.ErrorCode.Value,
                Elapsed(request),
                exception.Message
            );
        }
        catch (Exception exception)
        {
            InteractionFailed(
                logger,
                request.Interaction.Id.ToString(),
                request.CommandName,
                Elapsed(request),
                exception
            );
        }
    }

    private async Task AutocompleteAsync(
        ReceivedInteraction request,
        CancellationToken cancellationToken
    )
    {
        var choices = new List<JsonChoice>();
        if (
            request.CommandName == CommandCatalog.Quotes
            && request.Focused is { Name: "speaker" } focused
        )
        {
            var prefix = focused.Value is { ValueKind: System.Text.Json.JsonValueKind.String } v
                ? v.GetString() ?? ""
                : "";
            using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            budget.CancelAfter(Remaining(request, settings.AutocompleteBudget));
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var names = await scope
                    .ServiceProvider.GetRequiredService<IAnswerService>()
                    .SpeakerNamesAsync(prefix.Trim(), DiscordLimits.Choices, budget.Token);
                choices.AddRange(
                    names
                        .Where(n => !string.IsNullOrWhiteSpace(n))
                        .Select(n => DiscordLimits.Truncate(n.Trim(), DiscordLimits.ChoiceName))
                        .Distinct(StringComparer.Ordinal)
                        .Take(DiscordLimits.Choices)
                        .Select(n => new JsonChoice(n, n))
                );
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // too slow for autocomplete: answer with no choices rather than not at all
            }
        }
        await responder.AutocompleteAsync(request.Interaction, choices, cancellationToken);
        CommandAnswered(
            logger,
            "autocomplete:" + request.CommandName,
            request.Interaction.Id.ToString(),
            "autocomplete",
            Elapsed(request)
        );
    }

    private async Task CommandAsync(
        ReceivedInteraction request,
        CancellationToken cancellationToken
    )
    {
        if (!_commands.TryGetValue(request.CommandName, out var command))
        {
            await RespondAsync(
                request,
                AnswerRenderer.Failure("I do not know this command. Try /help."),
                cancellationToken
            );
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var context = new CommandContext(
            request,
            scope.ServiceProvider,
            _moderatorRoles,
            (message, token) =>
                responder.EditOriginalAsync(
                    request.Interaction,
                    DiscordLimits.Enforce(message),
                    token
                )
        );
        if (command.Refuse(context) is { } refusal)
        {
            await RespondAsync(request, refusal, cancellationToken);
            CommandAnswered(
                logger,
                command.Name,
                request.Interaction.Id.ToString(),
                "refused",
                Elapsed(request)
            );
            return;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.CommandTimeout);
        Task<JsonMessage> work;
        if (command.IsSlow)
        {
            // Deferred before the work starts: its progress edits need the deferred message to exist.
            await DeferAsync(request, command, cancellationToken);
            work = RunCommandAsync(command, context, timeout.Token);
        }
        else
        {
            work = RunCommandAsync(command, context, timeout.Token);
            var remaining = Remaining(request, settings.DeferAfter);
            if (remaining > TimeSpan.Zero && !work.IsCompleted)
                await Task.WhenAny(work, Task.Delay(remaining, timeProvider, cancellationToken));
            if (work.IsCompleted)
            {
                await RespondAsync(request, await work, cancellationToken);
                CommandAnswered(
                    logger,
                    command.Name,
                    request.Interaction.Id.ToString(),
                    "direct",
                    Elapsed(request)
                );
                return;
            }
            try
            {
                await DeferAsync(request, command, cancellationToken);
            }
            catch
            {
                // Nobody can see the answer any more: stop the work before its services are disposed.
                await timeout.CancelAsync();
                await work;
                throw;
            }
        }

        var message = await work;
        await responder.EditOriginalAsync(
            request.Interaction,
            DiscordLimits.Enforce(message with { Flags = null }),
            cancellationToken
        );
        CommandAnswered(
            logger,
            command.Name,
            request.Interaction.Id.ToString(),
            "deferred",
            Elapsed(request)
        );
    }

    private async Task DeferAsync(
        ReceivedInteraction request,
        ISlashCommand command,
        CancellationToken cancellationToken
    )
    {
        await responder.RespondAsync(
            request.Interaction,
            new JsonInteractionResponse(DeferredChannelMessageWithSource),
            cancellationToken
        );
        CommandDeferred(logger, command.Name, request.Interaction.Id.ToString(), Elapsed(request));
    }

    /// <summary>The command's answer, or a short message when it failed: the user never sees a stack trace.</summary>
    private async Task<JsonMessage> RunCommandAsync(
        ISlashCommand command,
        CommandContext context,
        CancellationToken cancellationToken
    )
    {
        try
        {
            return await command.ExecuteAsync(context, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return AnswerRenderer.Failure("That took too long. Please try again later.");
        }
        catch (Exception exception)
        {
            InteractionFailed(
                logger,
                context.Request.Interaction.Id.ToString(),
                command.Name,
                Elapsed(context.Request),
                exception
            );
            return AnswerRenderer.Failure(
                "Sorry, something went wrong while answering. The error has been logged."
            );
        }
    }

    private Task RespondAsync(
        ReceivedInteraction request,
        JsonMessage message,
        CancellationToken cancellationToken
    ) =>
        responder.RespondAsync(
            request.Interaction,
            new JsonInteractionResponse(ChannelMessageWithSource, DiscordLimits.Enforce(message)),
            cancellationToken
        );

    private TimeSpan Remaining(ReceivedInteraction request, TimeSpan budget)
    {
        var remaining = request.ReceivedAt + budget - timeProvider.GetUtcNow();
        return remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero;
    }

    private long Elapsed(ReceivedInteraction request) =>
        (long)(timeProvider.GetUtcNow() - request.ReceivedAt).TotalMilliseconds;

    [LoggerMessage(
        1400,
        LogLevel.Information,
        "Answered {Command} ({InteractionId}) {How} after {ElapsedMs} ms"
    )]
    private static partial void CommandAnswered(
        ILogger logger,
        string command,
        string interactionId,
        string how,
        long elapsedMs
    );

    [LoggerMessage(
        1401,
        LogLevel.Debug,
        "Deferred {Command} ({InteractionId}) after {ElapsedMs} ms"
    )]
    private static partial void CommandDeferred(
        ILogger logger,
        string command,
        string interactionId,
        long elapsedMs
    );

    [LoggerMessage(
        1402,
        LogLevel.Warning,
        "Discord refused the answer to {Command} ({InteractionId}) with error {ErrorCode} after {ElapsedMs} ms: {Reason}"
    )]
    private static partial void InteractionRejected(
        ILogger logger,
        string interactionId,
        string command,
        int errorCode,
        long elapsedMs,
        string reason
    );

    [LoggerMessage(
        1403,
        LogLevel.Error,
        "Interaction {InteractionId} ({Command}) failed after {ElapsedMs} ms"
    )]
    private static partial void InteractionFailed(
        ILogger logger,
        string interactionId,
        string command,
        long elapsedMs,
        Exception exception
    );

    [LoggerMessage(1404, LogLevel.Debug, "Ignored interaction {InteractionId} of type {Type}")]
    private static partial void IgnoredInteraction(ILogger logger, string interactionId, int type);
}
