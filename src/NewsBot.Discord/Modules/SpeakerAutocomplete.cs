using Discord;
using Discord.Interactions;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Answers;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Rendering;

namespace NewsBot.Discord.Modules;

/// <summary>
/// Speaker names from the index for <c>/quotes speaker</c>: at most 25, each at most 100 characters.
/// Autocomplete cannot be deferred, so names not found in time are answered as no choices at all.
/// https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-autocomplete
/// </summary>
public sealed class SpeakerAutocomplete : AutocompleteHandler
{
    public override async Task<AutocompletionResult> GenerateSuggestionsAsync(
        IInteractionContext context,
        IAutocompleteInteraction autocompleteInteraction,
        IParameterInfo parameter,
        IServiceProvider services
    )
    {
        var prefix = autocompleteInteraction.Data.Current.Value as string ?? "";
        var settings = services.GetRequiredService<InteractionSettings>();
        var time = services.GetRequiredService<TimeProvider>();
        var stopping = (context as NewsBotInteractionContext)?.CancellationToken ?? default;
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        var left =
            new Snowflake(autocompleteInteraction.Id).CreatedAt
            + settings.AutocompleteBudget
            - time.GetUtcNow();
        budget.CancelAfter(left > TimeSpan.Zero ? left : TimeSpan.Zero);
        try
        {
            var names = await services
                .GetRequiredService<IAnswerService>()
                .SpeakerNamesAsync(prefix.Trim(), DiscordLimits.Choices, budget.Token);
            return AutocompletionResult.FromSuccess(
                names
                    .Where(n => !string.IsNullOrWhiteSpace(n))
                    .Select(n => DiscordLimits.Truncate(n.Trim(), DiscordLimits.ChoiceName))
                    .Distinct(StringComparer.Ordinal)
                    .Take(DiscordLimits.Choices)
                    .Select(n => new AutocompleteResult(n, n))
            );
        }
        catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
        {
            // too slow for autocomplete: answer with no choices rather than not at all
            return AutocompletionResult.FromSuccess([]);
        }
    }
}
