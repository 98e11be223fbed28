namespace NewsBot.Cli;

/// <summary>An error under <c>--json</c>: <c>{"error": "…"}</c>, so that a script reading JSON reads it too.</summary>
internal sealed record CommandLineError(string Error);
