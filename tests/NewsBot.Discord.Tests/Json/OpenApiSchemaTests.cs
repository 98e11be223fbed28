using System.Text.Json.Nodes;
using NewsBot.Testing.Json;

namespace NewsBot.Discord.Tests.Json;

/// <summary>The schema checks catch what Discord would reject, so a passing body means something.</summary>
public sealed class OpenApiSchemaTests
{
    private static IReadOnlyList<string> ValidateCallback(string json) =>
        OpenApiSchema.Discord.Validate(
            JsonNode.Parse(json),
            OpenApiSchema.Discord.RequestBody("post", MessageAssertions.CallbackPath)
        );

    [Fact]
    public void The_spec_is_found_beside_the_repository_or_in_the_test_data_copy() =>
        Assert.True(File.Exists(OpenApiSchema.SpecPath()), OpenApiSchema.SpecPath());

    [Fact]
    public void Accepts_a_message_callback()
    {
        Assert.Empty(
            ValidateCallback(
                """{"type":4,"data":{"content":"hi","allowed_mentions":{"parse":[]},"embeds":[{"title":"t","fields":[{"name":"n","value":"v"}]}]}}"""
            )
        );
    }

    [Fact]
    public void Rejects_an_unknown_callback_type() =>
        Assert.NotEmpty(ValidateCallback("""{"type":42}"""));

    [Fact]
    public void Rejects_content_over_2000_characters() =>
        Assert.NotEmpty(
            ValidateCallback(
                """{"type":4,"data":{"content":""" + "\"" + new string('x', 2001) + "\"}}"
            )
        );

    [Fact]
    public void Rejects_a_field_without_a_value() =>
        Assert.NotEmpty(
            ValidateCallback("""{"type":4,"data":{"embeds":[{"fields":[{"name":"n"}]}]}}""")
        );

    [Fact]
    public void Rejects_26_autocomplete_choices()
    {
        var choices = string.Join(
            ",",
            Enumerable.Range(0, 26).Select(i => $$"""{"name":"n{{i}}","value":"v"}""")
        );
        Assert.NotEmpty(ValidateCallback("""{"type":8,"data":{"choices":[""" + choices + "]}}"));
    }
}
