using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsBot.Testing.Emulator;
using NewsBot.Testing.News;

namespace NewsBot.Tests.EndToEnd;

/// <summary>The real host on the Discord emulator over a copy of the seeds, with a news site on 127.0.0.1.</summary>
public sealed class LibraryBotFixture : RealBotFixture
{
    private NewsSite? _site;

    public NewsSite Site => _site ?? throw new InvalidOperationException("Not started.");

    protected override string ArticlesPath => Folder.Combine("articles");

    // The news site and the emulator's attachments are on 127.0.0.1.
    protected override IEnumerable<string> MoreSettings => ["--NewsBot:AllowPrivateAddresses=true"];

    public override async Task InitializeAsync()
    {
        Folder.CopyOfSeeds();
        _site = await NewsSite.StartAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }
}

/// <summary>
/// A moderator adds an article by link and by attachment, and removes one, all from Discord; a member asks
/// about the new article right after it is added.
/// </summary>
public sealed class ArticleStories(LibraryBotFixture bot) : IClassFixture<LibraryBotFixture>
{
    private DiscordEmulator Discord => bot.Emulator;

    private static string TopTitle(JsonObject message) =>
        message["embeds"]![0]!["title"]!.GetValue<string>();

    /// <summary>The message as JSON, with the backticks around <c>file:line</c> left as they are.</summary>
    private static string Everything(JsonObject message) =>
        message.ToJsonString(
            new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }
        );

    [Fact]
    public async Task A_moderator_adds_an_article_by_link_and_a_member_asks_who_said_it_and_for_its_figure()
    {
        var link = bot.Site.Serve("/news/2026/03/night-ferry", NewsPages.Ferry);

        var added = await bot.AnswerOnDiscordAsync(
            Discord.Interaction("add-article", [("url", link)], permissions: "32")
        );

        Assert.Equal(NewsPages.FerryHeadline, TopTitle(added));
        var file = added["embeds"]![0]!["fields"]![0]!["value"]!.GetValue<string>().Trim('`');
        Assert.Matches(@"^20260304_[0-9a-f]{16}\.txt$", file);
        Assert.Contains("Elena Varga", Everything(added), StringComparison.Ordinal);

        var whoSaid = await bot.AnswerOnDiscordAsync(
            Discord.Interaction("who-said", [("quote", "waited twenty years for a boat")])
        );
        Assert.Contains("Elena Varga", TopTitle(whoSaid), StringComparison.Ordinal);
        Assert.Contains($"`{file}:", Everything(whoSaid), StringComparison.Ordinal);

        var figure = await bot.AnswerOnDiscordAsync(
            Discord.Interaction("figure", [("query", "passengers a night on the night ferry")])
        );
        Assert.Contains("1,200", Everything(figure), StringComparison.Ordinal);
        Assert.Contains($"`{file}:", Everything(figure), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_moderator_adds_an_attached_page_and_removes_it_again()
    {
        var attachment = Discord.Attach(
            "library.html",
            "text/html; charset=utf-8",
            NewsPages.Library
        );

        var added = await bot.AnswerOnDiscordAsync(
            Discord.Interaction("add-article", [("file", attachment)], permissions: "8")
        );
        Assert.Equal(NewsPages.LibraryHeadline, TopTitle(added));
        var file = added["embeds"]![0]!["fields"]![0]!["value"]!.GetValue<string>().Trim('`');
        var asked = await bot.AnswerOnDiscordAsync(
            Discord.Interaction("who-said", [("quote", "where people already walk")])
        );
        Assert.Contains("Anouk Severs", TopTitle(asked), StringComparison.Ordinal);

        var removed = await bot.AnswerOnDiscordAsync(
            Discord.Interaction("remove-article", [("file", file)], permissions: "32")
        );

        Assert.StartsWith(
            $"Removed `{file}`",
            removed["content"]!.GetValue<string>(),
            StringComparison.Ordinal
        );
        var sources = await bot.AnswerOnDiscordAsync(Discord.Interaction("sources"));
        Assert.DoesNotContain(file, Everything(sources), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_may_not_add_an_article_and_a_refused_link_is_answered_privately()
    {
        var link = bot.Site.Serve("/news/wall", NewsPages.SignInWall);

        var member = await bot.AnswerOnDiscordAsync(
            Discord.Interaction("add-article", [("url", link)], roles: [DiscordEmulator.PlainRole])
        );
        var wall = await bot.AnswerOnDiscordAsync(
            Discord.Interaction("add-article", [("url", link)], permissions: "32")
        );

        Assert.Contains(
            "Only moderators",
            member["content"]!.GetValue<string>(),
            StringComparison.Ordinal
        );
        Assert.Equal(64, member["flags"]!.GetValue<int>());
        Assert.Contains(
            "No article was found",
            wall["content"]!.GetValue<string>(),
            StringComparison.Ordinal
        );
    }
}
