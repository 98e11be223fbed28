namespace NewsBot.Cli;

/// <summary>
/// What <c>add</c> or <c>remove</c> did: the line saying so and the library's record of it (the JSON of
/// <c>--json</c>), or why nothing was done.
/// </summary>
internal sealed record ArticleChangeOutcome(string? Done, string? Refusal, object? Record)
{
    public static ArticleChangeOutcome Refused(string why) => new(null, why, null);
}
