using Discord;
using Discord.Interactions;
using NewsBot.Core.Commands;
using NewsBot.Core.Library;
using NewsBot.Discord.Rendering;

namespace NewsBot.Discord.Modules;

/// <summary>
/// <c>/add-article</c> and <c>/remove-article</c>: moderators change the coverage from Discord. Fetching
/// and indexing take longer than Discord's 3 s, so both defer first, privately (the catalog declares
/// them private): the answer, a refusal included, is for the moderator who asked.
/// </summary>
public sealed class ArticleModule(IArticleLibrary library) : NewsBotModule
{
    [SlashCommand(CommandCatalog.AddArticle.Name, CommandCatalog.AddArticle.Description)]
    [DefaultMemberPermissions(GuildPermission.ManageGuild)]
    [RequireModerator]
    public async Task AddAsync(
        [Summary(CommandCatalog.AddArticle.Url, CommandCatalog.AddArticle.UrlDescription)]
        [MaxLength(CommandCatalog.AddArticle.UrlMaxLength)]
            string? url = null,
        [Summary(CommandCatalog.AddArticle.File, CommandCatalog.AddArticle.FileDescription)]
            IAttachment? file = null
    )
    {
        var link = Text(url, CommandCatalog.AddArticle.UrlMaxLength);
        if ((link is null) == (file is null))
        {
            await RefuseAsync(
                $"Please give either `{CommandCatalog.AddArticle.Url}` (a link) or `{CommandCatalog.AddArticle.File}` (an attached file), not both."
            );
            return;
        }
        await Context.Reply.DeferAsync(CancellationToken);
        var result = file is null
            ? await library.AddLinkAsync(link!, CancellationToken)
            : await library.AddAttachmentAsync(file.Filename, file.Url, CancellationToken);
        if (result.Article is not { } added)
        {
            await RefuseAsync(Markdown.Escape(result.Refusal ?? "The article was not added."));
            return;
        }
        await AnswerAsync(LibraryRenderer.Added(added));
    }

    [SlashCommand(CommandCatalog.RemoveArticle.Name, CommandCatalog.RemoveArticle.Description)]
    [DefaultMemberPermissions(GuildPermission.ManageGuild)]
    [RequireModerator]
    public async Task RemoveAsync(
        [Summary(CommandCatalog.RemoveArticle.File, CommandCatalog.RemoveArticle.FileDescription)]
        [MaxLength(CommandCatalog.RemoveArticle.FileMaxLength)]
        [Autocomplete(typeof(ArticleFileAutocomplete))]
            string file
    )
    {
        if (Text(file, CommandCatalog.RemoveArticle.FileMaxLength) is not { } name)
        {
            await MissingAsync(CommandCatalog.RemoveArticle.File);
            return;
        }
        await Context.Reply.DeferAsync(CancellationToken);
        var result = await library.RemoveAsync(name, CancellationToken);
        if (result.Refusal is { } refusal)
        {
            await RefuseAsync(Markdown.Escape(refusal));
            return;
        }
        await AnswerAsync(LibraryRenderer.Removed(result));
    }
}
