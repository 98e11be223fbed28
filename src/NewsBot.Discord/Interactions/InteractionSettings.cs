namespace NewsBot.Discord.Interactions;

/// <summary>Timing of the interaction answers; tests move a fake clock or widen the margin, never the rules.</summary>
internal sealed record InteractionSettings
{
    /// <summary>
    /// Discord wants the first answer (the answer itself or a deferral) within 3 s of the interaction,
    /// counted from its snowflake: the moment the user sent it, not the moment the bot received it.
    /// https://discord.com/developers/docs/interactions/receiving-and-responding#responding-to-an-interaction
    /// </summary>
    public TimeSpan AnswerWindow { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// An interaction still unanswered this long before its deadline is deferred: the margin pays for
    /// the deferral's own trip to Discord on a busy machine.
    /// </summary>
    public TimeSpan AckMargin { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Autocomplete cannot be deferred: choices not ready this long after the interaction are answered empty.</summary>
    public TimeSpan AutocompleteBudget { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Interactions handled at once; the rest wait in the queue.</summary>
    public int Concurrency { get; init; } = 16;

    /// <summary>What one answer is expected to take before any has been measured.</summary>
    public TimeSpan InitialServiceTime { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>How often the acknowledgement watch looks at the waiting interactions while there are any.</summary>
    public TimeSpan WatchInterval { get; init; } = TimeSpan.FromMilliseconds(20);

    /// <summary>A deferred command is abandoned after this (an interaction token lives 15 minutes).</summary>
    public TimeSpan CommandTimeout { get; init; } = TimeSpan.FromMinutes(14);
}
