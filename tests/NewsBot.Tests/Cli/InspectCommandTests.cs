using System.Text.Json;
using NewsBot.Cli;
using NewsBot.Hosting;
using NewsBot.Testing;

namespace NewsBot.Tests.Cli;

/// <summary><c>newsbot inspect</c> over small articles written here, with no articles folder or index to read.</summary>
public sealed class InspectCommandTests : IDisposable
{
    private const string Story = """
        Library reopens after flood

        The town library reopened on Saturday after repairs costing $1.2 million.

        "The shelves are full again," said Mia Holt, the head librarian.

        About 2,000 people visited on the first day, and between 30 and 40 volunteers helped.
        """;

    private readonly TemporaryFolder _folder = new();
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    public void Dispose() => _folder.Dispose();

    private Task<int> RunAsync(params string[] args)
    {
        // Folders that do not exist: inspect must not need them, nor create them.
        var options = new NewsBotOptions
        {
            ArticlesPath = _folder.Combine("no-articles"),
            IndexPath = _folder.Combine("no-index"),
        };
        return new CommandLineApp(options, new StringReader(""), _output, _error).RunAsync(args);
    }

    [Fact]
    public async Task Inspect_as_json_gives_every_quote_and_figure_of_each_article_in_the_documented_shape()
    {
        var path = _folder.Write("library.txt", Story);

        var exit = await RunAsync("inspect", path, "--json");

        Assert.Equal(CommandLineApp.ExitOk, exit);
        using var json = JsonDocument.Parse(_output.ToString());
        Assert.Equal(["articles"], Keys(json.RootElement));
        var article = Assert.Single(json.RootElement.GetProperty("articles").EnumerateArray());
        Assert.Equal(["file", "headline", "quotes", "figures"], Keys(article));
        Assert.Equal("library.txt", article.GetProperty("file").GetString());
        Assert.Equal("Library reopens after flood", article.GetProperty("headline").GetString());
        var quote = article.GetProperty("quotes")[0];
        Assert.Equal(["line", "speaker", "quote", "reported"], Keys(quote));
        Assert.Equal(5, quote.GetProperty("line").GetInt32());
        Assert.Equal(["name", "role"], Keys(quote.GetProperty("speaker")));
        Assert.Equal("Mia Holt", quote.GetProperty("speaker").GetProperty("name").GetString());
        Assert.False(quote.GetProperty("reported").GetBoolean());
        var figures = article.GetProperty("figures").EnumerateArray().ToList();
        Assert.All(
            figures,
            f =>
                Assert.Equal(
                    [
                        "line",
                        "text",
                        "value",
                        "low",
                        "high",
                        "unit",
                        "change",
                        "measure",
                        "claimant",
                    ],
                    Keys(f)
                )
        );
        var money = Assert.Single(figures, f => f.GetProperty("unit").GetString() == "USD");
        Assert.Equal(1_200_000, money.GetProperty("value").GetDouble());
        Assert.Equal(3, money.GetProperty("line").GetInt32());
        var visitors = Assert.Single(figures, f => f.GetProperty("change").GetString() == "~");
        Assert.Equal(2000, visitors.GetProperty("value").GetDouble());
        Assert.Equal("people", visitors.GetProperty("unit").GetString());
        var range = Assert.Single(
            figures,
            f => f.GetProperty("low").ValueKind == JsonValueKind.Number
        );
        Assert.Equal(JsonValueKind.Null, range.GetProperty("value").ValueKind);
        Assert.Equal(30, range.GetProperty("low").GetDouble());
        Assert.Equal(40, range.GetProperty("high").GetDouble());
        Assert.Equal("", _error.ToString());
    }

    [Fact]
    public async Task Inspect_prints_each_quote_and_figure_with_its_line_under_its_article()
    {
        var path = _folder.Write("library.txt", Story);

        var exit = await RunAsync("inspect", path);

        Assert.Equal(CommandLineApp.ExitOk, exit);
        var lines = _output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("library.txt: Library reopens after flood (1 quotes, 3 figures)", lines[0]);
        Assert.Contains(
            "  line 5    quote   Mia Holt (head librarian): “The shelves are full again,”",
            lines
        );
        Assert.Contains(
            lines,
            l =>
                l.StartsWith(
                    "  line 3    figure  $1.2 million  → 1200000 USD",
                    StringComparison.Ordinal
                )
        );
        Assert.Contains(
            lines,
            l => l.StartsWith("  line 7    figure  2,000  → ~2000 people", StringComparison.Ordinal)
        );
        Assert.Contains(
            lines,
            l =>
                l.StartsWith(
                    "  line 7    figure  between 30 and 40  → 30–40 volunteers",
                    StringComparison.Ordinal
                )
        );
    }

