using System.Text.Json;
using System.Text.Json.Nodes;
using NewsBot.Discord.Commands;
using NewsBot.Discord.Json;
using NewsBot.Testing.Json;

namespace NewsBot.Discord.Tests.Commands;

public sealed class CommandRegistrarTests
{
    /// <summary>The catalogue as Discord returns it from GET: ids, versions and defaults added.</summary>
    private static List<JsonApplicationCommand> AsReturnedByDiscord()
    {
        var node = JsonNode
            .Parse(
                JsonSerializer.Serialize(
                    [.. CommandCatalog.All],
                    DiscordJsonContext.Default.ListJsonApplicationCommand
                )
            )!
            .AsArray();
        var i = 0;
        foreach (var command in node)
        {
            command!["id"] = (1000 + i++).ToString(
                System.Globalization.CultureInfo.InvariantCulture
            );
            command["application_id"] = "1";
            command["version"] = "7";
            command["nsfw"] = false;
        }
        return JsonSerializer.Deserialize(
            node.ToJsonString(),
            DiscordJsonContext.Default.ListJsonApplicationCommand
        )!;
    }

    [Fact]
    public void Commands_Discord_already_has_are_not_registered_again() =>
        Assert.True(CommandRegistrar.AreSame(AsReturnedByDiscord(), CommandCatalog.All));

    [Fact]
    public void The_order_Discord_returns_commands_in_does_not_matter()
    {
        var registered = AsReturnedByDiscord();
        registered.Reverse();
        Assert.True(CommandRegistrar.AreSame(registered, CommandCatalog.All));
    }

    [Fact]
    public void A_changed_description_is_registered_again()
    {
        var registered = AsReturnedByDiscord();
        registered[0] = registered[0] with { Description = "older text" };
        Assert.False(CommandRegistrar.AreSame(registered, CommandCatalog.All));
    }

    [Fact]
    public void A_missing_permission_default_is_registered_again()
    {
        var registered = AsReturnedByDiscord()
            .Select(c => c with { DefaultMemberPermissions = null })
            .ToList();
        Assert.False(CommandRegistrar.AreSame(registered, CommandCatalog.All));
    }

    [Fact]
    public void A_missing_or_extra_command_is_registered_again()
    {
        Assert.False(
            CommandRegistrar.AreSame(AsReturnedByDiscord().Skip(1).ToList(), CommandCatalog.All)
        );
        Assert.False(CommandRegistrar.AreSame([], CommandCatalog.All));
    }

    [Fact]
    public void An_option_that_lost_autocomplete_is_registered_again()
    {
        var registered = AsReturnedByDiscord();
        var quotes = registered.FindIndex(c => c.Name == "quotes");
        registered[quotes] = registered[quotes] with
        {
            Options = [.. registered[quotes].Options!.Select(o => o with { Autocomplete = null })],
        };
        Assert.False(CommandRegistrar.AreSame(registered, CommandCatalog.All));
    }
}

public sealed class CommandCatalogTests
{
    [Fact]
    public void Has_the_commands_and_options_of_the_design()
    {
        var shape = CommandCatalog.All.Select(c =>
            $"{c.Name}({string.Join(",", (c.Options ?? []).Select(o => o.Name + (o.Required == true ? "" : "?")))})"
        );

        Assert.Equal(
            [
                "who-said(quote)",
                "quotes(speaker,about?)",
                "figure(query)",
                "compare(a,b)",
                "search(query)",
                "sources()",
                "reindex(full?)",
                "help()",
            ],
            shape
        );
    }

    [Fact]
    public void Every_command_and_option_has_a_description_Discord_accepts()
    {
        Assert.All(
            CommandCatalog.All,
            c =>
            {
                Assert.InRange(c.Description.Length, 1, 100);
                Assert.All(c.Options ?? [], o => Assert.InRange(o.Description.Length, 1, 100));
            }
        );
    }

    [Fact]
    public void Only_speaker_has_autocomplete_and_only_reindex_needs_Manage_Server()
    {
        Assert.Equal(
            ["speaker"],
            CommandCatalog
                .All.SelectMany(c => c.Options ?? [])
                .Where(o => o.Autocomplete == true)
                .Select(o => o.Name)
        );
        var restricted = Assert.Single(
            CommandCatalog.All,
            c => c.DefaultMemberPermissions is not null
        );
        Assert.Equal("reindex", restricted.Name);
        Assert.Equal("32", restricted.DefaultMemberPermissions);
    }

    [Fact]
    public void The_bulk_overwrite_body_matches_Discords_schema()
    {
        var body = JsonNode.Parse(
            JsonSerializer.Serialize(
                [.. CommandCatalog.All],
                DiscordJsonContext.Default.ListJsonApplicationCommand
            )
        );

        var errors = OpenApiSchema.Discord.Validate(
            body,
            OpenApiSchema.Discord.RequestBody(
                "put",
                "/applications/{application_id}/guilds/{guild_id}/commands"
            )
        );

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
