using System.Text;
using NewsBot.Discord.Json;

namespace NewsBot.Discord.Rendering;

/// <summary>
/// Discord's message limits, enforced by truncating with an ellipsis, never by failing.
/// https://discord.com/developers/docs/resources/message#embed-object-embed-limits
/// Lengths are counted in UTF-16 code units, never fewer than Discord's characters.
/// </summary>
internal static class DiscordLimits
{
    public const int Content = 2000;
    public const int Embeds = 10;
    public const int EmbedTitle = 256;
    public const int EmbedDescription = 4096;
    public const int EmbedFields = 25;
    public const int FieldName = 256;
    public const int FieldValue = 1024;
    public const int Footer = 2048;
    public const int EmbedTotal = 6000;
    public const int ChoiceName = 100;
    public const int Choices = 25;

    private const char Ellipsis = '…';

    /// <summary>At most <paramref name="max"/> code units: cut on a character boundary and end with "…".</summary>
    public static string Truncate(string text, int max)
    {
        if (max <= 0)
        {
            return "";
        }

        if (text.Length <= max)
        {
            return text;
        }

        var cut = max - 1;
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--; // never split a surrogate pair
        }
        // A trailing backslash would escape the ellipsis: drop it.
        while (cut > 0 && text[cut - 1] == '\\')
        {
            cut--;
        }

        return new StringBuilder(max).Append(text, 0, Math.Max(cut, 0)).Append(Ellipsis).ToString();
    }

    /// <summary>The message within every limit: content, embed count, each embed part, and 6,000 in all.</summary>
    public static JsonMessage Enforce(JsonMessage message)
    {
        var content = message.Content is null ? null : Truncate(message.Content, Content);
        List<JsonEmbed>? embeds = null;
        if (message.Embeds is { Count: > 0 })
        {
            embeds = [];
            var budget = EmbedTotal;
            foreach (var embed in message.Embeds.Take(Embeds))
            {
                if (budget <= 0)
                {
                    break;
                }

                var fitted = Fit(embed, ref budget);
                if (fitted is not null)
                {
                    embeds.Add(fitted);
                }
            }
        }
        return message with
        {
            Content = string.IsNullOrEmpty(content) ? null : content,
            Embeds = embeds,
            AllowedMentions = JsonAllowedMentions.None,
        };
    }

    private static JsonEmbed? Fit(JsonEmbed embed, ref int budget)
    {
        var title = Take(embed.Title, EmbedTitle, ref budget);
        var footer = Take(embed.Footer?.Text, Footer, ref budget);
        var description = Take(embed.Description, EmbedDescription, ref budget);
        var fields = new List<JsonEmbedField>();
        foreach (var field in (embed.Fields ?? []).Take(EmbedFields))
        {
            // A field needs a name and a value of at least one character each.
            if (budget < 2)
            {
                break;
            }

            var name = Truncate(NonEmpty(field.Name), Math.Min(FieldName, budget - 1));
            budget -= name.Length;
            var value = Truncate(NonEmpty(field.Value), Math.Min(FieldValue, budget));
            budget -= value.Length;
            fields.Add(new JsonEmbedField(name, value, field.Inline));
        }
        if (title is null && description is null && footer is null && fields.Count == 0)
        {
            return null;
        }

        return embed with
        {
            Title = title,
            Description = description,
            Footer = footer is null ? null : new JsonEmbedFooter(footer),
            Fields = fields.Count == 0 ? null : fields,
        };
    }

    private static string? Take(string? text, int limit, ref int budget)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var taken = Truncate(text, Math.Min(limit, budget));
        budget -= taken.Length;
        return taken.Length == 0 ? null : taken;
    }

    // Discord rejects empty field names and values; a zero-width space keeps the layout.
    private static string NonEmpty(string? text) =>
        string.IsNullOrWhiteSpace(text) ? "\u200b" : text;

    /// <summary>Total characters Discord counts against the 6,000 limit.</summary>
    public static int EmbedLength(IEnumerable<JsonEmbed> embeds) =>
        embeds.Sum(e =>
            (e.Title?.Length ?? 0)
            + (e.Description?.Length ?? 0)
            + (e.Footer?.Text.Length ?? 0)
            + (e.Fields?.Sum(f => f.Name.Length + f.Value.Length) ?? 0)
        );
}
