using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Answers;
using NewsBot.Core.Indexing;
using NewsBot.Core.Library;
using NewsBot.Testing;
using NewsBot.Testing.News;

namespace NewsBot.Core.Tests.Library;

/// <summary>Adding and removing articles over a real index of a temporary folder, pages served on 127.0.0.1.</summary>
public sealed partial class ArticleLibraryTests : IAsyncLifetime
{
    private const string Existing = """
        Lighthouse keeper retires after forty years

        The keeper of the Skerra lighthouse retired on Sunday after forty years on the rock, handing
        the keys to the coast guard, which will run the light from the mainland from now on.

        "The sea was my clock," said keeper Bram Holt, who climbed the 212 steps twice a day.
        """;

    private readonly TemporaryFolder _folder = new();
    private readonly FakeTimeProvider _time = new(
        new DateTimeOffset(2026, 3, 6, 12, 0, 0, TimeSpan.Zero)
    );
    private NewsSite _site = null!;
    private IndexStore _store = null!;
    private AnswerService _answers = null!;
    private ArticleFetcher _fetcher = null!;
    private ArticleLibrary _library = null!;

    private string Articles => _folder.Combine("articles");

    public async Task InitializeAsync()
    {
        _site = await NewsSite.StartAsync();
        Directory.CreateDirectory(Articles);
        await File.WriteAllTextAsync(Path.Combine(Articles, "lighthouse.txt"), Existing);
        var options = new IndexOptions(Articles, _folder.Combine("index"));
        _store = new IndexStore(options);
        await _store.EnsureReadyAsync();
        _answers = new AnswerService(_store);
        _fetcher = new ArticleFetcher(new FetchOptions { AllowPrivateAddresses = true });
        _library = new ArticleLibrary(options, _fetcher, _store, _answers, _time);
    }

    public async Task DisposeAsync()
    {
        _fetcher.Dispose();
        _store.Dispose();
        await _site.DisposeAsync();
        _folder.Dispose();
    }

    private string[] ArticleFiles() =>
        [.. Directory.GetFiles(Articles).Select(Path.GetFileName).Order()!];

    private async Task<string[]> IndexedFilesAsync() =>
        [.. (await _answers.SourcesAsync()).Articles.Select(a => a.File).Order()];

    [Fact]
    public async Task Adds_an_article_from_a_link_as_a_new_file_and_answers_from_it_at_once()
    {
        var link = _site.Serve("/news/2026/03/night-ferry", NewsPages.Ferry);

        var result = await _library.AddLinkAsync(link);

        Assert.Null(result.Refusal);
        var added = result.Article!;
        Assert.Matches(SavedName(), added.File);
        Assert.StartsWith("20260304_", added.File, StringComparison.Ordinal);
        Assert.Equal(NewsPages.FerryHeadline, added.Headline);
        Assert.Contains(added.Quotes, q => q.Speaker?.Name == "Elena Varga");
        Assert.Contains(added.Figures, f => f.Text.Contains("1,200", StringComparison.Ordinal));
        Assert.Contains(added.File, await IndexedFilesAsync());
        var answer = await _answers.WhoSaidAsync("waited twenty years for a boat");
        var top = Assert.IsType<QuoteResult>(answer.Results.FirstOrDefault());
        Assert.Equal("Elena Varga", top.Speaker?.Name);
        Assert.Contains(top.Sources, s => s.File == added.File);
    }

    [Fact]
    public async Task Saves_the_headline_then_the_link_date_and_byline_then_the_paragraphs()
    {
        var link = _site.Serve("/news/2026/03/night-ferry", NewsPages.Ferry);

        var added = (await _library.AddLinkAsync(link + "#comments")).Article!;

        var lines = await File.ReadAllLinesAsync(Path.Combine(Articles, added.File));
        Assert.Equal(NewsPages.FerryHeadline, lines[0]);
        Assert.Equal("", lines[1]);
        Assert.Equal(link, lines[2]);
        Assert.Equal("Wednesday, March 4, 2026", lines[3]);
        Assert.Equal("By Nadia Osterholm", lines[4]);
        Assert.Equal("", lines[5]);
        Assert.StartsWith("PORT VELDEN — The harbour council", lines[6], StringComparison.Ordinal);
        Assert.Equal("", lines[7]);
    }

    [Fact]
    public async Task Refuses_the_same_link_twice_naming_the_file_it_is_in()
    {
        var link = _site.Serve("/news/2026/03/night-ferry", NewsPages.Ferry);
        var first = (await _library.AddLinkAsync(link)).Article!;

        var second = await _library.AddLinkAsync(link);

        Assert.Null(second.Article);
        Assert.Equal($"This article is already indexed as '{first.File}'.", second.Refusal);
        Assert.Equal(2, ArticleFiles().Length);
    }

    [Fact]
    public async Task Refuses_the_same_text_under_another_link_naming_the_file_it_is_in()
    {
        var first = (
            await _library.AddLinkAsync(_site.Serve("/a/ferry", NewsPages.Ferry))
        ).Article!;

        var copy = await _library.AddLinkAsync(
            _site.Serve("/syndicated/ferry-story", NewsPages.Ferry)
        );

        Assert.Equal($"This article is already indexed as '{first.File}'.", copy.Refusal);
    }

    [Fact]
    public async Task Refuses_a_text_file_already_in_the_folder_by_its_text()
    {
        var path = _folder.Combine("copy.txt");
        await File.WriteAllTextAsync(
            path,
            Existing.Replace("\n", "\r\n", StringComparison.Ordinal)
        );

        var result = await _library.AddFileAsync(path);

        Assert.Equal("This article is already indexed as 'lighthouse.txt'.", result.Refusal);
    }

