using System.Globalization;
using NewsBot.Discord.Commands;
using NewsBot.Discord.Json;

namespace NewsBot.Discord.Interactions;

/// <summary>
/// Who may run /reindex. <c>default_member_permissions</c> only hides the command by default and server
/// admins can override it, so the bot checks again: Manage Server (or Administrator) in the member's
/// resolved permissions, or one of the configured moderator roles.
/// https://discord.com/developers/docs/interactions/application-commands#permissions
/// </summary>
internal static class ModeratorCheck
{
    public static bool MayReindex(
        JsonInteraction interaction,
        IReadOnlySet<Snowflake> moderatorRoles
    )
    {
        if (interaction.Member is not { } member)
            return false; // a DM has no server to manage
        if (
            ulong.TryParse(
                member.Permissions,
                NumberStyles.None,
                CultureInfo.InvariantCulture,
                out var permissions
            )
            && (permissions & (CommandCatalog.ManageGuild | CommandCatalog.Administrator)) != 0
        )
            return true;
        return member.Roles?.Any(moderatorRoles.Contains) == true;
    }
}
