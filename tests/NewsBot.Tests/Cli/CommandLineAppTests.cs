using System.Text.Json;
using NewsBot.Cli;
using NewsBot.Hosting;
using NewsBot.Testing;

namespace NewsBot.Tests.Cli;

public sealed class CommandLineAppTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    public void Dispose() => _folder.Dispose();

    private Task<int> RunAsync(params string[] args) => RunWithInputAsync("", args);

    private Task<int> RunWithInputAsync(string input, params string[] args)
    {
        var options = new NewsBotOptions
        {
            ArticlesPath = RepositoryFolders.Seeds,
            IndexPath = _folder.Combine("index"),
        };
        return new CommandLineApp(options, new StringReader(input), _output, _error).RunAsync(args);
    }

    [Fact]
    public async Task Search_as_json_gives_results_with_passage_sources_score_and_confidence()
    {
        var exit = await RunAsync("ask", "search", "--query", "drones kill zone", "--json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(_output.ToString());
        var top = json.RootElement.GetProperty("results")[0];
        Assert.Contains("kill zone", top.GetProperty("passage").GetString());
        var source = top.GetProperty("sources")[0];
        Assert.Equal("002_5ef127697d2cc7cc.txt", source.GetProperty("file").GetString());
        Assert.True(source.GetProperty("line").GetInt32() > 0);
        Assert.True(top.GetProperty("score").GetDouble() > 0);
        Assert.InRange(top.GetProperty("confidence").GetDouble(), 0, 1);
        Assert.False(json.RootElement.TryGetProperty("closest", out _));
    }

    [Fact]
    public async Task Sources_as_json_lists_the_articles_with_their_counts()
    {
        var exit = await RunAsync("ask", "sources", "--json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(_output.ToString());
        var articles = json.RootElement.GetProperty("articles");
        Assert.Equal(5, articles.GetArrayLength());
        Assert.Equal("000_678e51a0da039845.txt", articles[0].GetProperty("file").GetString());
        Assert.True(articles[0].TryGetProperty("quotes", out _));
        Assert.True(articles[0].TryGetProperty("figures", out _));
    }

    [Fact]
    public async Task An_answer_with_no_result_is_an_empty_results_list_and_exit_code_zero()
    {
        var exit = await RunAsync("ask", "search", "--query", "zebra marmalade", "--json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(_output.ToString());
        Assert.Equal(0, json.RootElement.GetProperty("results").GetArrayLength());
    }

    [Fact]
    public async Task Terminal_output_shows_the_passage_then_file_and_line()
    {
        var exit = await RunAsync("ask", "search", "--query", "Pokrovsk");

        Assert.Equal(0, exit);
        var text = _output.ToString();
        Assert.True(
            text.IndexOf("Pokrovsk", StringComparison.Ordinal)
                < text.IndexOf("002_5ef127697d2cc7cc.txt:24", StringComparison.Ordinal)
        );
    }

    [Theory]
    [InlineData("ask", "bogus")]
    [InlineData("ask", "search")]
    [InlineData("ask", "search", "--query", "x", "--colour")]
    [InlineData("index", "--what")]
    [InlineData("frobnicate")]
    public async Task A_usage_error_is_one_line_pointing_to_help_with_exit_code_one(
        params string[] args
    )
    {
        var exit = await RunAsync(args);

        Assert.Equal(1, exit);
        var line = Assert.Single(
            _error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
        );
        Assert.StartsWith("newsbot", line, StringComparison.Ordinal);
        Assert.EndsWith("--help'.", line.TrimEnd(), StringComparison.Ordinal);
        Assert.Empty(_output.ToString());
    }

    [Fact]
    public async Task An_unknown_command_is_called_unknown_and_the_commands_are_listed()
    {
        var exit = await RunAsync("foo");

        Assert.Equal(1, exit);
        Assert.Equal(
            "newsbot: unknown command 'foo' (commands: ask, index, console, add, remove, gaps, health, inspect). See 'newsbot --help'.",
            _error.ToString().Trim()
        );
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task An_empty_query_is_a_usage_error_in_command_line_words(string query)
    {
        var exit = await RunAsync("ask", "search", "--query", query);

        Assert.Equal(1, exit);
        Assert.Equal(
            "newsbot ask search: --query needs some text, for example --query \"…\". See 'newsbot ask search --help'.",
            _error.ToString().Trim()
        );
    }

    [Fact]
    public async Task A_value_starting_with_an_at_sign_is_a_question_not_a_response_file()
    {
        var file = _folder.Combine("question.rsp");
        await File.WriteAllTextAsync(file, "Pokrovsk");

        Assert.Equal(0, await RunAsync("ask", "search", "--query", "@everyone"));
        Assert.Equal(0, await RunAsync("ask", "search", "--query", "@" + file, "--json"));

        Assert.Empty(_error.ToString());
        Assert.DoesNotContain("002_5ef127697d2cc7cc.txt", _output.ToString());
    }

    [Fact]
    public async Task Search_results_say_their_confidence_and_whether_they_are_only_close_matches()
    {
        Assert.Equal(0, await RunAsync("ask", "search", "--query", "drones kill zone"));
        var full = _output.ToString();
        _output.GetStringBuilder().Clear();
        Assert.Equal(0, await RunAsync("ask", "search", "--query", "nuclear weapons", "--json"));

        Assert.Contains("confidence 1.00", full);
        Assert.DoesNotContain("close match", full);
        using var json = JsonDocument.Parse(_output.ToString());
        Assert.All(
            json.RootElement.GetProperty("results").EnumerateArray(),
            r => Assert.True(r.GetProperty("closeMatch").GetBoolean())
        );
    }

    [Fact]
    public async Task The_index_report_lists_skipped_files_and_files_read_with_a_warning()
    {
        var articles = _folder.CopyOfSeeds();
        await File.WriteAllTextAsync(Path.Combine(articles, "empty.txt"), "");
        await File.WriteAllBytesAsync(
            Path.Combine(articles, "latin1.txt"),
            [.. "Harbour news\n\nThe caf"u8, 0xE9, .. " reopened on Monday.\n"u8]
        );

        var exit = await RunAsync("index", "--articles", articles);

        Assert.Equal(0, exit);
        var report = _output.ToString();
        Assert.Contains("  skipped empty.txt: empty", report);
        Assert.Contains("  warning latin1.txt: invalid UTF-8 on line 3", report);
    }

    [Fact]
    public async Task A_missing_articles_folder_is_a_clear_error_with_exit_code_two()
    {
        var exit = await RunAsync(
            "ask",
            "search",
            "--query",
            "x",
            "--articles",
            _folder.Combine("nowhere")
        );

        Assert.Equal(2, exit);
        Assert.Contains("does not exist", _error.ToString());
        Assert.DoesNotContain("   at ", _error.ToString());
    }

    [Fact]
    public async Task Index_reports_what_it_built_then_that_it_is_up_to_date()
    {
        Assert.Equal(0, await RunAsync("index", "--json"));
        Assert.Equal(0, await RunAsync("index"));

        var lines = _output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using var json = JsonDocument.Parse(lines[0]);
        Assert.False(json.RootElement.GetProperty("reused").GetBoolean());
        Assert.Equal(5, json.RootElement.GetProperty("articles").GetInt32());
        Assert.Contains("up to date", lines[1]);
    }

    /// <summary>What the console prints for these piped lines; it ends with exit code 0.</summary>
    private async Task<string> ConsoleAsync(string input)
    {
        Assert.Equal(0, await RunWithInputAsync(input, "console"));
        return _output.ToString();
    }

    [Fact]
    public async Task The_piped_console_echoes_each_question_before_its_answer()
    {
        var text = await ConsoleAsync("/search query: Pokrovsk\n/sources\n");

        var question = text.IndexOf("> /search query: Pokrovsk\n", StringComparison.Ordinal);
        var answer = text.IndexOf("002_5ef127697d2cc7cc.txt:24", StringComparison.Ordinal);
        var next = text.IndexOf("> /sources\n", StringComparison.Ordinal);
        Assert.True(question >= 0 && question < answer && answer < next, text);
    }

    [Fact]
    public async Task Errors_under_json_are_json_on_standard_output_with_the_same_exit_code()
    {
        var missing = _folder.Combine("no-such-folder");

        var failed = await RunAsync("ask", "sources", "--articles", missing, "--json");
        var failure = System.Text.Json.Nodes.JsonNode.Parse(_output.ToString())!;
        _output.GetStringBuilder().Clear();
        var usage = await RunAsync("ask", "search", "--json");
        var usageError = System.Text.Json.Nodes.JsonNode.Parse(_output.ToString())!;

        Assert.Equal(CommandLineApp.ExitFailure, failed);
        Assert.Contains(
            "no-such-folder",
            failure["error"]!.GetValue<string>(),
            StringComparison.Ordinal
        );
        Assert.Equal(CommandLineApp.ExitUsage, usage);
        Assert.Contains(
            "--query",
            usageError["error"]!.GetValue<string>(),
            StringComparison.Ordinal
        );
        Assert.Equal("", _error.ToString());
    }

    [Fact]
    public async Task An_empty_articles_folder_says_so_on_the_command_line_and_in_the_console()
    {
        var empty = _folder.Combine("empty");
        Directory.CreateDirectory(empty);

        var exit = await RunAsync("ask", "search", "--query", "drones", "--articles", empty);
        var console = await RunWithInputAsync(
            "/search query: drones\n",
            "console",
            "--articles",
            empty,
            "--index",
            _folder.Combine("empty-index")
        );

        Assert.Equal(CommandLineApp.ExitFailure, exit);
        Assert.Contains("holds no articles", _error.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, console);
        Assert.Contains("holds no articles", _output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("No passage", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_console_piped_nothing_says_on_standard_error_that_it_reads_standard_input()
    {
        var text = await ConsoleAsync("");

        Assert.Equal("", text);
        Assert.Contains(
            "reads slash commands from standard input",
            _error.ToString(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task The_console_answers_help_whatever_follows_it_and_refuses_unknown_options()
    {
        var text = await ConsoleAsync("/help me\n/who-said query: killing Russia\n");

        Assert.Contains("Commands:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Unknown command '/help'", text, StringComparison.Ordinal);
        Assert.Contains("/who-said has no option 'query'", text, StringComparison.Ordinal);
        Assert.Equal("", _error.ToString());
    }

    [Fact]
    public async Task The_console_reindexes_on_request_and_fully_when_asked()
    {
        var text = await ConsoleAsync("/reindex\n/reindex full: true\n/reindex now\n");

        Assert.Contains("Index is up to date: 5 articles", text);
        Assert.Contains("Indexed 5 articles", text);
        Assert.Contains("/reindex takes only full", text);
        Assert.DoesNotContain("Unknown command", text);
    }

    [Fact]
    public async Task The_console_answers_piped_slash_commands_until_quit()
    {
        var text = await ConsoleAsync(
            "/search query: Pokrovsk\n/nonsense\n/quit\n/search query: drones\n"
        );

        Assert.Contains("002_5ef127697d2cc7cc.txt:24", text);
        Assert.Contains("Unknown command '/nonsense'", text);
        Assert.DoesNotContain("kill zone", text);
    }

    // A comparison whose sides differ in period says so on the command line, as JSON and in the console.
    private static readonly string[] RussianAgainstUkrainian =
    [
        "ask",
        "compare",
        "--a",
        "Russian casualties",
        "--b",
        "Ukrainian casualties",
    ];

    [Fact]
    public async Task The_command_line_says_the_periods_differ_and_gives_no_difference()
    {
        await RunAsync(RussianAgainstUkrainian);

        var text = _output.ToString();
        Assert.Contains("periods differ", text);
        Assert.DoesNotContain("Difference (A − B)", text);
    }

    [Fact]
    public async Task The_json_says_the_periods_differ_and_has_no_difference_or_ratio()
    {
        await RunAsync([.. RussianAgainstUkrainian, "--json"]);

        using var json = JsonDocument.Parse(_output.ToString());
        var root = json.RootElement;
        Assert.False(root.GetProperty("comparable").GetBoolean());
        Assert.False(
            root.TryGetProperty("difference", out var d) && d.ValueKind != JsonValueKind.Null
        );
        Assert.False(root.TryGetProperty("ratio", out var r) && r.ValueKind != JsonValueKind.Null);
        Assert.Contains("periods differ", root.GetProperty("explanation").GetString());
    }

    [Fact]
    public async Task The_console_says_the_periods_differ()
    {
        await RunWithInputAsync(
            "/compare a: Russian casualties b: Ukrainian casualties\n/quit\n",
            "console"
        );

        Assert.Contains("periods differ", _output.ToString());
    }
}
