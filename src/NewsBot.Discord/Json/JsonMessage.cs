using System.Text.Json.Serialization;

namespace NewsBot.Discord.Json;

// Shapes from openapi.json: CreateMessageInteractionCallbackRequest, IncomingWebhookUpdateRequestPartial,
// ApplicationCommandAutocompleteCallbackRequest, RichEmbed.

internal sealed record JsonInteractionResponse(int Type, JsonMessage? Data = null);

internal sealed record JsonAutocompleteResponse(int Type, JsonAutocompleteData Data);

internal sealed record JsonAutocompleteData(IReadOnlyList<JsonChoice> Choices);

internal sealed record JsonChoice(string Name, string Value);

internal sealed record JsonMessage(
    string? Content = null,
    IReadOnlyList<JsonEmbed>? Embeds = null,
    JsonAllowedMentions? AllowedMentions = null,
    int? Flags = null
);

/// <summary>
/// <c>{"parse": []}</c>: nobody is pinged, whatever an article or a query contains.
/// https://discord.com/developers/docs/resources/message#allowed-mentions-object
/// </summary>
internal sealed record JsonAllowedMentions(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] IReadOnlyList<string> Parse
)
{
    public static JsonAllowedMentions None { get; } = new([]);
}

internal sealed record JsonEmbed(
    string? Title = null,
    string? Description = null,
    int? Color = null,
    IReadOnlyList<JsonEmbedField>? Fields = null,
    JsonEmbedFooter? Footer = null
);

internal sealed record JsonEmbedField(string Name, string Value, bool? Inline = null);

internal sealed record JsonEmbedFooter(string Text);
