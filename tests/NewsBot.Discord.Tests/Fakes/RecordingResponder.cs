using System.Collections.Concurrent;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Json;

namespace NewsBot.Discord.Tests.Fakes;

/// <summary>Records how the dispatcher answered, in order; can fail like Discord does.</summary>
internal sealed class RecordingResponder : IInteractionResponder
{
    public ConcurrentQueue<(string Kind, object Body)> Answers { get; } = new();

    public DiscordException? Failure { get; set; }

    public Task RespondAsync(
        JsonInteraction interaction,
        JsonInteractionResponse response,
        CancellationToken cancellationToken
    ) => Record("respond", response);

    public Task AutocompleteAsync(
        JsonInteraction interaction,
        IReadOnlyList<JsonChoice> choices,
        CancellationToken cancellationToken
    ) => Record("autocomplete", choices);

    public Task EditOriginalAsync(
        JsonInteraction interaction,
        JsonMessage message,
        CancellationToken cancellationToken
    ) => Record("edit", message);

    private Task Record(string kind, object body)
    {
        Answers.Enqueue((kind, body));
        return Failure is { } failure ? Task.FromException(failure) : Task.CompletedTask;
    }
}
