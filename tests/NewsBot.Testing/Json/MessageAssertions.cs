using System.Text.Json.Nodes;

namespace NewsBot.Testing.Json;

/// <summary>What every outgoing message body must satisfy: Discord's schema, its limits, and no pings.</summary>
public static class MessageAssertions
{
    public const string CallbackPath =
        "/interactions/{interaction_id}/{interaction_token}/callback";
    public const string EditOriginalPath =
        "/webhooks/{webhook_id}/{webhook_token}/messages/@original";

    public static void IsValidCallback(JsonNode? body)
    {
        Assert.NotNull(body);
        var errors = OpenApiSchema.Discord.Validate(
            body,
            OpenApiSchema.Discord.RequestBody("post", CallbackPath)
        );
        Assert.True(errors.Count == 0, string.Join("\n", errors) + "\n" + body.ToJsonString());
        if (body["data"] is JsonObject data && body["type"]!.GetValue<int>() == 4)
        {
            IsWithinLimitsAndPingsNobody(data);
        }
    }

    public static void IsValidEdit(JsonNode? body)
    {
        Assert.NotNull(body);
        var errors = OpenApiSchema.Discord.Validate(
            body,
            OpenApiSchema.Discord.RequestBody("patch", EditOriginalPath)
        );
        Assert.True(errors.Count == 0, string.Join("\n", errors) + "\n" + body.ToJsonString());
        IsWithinLimitsAndPingsNobody(body.AsObject());
    }

    public static void IsWithinLimitsAndPingsNobody(JsonObject message)
    {
        // Nobody may be pinged: an empty parse list, and no user or role named.
        var mentions = Assert.IsType<JsonObject>(message["allowed_mentions"], exactMatch: false);
        Assert.Equal("[]", mentions["parse"]?.ToJsonString());
        Assert.Empty(mentions["users"]?.AsArray() ?? []);
        Assert.Empty(mentions["roles"]?.AsArray() ?? []);
        Assert.True((message["content"]?.GetValue<string>().Length ?? 0) <= 2000);
        var embeds = message["embeds"]?.AsArray() ?? [];
        Assert.True(embeds.Count <= 10);
        var total = 0;
        foreach (var embed in embeds)
        {
            var title = embed!["title"]?.GetValue<string>() ?? "";
            var description = embed["description"]?.GetValue<string>() ?? "";
            var footer = embed["footer"]?["text"]?.GetValue<string>() ?? "";
            var fields = embed["fields"]?.AsArray() ?? [];
            Assert.True(
                title.Length <= 256
                    && description.Length <= 4096
                    && footer.Length <= 2048
                    && fields.Count <= 25
            );
            total += title.Length + description.Length + footer.Length;
            foreach (var field in fields)
            {
                var name = field!["name"]!.GetValue<string>();
                var value = field["value"]!.GetValue<string>();
                Assert.InRange(name.Length, 1, 256);
                Assert.InRange(value.Length, 1, 1024);
                total += name.Length + value.Length;
            }
        }
        Assert.True(total <= 6000, $"embeds hold {total} characters");
    }
}
