using Discord;
using Discord.Interactions;
using NewsBot.Core.Commands;
using NewsBot.Core.Gaps;
using NewsBot.Discord.Rendering;

namespace NewsBot.Discord.Modules;

/// <summary>
/// <c>/coverage-gaps</c>: moderators see privately what members asked that the coverage could not answer.
/// Listing may ask the kept questions again after a refresh, so it is deferred first.
/// </summary>
public sealed class CoverageGapsModule(ICoverageGaps gaps) : NewsBotModule
{
    [SlashCommand(CommandCatalog.CoverageGaps.Name, CommandCatalog.CoverageGaps.Description)]
    [DefaultMemberPermissions(GuildPermission.ManageGuild)]
    [RequireModerator]
    public async Task ListAsync()
    {
        await Context.Reply.DeferAsync(CancellationToken);
        await AnswerAsync(GapsRenderer.Gaps(await gaps.ListAsync(CancellationToken)));
    }
}
