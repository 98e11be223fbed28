using System.Globalization;
using System.Text.Json;
using NewsBot.Discord.Json;

namespace NewsBot.Discord.Interactions;

/// <summary>An INTERACTION_CREATE and when the bot received it, on its own clock.</summary>
internal sealed record ReceivedInteraction(JsonInteraction Interaction, DateTimeOffset ReceivedAt)
{
    // https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object-interaction-type
    public const int ApplicationCommand = 2;
    public const int Autocomplete = 4;

    public string CommandName => Interaction.Data?.Name ?? "";

    /// <summary>The value a user typed for <paramref name="name"/>, trimmed; null when absent or blank.</summary>
    public string? Text(string name, int maxLength)
    {
        var value = Option(name)?.Value;
        var text = value is { ValueKind: JsonValueKind.String } v ? v.GetString()?.Trim() : null;
        if (string.IsNullOrEmpty(text))
            return null;
        return text.Length > maxLength ? text[..maxLength] : text;
    }

    public bool Flag(string name) => Option(name)?.Value is { ValueKind: JsonValueKind.True };

    public JsonInteractionOption? Focused =>
        Interaction.Data?.Options?.FirstOrDefault(o => o.Focused == true);

    private JsonInteractionOption? Option(string name) =>
        Interaction.Data?.Options?.FirstOrDefault(o =>
            string.Equals(o.Name, name, StringComparison.Ordinal)
        );

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"/{CommandName} ({Interaction.Id})");
}
