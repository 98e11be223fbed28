using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsBot.Discord.Json;

/// <summary>Every wire type behind one source-generated context: snake_case, nulls left out.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull
)]
[JsonSerializable(typeof(JsonGatewayPayload))]
[JsonSerializable(typeof(JsonHeartbeat))]
[JsonSerializable(typeof(JsonOutgoing<JsonIdentify>))]
[JsonSerializable(typeof(JsonOutgoing<JsonResume>))]
[JsonSerializable(typeof(JsonHello))]
[JsonSerializable(typeof(JsonReady))]
[JsonSerializable(typeof(JsonGatewayBot))]
[JsonSerializable(typeof(JsonInteraction))]
[JsonSerializable(typeof(JsonApplication))]
[JsonSerializable(typeof(JsonError))]
[JsonSerializable(typeof(JsonInteractionResponse))]
[JsonSerializable(typeof(JsonAutocompleteResponse))]
[JsonSerializable(typeof(JsonMessage))]
[JsonSerializable(typeof(List<JsonApplicationCommand>))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class DiscordJsonContext : JsonSerializerContext;