    [Fact]
    public async Task A_failed_fetch_or_extraction_leaves_the_folder_and_the_index_as_they_were()
    {
        var before = await IndexedFilesAsync();
        _site.Serve("/wall", NewsPages.SignInWall);

        var missing = await _library.AddLinkAsync(_site.Url("/gone"));
        var wall = await _library.AddLinkAsync(_site.Url("/wall"));
        var notALink = await _library.AddLinkAsync("javascript:alert(1)");

        Assert.Contains("404", missing.Refusal, StringComparison.Ordinal);
        Assert.Contains("No article was found", wall.Refusal, StringComparison.Ordinal);
        Assert.Contains("not a link NewsBot fetches", notALink.Refusal, StringComparison.Ordinal);
        Assert.Equal(["lighthouse.txt"], ArticleFiles());
        Assert.Equal(before, await IndexedFilesAsync());
    }

    [Fact]
    public async Task Refuses_a_binary_file_named_like_an_article_naming_the_file_given()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        var link = _site.ServeBytes("/attachments/9/holiday.txt", bytes, "text/plain");

        var result = await _library.AddAttachmentAsync("holiday.txt", link);

        Assert.StartsWith(
            "'holiday.txt' is not a text file",
            result.Refusal,
            StringComparison.Ordinal
        );
        Assert.Equal(["lighthouse.txt"], ArticleFiles());
    }

    [Fact]
    public async Task A_page_without_og_title_is_listed_by_sources_with_its_h1_headline_and_own_date()
    {
        var link = _site.Serve(
            "/news/market",
            """
            <html><head><title>Market | The Coastal Ledger</title></head><body><article>
            <h1>Old town night market to open every Friday</h1>
            <p>By Anna Kowalska | 14 March 2026</p>
            <p>PORT VELDEN — The old town of Port Velden will hold a night market every Friday from May, the town council decided on Wednesday after a trial run drew thousands of visitors last summer.</p>
            <p>“People came for the food and stayed for the music,” said councillor Ines Marlow, who led the trial.</p>
            </article></body></html>
            """
        );

        var result = await _library.AddLinkAsync(link);

        Assert.Null(result.Refusal);
        Assert.StartsWith("20260314_", result.Article!.File, StringComparison.Ordinal);
        var listed = Assert.Single(
            (await _answers.SourcesAsync()).Articles,
            a => a.File == result.Article.File
        );
        Assert.Equal("Old town night market to open every Friday", listed.Headline);
    }

    [Fact]
    public async Task Adds_text_markdown_and_html_attachments_through_the_bounded_fetch()
    {
        var text = _site.Serve(
            "/attachments/1/bridge.txt",
            """
            Bridge repairs delayed again as costs rise

            Repairs to the swing bridge of Port Velden will not finish before winter, the roads
            office said on Monday, after the cost of the steel rose by a third since the spring.

            "We will not open a bridge we cannot trust," said roads engineer Saskia Mol.
            """,
            "text/plain; charset=utf-8"
        );
        var html = _site.Serve("/attachments/2/library.html", NewsPages.Library);

        var fromText = await _library.AddAttachmentAsync("bridge.txt", text);
        var fromHtml = await _library.AddAttachmentAsync("library.html", html);
        var pdf = await _library.AddAttachmentAsync(
            "scan.pdf",
            _site.Url("/attachments/3/scan.pdf")
        );

        Assert.Equal("Bridge repairs delayed again as costs rise", fromText.Article?.Headline);
        Assert.StartsWith("20260306_", fromText.Article!.File, StringComparison.Ordinal);
        Assert.Equal(NewsPages.LibraryHeadline, fromHtml.Article?.Headline ?? fromHtml.Refusal);
        Assert.Contains("not an article file NewsBot reads", pdf.Refusal, StringComparison.Ordinal);
        Assert.Equal(3, (await IndexedFilesAsync()).Length);
    }

    [Fact]
    public async Task Removes_an_article_from_the_folder_and_the_index()
    {
        var added = (await _library.AddLinkAsync(_site.Serve("/ferry", NewsPages.Ferry))).Article!;

        var removed = await _library.RemoveAsync(added.File);

        Assert.Null(removed.Refusal);
        Assert.Equal(NewsPages.FerryHeadline, removed.Headline);
        Assert.Equal(["lighthouse.txt"], ArticleFiles());
        Assert.Equal(["lighthouse.txt"], await IndexedFilesAsync());
        Assert.Empty((await _answers.WhoSaidAsync("waited twenty years for a boat")).Results);
    }

    [Theory]
    [InlineData("../articles/lighthouse.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("lighthouse.md")]
    [InlineData(".lighthouse.txt")]
    [InlineData("")]
    public async Task Refuses_to_remove_anything_but_an_article_file_of_the_folder(string name)
    {
        var result = await _library.RemoveAsync(name);

        Assert.Contains("is not an article file", result.Refusal, StringComparison.Ordinal);
        Assert.Equal(["lighthouse.txt"], ArticleFiles());
    }

    [Fact]
    public async Task Refuses_to_remove_a_file_that_is_not_there() =>
        Assert.Equal(
            "There is no article file 'nothing.txt'.",
            (await _library.RemoveAsync("nothing.txt")).Refusal
        );

    [GeneratedRegex(@"^\d{8}_[0-9a-f]{16}\.txt$")]
    private static partial Regex SavedName();
}
