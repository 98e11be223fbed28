namespace NewsBot.Core.Answers;

/// <summary>
/// How a command ended for the one who asked: metrics count answers by it, and the questions the
/// coverage could not answer (declined, or close matches only) are kept for moderators.
/// </summary>
public enum AnswerOutcome
{
    /// <summary>At least one result NewsBot stands behind.</summary>
    Answered,

    /// <summary>Results, each only a close match.</summary>
    CloseMatch,

    /// <summary>No result good enough: the coverage does not say.</summary>
    Declined,

    /// <summary>The command was not run: not allowed, or an option missing or unreadable.</summary>
    Refused,

    /// <summary>An error or a time-out: the user was told something went wrong.</summary>
    Failed,
}
