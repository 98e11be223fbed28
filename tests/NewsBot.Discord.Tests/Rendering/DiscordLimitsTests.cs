using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using NewsBot.Discord.Json;
using NewsBot.Discord.Rendering;
using NewsBot.Testing.Json;

namespace NewsBot.Discord.Tests.Rendering;

public sealed class DiscordLimitsTests
{
    /// <summary>The rendered message as Discord's JSON names it: snake_case, absent values left out.</summary>
    private static readonly JsonSerializerOptions s_wire = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    internal static JsonObject ToNode(JsonMessage message) =>
        JsonNode.Parse(JsonSerializer.Serialize(message, s_wire))!.AsObject();

    internal static void IsAcceptable(JsonMessage message)
    {
        var node = ToNode(message);
        MessageAssertions.IsWithinLimitsAndPingsNobody(node);
        var errors = OpenApiSchema.Discord.Validate(
            node,
            OpenApiSchema.Discord.RequestBody("patch", MessageAssertions.EditOriginalPath)
        );
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    private static Gen<JsonEmbedField> Field =>
        from name in Generators.Text(400)
        from value in Generators.Text(1500)
        select new JsonEmbedField(name, value);

    private static Gen<JsonEmbed> Embed =>
        from title in Generators.Text(400)
        from description in Generators.Text(6000)
        from footer in Generators.Text(3000)
        from count in Gen.Choose(0, 40)
        from fields in Field.ListOf(count)
        select new JsonEmbed(title, description, 1, [.. fields], new JsonEmbedFooter(footer));

    private static Gen<JsonMessage> Message =>
        from content in Generators.Text(3000)
        from count in Gen.Choose(0, 12)
        from embeds in Embed.ListOf(count)
        select new JsonMessage(content, [.. embeds]);

    [Fact]
    public void Any_message_is_brought_within_every_Discord_limit_and_pings_nobody() =>
        Prop.ForAll(
                Message.ToArbitrary(),
                message =>
                {
                    IsAcceptable(DiscordLimits.Enforce(message));
                    return true;
                }
            )
            .QuickCheckThrowOnFailure();

    [Fact]
    public void Truncating_keeps_short_text_and_ends_long_text_with_an_ellipsis() =>
        Prop.ForAll(
                Generators.Text(3000).ToArbitrary(),
                Gen.Choose(1, 2500).ToArbitrary(),
                (text, max) =>
                {
                    var cut = DiscordLimits.Truncate(text, max);
                    Assert.True(cut.Length <= max);
                    if (text.Length <= max)
                    {
                        Assert.Equal(text, cut);
                    }
                    else
                    {
                        Assert.EndsWith("…", cut, StringComparison.Ordinal);
                        Assert.StartsWith(cut[..^1], text, StringComparison.Ordinal);
                        Assert.False(
                            cut.Length >= 2 && char.IsHighSurrogate(cut[^2]),
                            "split a surrogate pair"
                        );
                    }
                    return true;
                }
            )
            .QuickCheckThrowOnFailure();

    [Fact]
    public void Keeps_at_most_6000_characters_across_all_embeds()
    {
        var fields = Enumerable
            .Range(0, 25)
            .Select(i => new JsonEmbedField(new string('n', 256), new string('v', 1024)))
            .ToList();
        var message = new JsonMessage(
            Embeds:
            [
                new JsonEmbed("t", new string('d', 4096), Fields: fields),
                new JsonEmbed("second", "more"),
            ]
        );

        var enforced = DiscordLimits.Enforce(message);

        Assert.True(DiscordLimits.EmbedLength(enforced.Embeds!) <= 6000);
        Assert.Equal(new string('d', 4096), enforced.Embeds![0].Description);
    }

    [Fact]
    public void Replaces_empty_field_names_and_values_which_Discord_rejects()
    {
        var enforced = DiscordLimits.Enforce(
            new JsonMessage(Embeds: [new JsonEmbed("t", Fields: [new JsonEmbedField("", " ")])])
        );

        var field = Assert.Single(enforced.Embeds![0].Fields!);
        Assert.NotEmpty(field.Name.Trim());
        Assert.NotEmpty(field.Value);
    }
}
