using System.Text.Json;

namespace NewsBot.Discord.Json;

// https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object

internal sealed record JsonInteraction(
    Snowflake Id,
    Snowflake ApplicationId,
    int Type,
    string Token,
    JsonInteractionData? Data = null,
    Snowflake? GuildId = null,
    Snowflake? ChannelId = null,
    JsonGuildMember? Member = null,
    JsonUser? User = null
);

internal sealed record JsonInteractionData(
    string Name,
    Snowflake? Id = null,
    int? Type = null,
    IReadOnlyList<JsonInteractionOption>? Options = null
);

internal sealed record JsonInteractionOption(
    string Name,
    int Type,
    JsonElement? Value = null,
    bool? Focused = null,
    IReadOnlyList<JsonInteractionOption>? Options = null
);

internal sealed record JsonGuildMember(
    JsonUser? User = null,
    IReadOnlyList<Snowflake>? Roles = null,
    string? Permissions = null
);

internal sealed record JsonUser(Snowflake Id, string? Username = null);

internal sealed record JsonApplication(Snowflake Id, string? Name = null);

/// <summary>Discord's JSON error body: https://discord.com/developers/docs/topics/opcodes-and-status-codes#json</summary>
internal sealed record JsonError(
    int? Code = null,
    string? Message = null,
    double? RetryAfter = null,
    bool? Global = null
);
