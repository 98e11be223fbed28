using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace NewsBot.Discord.Tests;

public sealed class DiscordOptionsTests
{
    private static IConfiguration Config(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(
                values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))
            )
            .Build();

    private static DiscordOptions Resolve(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddNewsBotDiscord(configuration);
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<DiscordOptions>>().Value;
    }

    [Fact]
    public void Reads_moderator_roles_given_as_one_comma_separated_value()
    {
        var options = Resolve(
            Config(
                ("Discord:Token", "t"),
                ("Discord:ModeratorRoleIds", "600000000000000001, 600000000000000002")
            )
        );

        Assert.Equal(
            [600000000000000001UL, 600000000000000002UL],
            options.ModeratorRoles.Select(r => r.Value).Order()
        );
    }

    [Fact]
    public void Refuses_a_single_moderator_role_value_that_is_not_a_role_id()
    {
        var error = Assert.Throws<OptionsValidationException>(() =>
            Resolve(Config(("Discord:Token", "t"), ("Discord:ModeratorRoleIds", "abc")))
        );

        Assert.Contains("'abc'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Never_shows_the_token_in_its_text()
    {
        var text = new DiscordOptions { Token = "abc.SECRET.xyz" }.ToString();

        Assert.DoesNotContain("SECRET", text, StringComparison.Ordinal);
        Assert.Contains("(redacted)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_token_in_Discord_Token_or_DISCORD_TOKEN_means_bot_mode()
    {
        Assert.True(
            DiscordServiceCollectionExtensions.HasDiscordToken(Config(("Discord:Token", "t")))
        );
        Assert.True(
            DiscordServiceCollectionExtensions.HasDiscordToken(Config(("DISCORD_TOKEN", "t")))
        );
        Assert.False(
            DiscordServiceCollectionExtensions.HasDiscordToken(Config(("Discord:Token", " ")))
        );
        Assert.False(DiscordServiceCollectionExtensions.HasDiscordToken(Config()));
    }

    [Fact]
    public void Reads_the_token_from_DISCORD_TOKEN_and_applies_the_defaults()
    {
        var options = Resolve(Config(("DISCORD_TOKEN", " from-env ")));

        Assert.Equal("from-env", options.Token);
        Assert.Equal("https://discord.com/api/v10", options.ApiBaseUrl);
        Assert.Equal(0, options.ShardId);
        Assert.Equal(1, options.ShardCount);
    }

    [Fact]
    public void Binds_the_whole_section()
    {
        var options = Resolve(
            Config(
                ("Discord:Token", "t"),
                ("Discord:ApplicationId", "11"),
                ("Discord:GuildId", "22"),
                ("Discord:ApiBaseUrl", "http://127.0.0.1:5/api/v10"),
                ("Discord:ShardId", "1"),
                ("Discord:ShardCount", "3"),
                ("Discord:ModeratorRoleIds:0", "33,44"),
                ("Discord:ModeratorRoleIds:1", "55")
            )
        );

        Assert.Equal(
            ("11", "22", 1, 3),
            (options.ApplicationId, options.GuildId, options.ShardId, options.ShardCount)
        );
        Assert.Equal(
            [new Snowflake(33), new Snowflake(44), new Snowflake(55)],
            options.ModeratorRoles.OrderBy(r => r.Value)
        );
    }

    [Fact]
    public void Invalid_options_stop_the_start_with_messages_a_person_understands()
    {
        var error = Assert.Throws<OptionsValidationException>(() =>
            Resolve(
                Config(
                    ("Discord:Token", "Bot abc"),
                    ("Discord:ApiBaseUrl", "discord"),
                    ("Discord:ShardId", "2"),
                    ("Discord:GuildId", "general"),
                    ("Discord:ModeratorRoleIds:0", "mods")
                )
            )
        );

        Assert.Contains("must not contain spaces", error.Message, StringComparison.Ordinal);
        Assert.Contains(
            "Discord:ApiBaseUrl must be an absolute http(s) URL",
            error.Message,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "which is not between 0 and ShardCount - 1",
            error.Message,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "Discord:GuildId must be a numeric id",
            error.Message,
            StringComparison.Ordinal
        );
        Assert.Contains("'mods'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("abc", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_token_is_reported_by_name()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(Config()));
        Assert.Contains(
            "Discord:Token (or DISCORD_TOKEN) is required",
            error.Message,
            StringComparison.Ordinal
        );
    }
}
