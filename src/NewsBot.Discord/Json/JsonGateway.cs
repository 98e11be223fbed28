using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsBot.Discord.Json;

// Gateway payloads: https://discord.com/developers/docs/events/gateway-events#payload-structure

internal sealed record JsonGatewayPayload(
    int Op,
    JsonElement? D = null,
    [property: JsonPropertyName("s")] long? S = null,
    [property: JsonPropertyName("t")] string? T = null
);

/// <summary>Op 1: <c>d</c> is the last sequence number, or null, and must be written even when null.</summary>
internal sealed record JsonHeartbeat(
    int Op,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] long? D
);

internal sealed record JsonOutgoing<T>(int Op, T D);

internal sealed record JsonHello(int HeartbeatInterval);

internal sealed record JsonIdentify(
    string Token,
    int Intents,
    JsonIdentifyProperties Properties,
    int[] Shard
);

internal sealed record JsonIdentifyProperties(
    [property: JsonPropertyName("os")] string Os,
    [property: JsonPropertyName("browser")] string Browser,
    [property: JsonPropertyName("device")] string Device
);

internal sealed record JsonResume(string Token, string SessionId, long? Seq);

internal sealed record JsonReady(
    int V,
    string SessionId,
    string ResumeGatewayUrl,
    JsonUser? User = null,
    JsonPartialApplication? Application = null
);

internal sealed record JsonPartialApplication(Snowflake Id);

internal sealed record JsonGatewayBot(
    string Url,
    int Shards,
    JsonSessionStartLimit SessionStartLimit
);

internal sealed record JsonSessionStartLimit(
    int Total,
    int Remaining,
    long ResetAfter,
    int MaxConcurrency
);
