using NewsBot.Cli;
using NewsBot.Hosting;
using NewsBot.Testing;
using NewsBot.Testing.News;

namespace NewsBot.Tests.Cli;

/// <summary><c>newsbot add</c> and <c>newsbot remove</c> over a copy of the seeds, pages served on 127.0.0.1.</summary>
public sealed class ArticleCommandTests : IAsyncLifetime
{
    private readonly TemporaryFolder _folder = new();
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();
    private NewsSite _site = null!;
    private string _articles = "";

    public async Task InitializeAsync()
    {
        _site = await NewsSite.StartAsync();
        _articles = _folder.CopyOfSeeds();
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        _folder.Dispose();
    }

    private Task<int> RunAsync(bool allowPrivateAddresses, params string[] args) =>
        RunWithInputAsync("", allowPrivateAddresses, args);

    private Task<int> RunWithInputAsync(
        string input,
        bool allowPrivateAddresses,
        params string[] args
    )
    {
        var options = new NewsBotOptions
        {
            ArticlesPath = _articles,
            IndexPath = _folder.Combine("index"),
            AllowPrivateAddresses = allowPrivateAddresses,
        };
        return new CommandLineApp(options, new StringReader(input), _output, _error).RunAsync(args);
    }

    [Fact]
    public async Task Add_fetches_a_link_saves_and_indexes_the_article_and_lists_the_quotes_and_figures_with_their_lines()
    {
        var link = _site.Serve("/news/ferry", NewsPages.Ferry);

        var exit = await RunAsync(allowPrivateAddresses: true, "add", link);

        Assert.Equal(CommandLineApp.ExitOk, exit);
        var lines = _output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(
            $@"^Added 20260304_[0-9a-f]{{16}}\.txt: {NewsPages.FerryHeadline} \(\d+ quotes, \d+ figures\)$",
            lines[0]
        );
        Assert.Contains(
            lines,
            l =>
                System.Text.RegularExpressions.Regex.IsMatch(
                    l,
                    @"^  line \d+ +quote +Elena Varga( \([^)]*\))?: “"
                )
        );
        Assert.Contains(
            lines,
            l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^  line \d+ +figure +1,200 ")
        );
        Assert.Equal(6, Directory.GetFiles(_articles, "*.txt").Length);
        _output.GetStringBuilder().Clear();
        Assert.Equal(0, await RunAsync(false, "ask", "who-said", "--quote", "waited twenty years"));
        Assert.Contains("Elena Varga", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_refuses_a_loopback_link_by_default_with_exit_code_two_and_one_line()
    {
        var link = _site.Serve("/news/ferry", NewsPages.Ferry);

        var exit = await RunAsync(allowPrivateAddresses: false, "add", link);

        Assert.Equal(CommandLineApp.ExitFailure, exit);
        Assert.Matches(
            @"^newsbot add: The link was refused: 127\.0\.0\.1 is a private, loopback or link-local address, which NewsBot does not fetch\.\r?\n$",
            _error.ToString()
        );
        Assert.Equal(0, _site.Requests);
        Assert.Equal(5, Directory.GetFiles(_articles, "*.txt").Length);
    }

    [Fact]
    public async Task Add_and_remove_take_json_and_print_what_was_found_or_the_refusal_as_json()
    {
        var link = _site.Serve("/news/ferry", NewsPages.Ferry);

        Assert.Equal(CommandLineApp.ExitOk, await RunAsync(true, "add", link, "--json"));
        var added = System.Text.Json.Nodes.JsonNode.Parse(_output.ToString())!;
        var file = added["file"]!.GetValue<string>();
        Assert.Equal(NewsPages.FerryHeadline, added["headline"]!.GetValue<string>());
        Assert.NotEmpty(added["quotes"]!.AsArray());
        Assert.All(added["quotes"]!.AsArray(), q => Assert.True(q!["line"]!.GetValue<int>() > 0));
        _output.GetStringBuilder().Clear();

        Assert.Equal(CommandLineApp.ExitOk, await RunAsync(false, "remove", file, "--json"));
        Assert.Equal(
            file,
            System.Text.Json.Nodes.JsonNode.Parse(_output.ToString())!["file"]!.GetValue<string>()
        );
        _output.GetStringBuilder().Clear();

        Assert.Equal(CommandLineApp.ExitFailure, await RunAsync(false, "remove", file, "--json"));
        var refusal = System.Text.Json.Nodes.JsonNode.Parse(_output.ToString())!;
        Assert.Contains(file, refusal["error"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("", _error.ToString());
    }

    [Fact]
    public async Task Add_refuses_a_file_that_is_already_indexed_naming_it()
    {
        var copy = _folder.Combine("copy.txt");
        File.Copy(Path.Combine(_articles, "003_4b0f46ba6aa475ed.txt"), copy);

        var exit = await RunAsync(false, "add", copy);

        Assert.Equal(CommandLineApp.ExitFailure, exit);
        Assert.Equal(
            "newsbot add: This article is already indexed as '003_4b0f46ba6aa475ed.txt'.",
            _error.ToString().Trim()
        );
    }

    [Fact]
    public async Task Remove_takes_an_article_out_of_the_folder_and_the_index()
    {
        var exit = await RunAsync(false, "remove", "004_03b79c85bce5be51.txt");

        Assert.Equal(CommandLineApp.ExitOk, exit);
        Assert.Matches(@"^Removed 004_03b79c85bce5be51\.txt: \S.*\r?\n$", _output.ToString());
        Assert.False(File.Exists(Path.Combine(_articles, "004_03b79c85bce5be51.txt")));
        _output.GetStringBuilder().Clear();
        await RunAsync(false, "ask", "sources", "--json");
        Assert.DoesNotContain(
            "004_03b79c85bce5be51.txt",
            _output.ToString(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Remove_refuses_a_path_outside_the_articles_folder_with_exit_code_two()
    {
        var exit = await RunAsync(false, "remove", "../index/manifest.txt");

        Assert.Equal(CommandLineApp.ExitFailure, exit);
        Assert.StartsWith(
            "newsbot remove: '../index/manifest.txt' is not an article file",
            _error.ToString(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task The_console_adds_and_removes_articles_as_Discord_does_and_answers_from_them()
    {
        var link = _site.Serve("/news/ferry", NewsPages.Ferry);

        var exit = await RunWithInputAsync(
            $"""
            /add-article url: {link}
            /who-said quote: waited twenty years for a boat
            /remove-article file: nothing.txt
            /add-article
            """,
            true,
            "console"
        );

        Assert.Equal(0, exit);
        var text = _output.ToString();
        Assert.Matches(@"Added 20260304_[0-9a-f]{16}\.txt: " + NewsPages.FerryHeadline, text);
        Assert.Contains("Elena Varga", text, StringComparison.Ordinal);
        Assert.Contains("There is no article file 'nothing.txt'.", text, StringComparison.Ordinal);
        Assert.Contains("/add-article takes a link or a file", text, StringComparison.Ordinal);
    }
}
