using Discord.Interactions;
using NewsBot.Core.Answers;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Json;
using NewsBot.Discord.Rendering;

namespace NewsBot.Discord.Modules;

/// <summary>
/// What every NewsBot module shares: answers go through the interaction's one
/// <see cref="InteractionReply"/>, never through Discord.Net's respond methods directly.
/// </summary>
public abstract class NewsBotModule : InteractionModuleBase<NewsBotInteractionContext>
{
    protected CancellationToken CancellationToken => Context.CancellationToken;

    private protected Task AnswerAsync(JsonMessage message) =>
        Context.Reply.AnswerAsync(message, CancellationToken);

    /// <summary>A short message for the one who asked only; the command counts as refused.</summary>
    private protected Task RefuseAsync(string text)
    {
        Context.Outcome = AnswerOutcome.Refused;
        return AnswerAsync(AnswerRenderer.Failure(text));
    }

    /// <summary>The value a user typed, trimmed and cut to <paramref name="maxLength"/>; null when blank.</summary>
    private protected static string? Text(string? value, int maxLength)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return text.Length > maxLength ? text[..maxLength] : text;
    }

    private protected Task MissingAsync(string option) => RefuseAsync($"Please give `{option}`.");
}
