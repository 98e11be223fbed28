using Discord;
using Discord.Interactions;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Answers;
using NewsBot.Discord.Rendering;

namespace NewsBot.Discord.Modules;

/// <summary>
/// The indexed article files for <c>/remove-article file</c>, matched on file name or headline: at most
/// 25, each shown as "file — headline" within a choice's 100 characters, its value the file name.
/// https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-autocomplete
/// </summary>
public sealed class ArticleFileAutocomplete : AutocompleteHandler
{
    public override async Task<AutocompletionResult> GenerateSuggestionsAsync(
        IInteractionContext context,
        IAutocompleteInteraction autocompleteInteraction,
        IParameterInfo parameter,
        IServiceProvider services
    )
    {
        var typed = (autocompleteInteraction.Data.Current.Value as string ?? "").Trim();
        SourcesAnswer sources;
        try
        {
            sources = await services.GetRequiredService<IAnswerService>().SourcesAsync();
        }
        catch (Core.NewsBotException)
        {
            // The index is not open yet: no choices rather than no answer.
            return AutocompletionResult.FromSuccess([]);
        }
        return AutocompletionResult.FromSuccess(
            sources
                .Articles.Where(a =>
                    a.File.Length <= DiscordLimits.ChoiceName
                    && (
                        a.File.Contains(typed, StringComparison.OrdinalIgnoreCase)
                        || (
                            a.Headline?.Contains(typed, StringComparison.OrdinalIgnoreCase) ?? false
                        )
                    )
                )
                // Newest first: added files are named by date, and the newest is the likeliest to remove.
                .OrderByDescending(a => a.File, StringComparer.Ordinal)
                .Take(DiscordLimits.Choices)
                .Select(a => new AutocompleteResult(
                    DiscordLimits.Truncate(
                        a.Headline is { Length: > 0 } headline ? $"{a.File} — {headline}" : a.File,
                        DiscordLimits.ChoiceName
                    ),
                    a.File
                ))
        );
    }
}
