using NewsBot.Discord.Interactions;
using NewsBot.Discord.Json;

namespace NewsBot.Discord.Tests.Interactions;

public sealed class ModeratorCheckTests
{
    private static readonly IReadOnlySet<Snowflake> s_moderators = new HashSet<Snowflake>
    {
        new(42),
    };

    private static JsonInteraction From(string? permissions, params ulong[] roles) =>
        new(
            new Snowflake(1),
            new Snowflake(2),
            2,
            "t",
            Member: new JsonGuildMember(
                Roles: [.. roles.Select(r => new Snowflake(r))],
                Permissions: permissions
            )
        );

    [Theory]
    [InlineData("32")]
    [InlineData("8")]
    [InlineData("2147483679")]
    public void A_member_with_Manage_Server_or_Administrator_may_reindex(string permissions) =>
        Assert.True(ModeratorCheck.MayReindex(From(permissions), s_moderators));

    [Theory]
    [InlineData("0")]
    [InlineData("16")]
    [InlineData("2048")]
    [InlineData("not a number")]
    [InlineData(null)]
    public void A_member_without_Manage_Server_may_not_reindex(string? permissions) =>
        Assert.False(ModeratorCheck.MayReindex(From(permissions, 7), s_moderators));

    [Fact]
    public void A_member_with_a_moderator_role_may_reindex() =>
        Assert.True(ModeratorCheck.MayReindex(From("0", 7, 42), s_moderators));

    [Fact]
    public void Nobody_may_reindex_from_a_direct_message() =>
        Assert.False(
            ModeratorCheck.MayReindex(
                new JsonInteraction(
                    new Snowflake(1),
                    new Snowflake(2),
                    2,
                    "t",
                    User: new JsonUser(new Snowflake(3))
                ),
                s_moderators
            )
        );
}
