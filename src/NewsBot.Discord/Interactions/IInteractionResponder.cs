using NewsBot.Discord.Json;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Interactions;

/// <summary>The three ways the bot answers an interaction; a seam so timing rules are tested without HTTP.</summary>
internal interface IInteractionResponder
{
    Task RespondAsync(
        JsonInteraction interaction,
        JsonInteractionResponse response,
        CancellationToken cancellationToken
    );

    Task AutocompleteAsync(
        JsonInteraction interaction,
        IReadOnlyList<JsonChoice> choices,
        CancellationToken cancellationToken
    );

    Task EditOriginalAsync(
        JsonInteraction interaction,
        JsonMessage message,
        CancellationToken cancellationToken
    );
}

internal sealed class RestInteractionResponder(DiscordRestClient rest) : IInteractionResponder
{
    // https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-interaction-callback-type
    public const int Autocomplete = 8;

    public Task RespondAsync(
        JsonInteraction interaction,
        JsonInteractionResponse response,
        CancellationToken cancellationToken
    ) =>
        rest.CreateInteractionResponseAsync(
            interaction.Id,
            interaction.Token,
            response,
            cancellationToken
        );

    public Task AutocompleteAsync(
        JsonInteraction interaction,
        IReadOnlyList<JsonChoice> choices,
        CancellationToken cancellationToken
    ) =>
        rest.CreateAutocompleteResponseAsync(
            interaction.Id,
            interaction.Token,
            new JsonAutocompleteResponse(Autocomplete, new JsonAutocompleteData(choices)),
            cancellationToken
        );

    public Task EditOriginalAsync(
        JsonInteraction interaction,
        JsonMessage message,
        CancellationToken cancellationToken
    ) =>
        rest.EditOriginalResponseAsync(
            interaction.ApplicationId,
            interaction.Token,
            message,
            cancellationToken
        );
}
