using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsBot.Discord;

/// <summary>A Discord id: a 64-bit number, sent as a string on the wire.</summary>
[JsonConverter(typeof(SnowflakeJsonConverter))]
public readonly record struct Snowflake(ulong Value)
{
    public static Snowflake? TryParse(string? text) =>
        ulong.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? new Snowflake(value)
            : null;

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}

internal sealed class SnowflakeJsonConverter : JsonConverter<Snowflake>
{
    public override Snowflake Read(
        ref Utf8JsonReader reader,
        Type typeToConvert,
        JsonSerializerOptions options
    )
    {
        if (reader.TokenType == JsonTokenType.Number)
            return new Snowflake(reader.GetUInt64());
        return Snowflake.TryParse(reader.GetString())
            ?? throw new JsonException("Invalid snowflake.");
    }

    public override void Write(
        Utf8JsonWriter writer,
        Snowflake value,
        JsonSerializerOptions options
    ) => writer.WriteStringValue(value.ToString());
}