    [Fact]
    public async Task Inspect_shows_a_movement_from_where_it_started_to_where_it_ended()
    {
        var path = _folder.Write(
            "club.txt",
            "Club shrinks\n\nMembership fell from 900 to 750 last year."
        );

        var exit = await RunAsync("inspect", path);

        Assert.Equal(CommandLineApp.ExitOk, exit);
        Assert.Contains("→ from 900 to 750 count", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspect_lists_years_and_ranks_in_the_report_but_keeps_them_out_of_the_json_quantities()
    {
        var path = _folder.Write(
            "club.txt",
            """
            Rowing club marks a milestone

            The club, founded in 1894, finished second in the regional regatta with 40 rowers.
            """
        );

        var exit = await RunAsync("inspect", path, "--json");

        Assert.Equal(CommandLineApp.ExitOk, exit);
        using var json = JsonDocument.Parse(_output.ToString());
        var article = json.RootElement.GetProperty("articles")[0];
        var figure = Assert.Single(article.GetProperty("figures").EnumerateArray());
        Assert.Equal(40, figure.GetProperty("value").GetDouble());
        _output.GetStringBuilder().Clear();

        Assert.Equal(CommandLineApp.ExitOk, await RunAsync("inspect", path));
        var report = _output.ToString();
        Assert.Contains("1894  → 1894 year · founded", report, StringComparison.Ordinal);
        Assert.Contains("second  → 2 rank · place", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspect_reads_several_paths_in_the_order_given_and_lists_unreadable_folder_files_apart()
    {
        var single = _folder.Write("library.txt", Story);
        _folder.Write("more/road.txt", "Road closed\n\nThe road will close for 3 weeks.");
        _folder.Write("more/blank.txt", "   ");

        var exit = await RunAsync("inspect", single, _folder.Combine("more"), "--json");

        Assert.Equal(CommandLineApp.ExitOk, exit);
        using var json = JsonDocument.Parse(_output.ToString());
        Assert.Equal(
            ["library.txt", "road.txt"],
            json.RootElement.GetProperty("articles")
                .EnumerateArray()
                .Select(a => a.GetProperty("file").GetString())
        );
        Assert.Equal(
            "newsbot inspect: skipped blank.txt: empty\n",
            _error.ToString().ReplaceLineEndings("\n")
        );
    }

    [Fact]
    public async Task Inspect_of_a_missing_path_says_so_in_one_line_with_exit_code_two_and_reads_nothing_else()
    {
        var missing = _folder.Combine("gone.txt");

        var exit = await RunAsync("inspect", missing);

        Assert.Equal(CommandLineApp.ExitFailure, exit);
        Assert.Equal(
            $"newsbot: '{missing}' does not exist.\n",
            _error.ToString().ReplaceLineEndings("\n")
        );
        Assert.Equal("", _output.ToString());
        Assert.False(Directory.Exists(_folder.Combine("no-index")));
    }

    [Fact]
    public async Task Inspect_as_json_gives_an_error_object_for_a_folder_without_articles()
    {
        Directory.CreateDirectory(_folder.Combine("empty"));

        var exit = await RunAsync("inspect", _folder.Combine("empty"), "--json");

        Assert.Equal(CommandLineApp.ExitFailure, exit);
        using var json = JsonDocument.Parse(_output.ToString());
        Assert.Contains(
            "holds no article (.txt) files",
            json.RootElement.GetProperty("error").GetString(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Inspect_without_a_path_is_a_usage_error()
    {
        var exit = await RunAsync("inspect");

        Assert.Equal(CommandLineApp.ExitUsage, exit);
        Assert.StartsWith("newsbot inspect: ", _error.ToString(), StringComparison.Ordinal);
    }

    private static List<string> Keys(JsonElement element) =>
        [.. element.EnumerateObject().Select(p => p.Name)];
}
