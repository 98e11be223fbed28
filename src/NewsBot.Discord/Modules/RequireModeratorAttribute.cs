using Discord;
using Discord.Interactions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace NewsBot.Discord.Modules;

/// <summary>
/// Moderators only: Manage Server (Administrator implies it) or one of <c>Discord:ModeratorRoleIds</c>.
/// <c>default_member_permissions</c> only hides a command by default and server admins can change
/// that, so the bot checks again when the command arrives.
/// https://discord.com/developers/docs/interactions/application-commands#permissions
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class RequireModeratorAttribute : PreconditionAttribute
{
    public const string Refusal =
        "Only moderators (Manage Server, or a moderator role) can reindex.";

    public override Task<PreconditionResult> CheckRequirementsAsync(
        IInteractionContext context,
        ICommandInfo commandInfo,
        IServiceProvider services
    )
    {
        var moderators = services
            .GetRequiredService<IOptions<DiscordOptions>>()
            .Value.ModeratorRoles;
        return Task.FromResult(
            IsModerator(context.User, moderators)
                ? PreconditionResult.FromSuccess()
                : PreconditionResult.FromError(Refusal)
        );
    }

    /// <summary>A direct message has no server to manage: nobody is a moderator there.</summary>
    internal static bool IsModerator(IUser user, IReadOnlySet<Snowflake> moderatorRoles)
    {
        if (user is not IGuildUser member)
        {
            return false;
        }

        if (member.RoleIds.Any(r => moderatorRoles.Contains(new Snowflake(r))))
        {
            return true;
        }

        try
        {
            // Administrator implies Manage Server in the resolved permissions.
            return member.GuildPermissions.ManageGuild;
        }
        catch (InvalidOperationException)
        {
            // Resolving permissions needs the guild's roles (cached from the gateway, fetched for HTTP):
            // without them nobody is taken for a moderator.
            return false;
        }
    }
}
