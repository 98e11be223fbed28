namespace NewsBot.Discord.Interactions;

/// <summary>Timing of the interaction answers; tests shorten nothing here, they move a fake clock.</summary>
internal sealed record InteractionSettings
{
    /// <summary>
    /// Discord wants the first answer within 3 s of the interaction; past this much time since receipt the
    /// bot defers (type 5) and edits the original later, keeping a margin for the HTTP call itself.
    /// https://discord.com/developers/docs/interactions/receiving-and-responding#responding-to-an-interaction
    /// </summary>
    public TimeSpan DeferAfter { get; init; } = TimeSpan.FromSeconds(1.5);

    /// <summary>Autocomplete cannot be deferred: choices not ready by then are answered empty.</summary>
    public TimeSpan AutocompleteBudget { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Interactions handled at once; the rest wait in the queue.</summary>
    public int Concurrency { get; init; } = 16;

    /// <summary>A deferred command is abandoned after this (an interaction token lives 15 minutes).</summary>
    public TimeSpan CommandTimeout { get; init; } = TimeSpan.FromMinutes(14);
}
