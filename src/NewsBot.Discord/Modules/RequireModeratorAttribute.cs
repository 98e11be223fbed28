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
        "Only moderators (Manage Server, or a moderator role) can use this command.";

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
            // Resolving permissions needs the guild's roles (cached from the gateway, fetched for HTTP for
            // every moderators' command). Discord.Net throws when the guild was not fetched; without it
            // nobody is taken for a moderator. Administrator implies Manage Server.
            return member.Guild is not null && member.GuildPermissions.ManageGuild;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
