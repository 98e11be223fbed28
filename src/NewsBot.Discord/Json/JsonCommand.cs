namespace NewsBot.Discord.Json;

// https://discord.com/developers/docs/interactions/application-commands#application-command-object
// (openapi.json: ApplicationCommandUpdateRequest, ApplicationCommandStringOption, ApplicationCommandBooleanOption)

internal sealed record JsonApplicationCommand(
    string Name,
    string Description,
    int? Type = null,
    IReadOnlyList<JsonCommandOption>? Options = null,
    string? DefaultMemberPermissions = null,
    IReadOnlyList<int>? Contexts = null,
    Snowflake? Id = null,
    Snowflake? ApplicationId = null,
    string? Version = null
);

internal sealed record JsonCommandOption(
    int Type,
    string Name,
    string Description,
    bool? Required = null,
    bool? Autocomplete = null,
    int? MaxLength = null
);
