using NewsBot.Discord.Json;

namespace NewsBot.Discord.Rest;

internal sealed partial class DiscordRestClient
{
    // https://discord.com/developers/docs/events/gateway#get-gateway-bot
    public Task<JsonGatewayBot?> GetGatewayBotAsync(
        CancellationToken cancellationToken = default
    ) =>
        SendAsync<object, JsonGatewayBot>(
            HttpMethod.Get,
            "gateway/bot",
            "GET gateway/bot",
            "",
            null,
            null,
            DiscordJsonContext.Default.JsonGatewayBot,
            cancellationToken
        );

    // https://discord.com/developers/docs/resources/application#get-current-application
    public Task<JsonApplication?> GetCurrentApplicationAsync(
        CancellationToken cancellationToken = default
    ) =>
        SendAsync<object, JsonApplication>(
            HttpMethod.Get,
            "applications/@me",
            "GET applications/@me",
            "",
            null,
            null,
            DiscordJsonContext.Default.JsonApplication,
            cancellationToken
        );

    // https://discord.com/developers/docs/interactions/application-commands#get-global-application-commands
    public async Task<IReadOnlyList<JsonApplicationCommand>> GetCommandsAsync(
        Snowflake applicationId,
        Snowflake? guildId,
        CancellationToken cancellationToken = default
    ) =>
        await SendAsync<object, List<JsonApplicationCommand>>(
            HttpMethod.Get,
            CommandsPath(applicationId, guildId),
            guildId is null
                ? "GET applications/{id}/commands"
                : "GET applications/{id}/guilds/{guild}/commands",
            guildId?.ToString() ?? applicationId.ToString(),
            null,
            null,
            DiscordJsonContext.Default.ListJsonApplicationCommand,
            cancellationToken
        ) ?? [];

    // https://discord.com/developers/docs/interactions/application-commands#bulk-overwrite-global-application-commands
    public async Task BulkOverwriteCommandsAsync(
        Snowflake applicationId,
        Snowflake? guildId,
        IReadOnlyList<JsonApplicationCommand> commands,
        CancellationToken cancellationToken = default
    ) =>
        await SendAsync<List<JsonApplicationCommand>, List<JsonApplicationCommand>>(
            HttpMethod.Put,
            CommandsPath(applicationId, guildId),
            guildId is null
                ? "PUT applications/{id}/commands"
                : "PUT applications/{id}/guilds/{guild}/commands",
            guildId?.ToString() ?? applicationId.ToString(),
            [.. commands],
            DiscordJsonContext.Default.ListJsonApplicationCommand,
            null,
            cancellationToken
        );

    // https://discord.com/developers/docs/interactions/receiving-and-responding#create-interaction-response
    public Task CreateInteractionResponseAsync(
        Snowflake interactionId,
        string interactionToken,
        JsonInteractionResponse response,
        CancellationToken cancellationToken = default
    ) =>
        SendAsync<JsonInteractionResponse, object>(
            HttpMethod.Post,
            $"interactions/{interactionId}/{Uri.EscapeDataString(interactionToken)}/callback",
            "POST interactions/{id}/{token}/callback",
            interactionId.ToString(),
            response,
            DiscordJsonContext.Default.JsonInteractionResponse,
            null,
            cancellationToken
        );

    public Task CreateAutocompleteResponseAsync(
        Snowflake interactionId,
        string interactionToken,
        JsonAutocompleteResponse response,
        CancellationToken cancellationToken = default
    ) =>
        SendAsync<JsonAutocompleteResponse, object>(
            HttpMethod.Post,
            $"interactions/{interactionId}/{Uri.EscapeDataString(interactionToken)}/callback",
            "POST interactions/{id}/{token}/callback",
            interactionId.ToString(),
            response,
            DiscordJsonContext.Default.JsonAutocompleteResponse,
            null,
            cancellationToken
        );

    // https://discord.com/developers/docs/interactions/receiving-and-responding#edit-original-interaction-response
    public Task EditOriginalResponseAsync(
        Snowflake applicationId,
        string interactionToken,
        JsonMessage message,
        CancellationToken cancellationToken = default
    ) =>
        SendAsync<JsonMessage, object>(
            HttpMethod.Patch,
            $"webhooks/{applicationId}/{Uri.EscapeDataString(interactionToken)}/messages/@original",
            "PATCH webhooks/{id}/{token}/messages/@original",
            applicationId + "/" + interactionToken,
            message,
            DiscordJsonContext.Default.JsonMessage,
            null,
            cancellationToken
        );

    private static string CommandsPath(Snowflake applicationId, Snowflake? guildId) =>
        guildId is { } guild
            ? $"applications/{applicationId}/guilds/{guild}/commands"
            : $"applications/{applicationId}/commands";
}
