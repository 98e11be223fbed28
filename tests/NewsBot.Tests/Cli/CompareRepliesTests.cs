using System.Text.Json;
using NewsBot.Cli;
using NewsBot.Hosting;
using NewsBot.Testing;

namespace NewsBot.Tests.Cli;

/// <summary>A comparison whose sides differ in period says so on the command line, as JSON and in the console.</summary>
public sealed class CompareRepliesTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly StringWriter _output = new();

    public void Dispose() => _folder.Dispose();

    private Task<int> RunAsync(string input, params string[] args) =>
        new CommandLineApp(
            new NewsBotOptions
            {
                ArticlesPath = RepositoryFolders.Seeds,
                IndexPath = _folder.Combine("index"),
            },
            new StringReader(input),
            _output,
            new StringWriter()
        ).RunAsync(args);

    [Fact]
    public async Task The_command_line_says_the_periods_differ_and_gives_no_difference()
    {
        await RunAsync(
            "",
            "ask",
            "compare",
            "--a",
            "Russian casualties",
            "--b",
            "Ukrainian casualties"
        );

        var text = _output.ToString();
        Assert.Contains("periods differ", text);
        Assert.DoesNotContain("Difference (A − B)", text);
    }

    [Fact]
    public async Task The_json_says_the_periods_differ_and_has_no_difference_or_ratio()
    {
        await RunAsync(
            "",
            "ask",
            "compare",
            "--a",
            "Russian casualties",
            "--b",
            "Ukrainian casualties",
            "--json"
        );

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
        await RunAsync(
            "/compare a: Russian casualties b: Ukrainian casualties\n/quit\n",
            "console"
        );

        Assert.Contains("periods differ", _output.ToString());
    }
}
