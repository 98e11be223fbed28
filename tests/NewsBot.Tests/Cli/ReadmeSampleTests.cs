using System.Text;
using System.Text.RegularExpressions;
using NewsBot.Cli;
using NewsBot.Hosting;
using NewsBot.Testing;

namespace NewsBot.Tests.Cli;

/// <summary>
/// The README's samples are the program's own output: every <c>$</c> line of its code blocks is run on
/// the bundled seeds and what follows it must be exactly what NewsBot prints.
/// </summary>
public sealed partial class ReadmeSampleTests : IDisposable
{
    private const string Run = "dotnet run --project src/NewsBot";
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, string> Samples()
    {
        var samples = new TheoryData<string, string>();
        var readme = File.ReadAllText(Path.Combine(RepositoryFolders.Root, "README.md"));
        foreach (Match block in CodeBlock().Matches(readme))
        {
            string? command = null;
            var expected = new StringBuilder();
            foreach (var line in block.Groups["body"].Value.Split('\n'))
            {
                if (line.StartsWith("$ ", StringComparison.Ordinal))
                {
                    Add(samples, command, expected);
                    command = line[2..];
                    expected.Clear();
                }
                else if (command is not null)
                {
                    expected.AppendLine(line);
                }
            }
            Add(samples, command, expected);
        }
        return samples;
    }

    private static void Add(
        TheoryData<string, string> samples,
        string? command,
        StringBuilder expected
    )
    {
        if (command is not null)
        {
            samples.Add(command, expected.ToString().Trim());
        }
    }

    [Fact]
    public void The_readme_has_samples_of_the_command_line_and_the_console()
    {
        var commands = Samples().Select(row => (string)row[0]).ToList();

        Assert.Contains(commands, c => c.StartsWith("newsbot ask ", StringComparison.Ordinal));
        Assert.Contains(commands, c => c.EndsWith("| " + Run, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task A_readme_sample_is_what_newsbot_prints(string command, string expected)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var app = new CommandLineApp(
            new NewsBotOptions
            {
                ArticlesPath = RepositoryFolders.Seeds,
                IndexPath = _folder.Combine("index"),
            },
            new StringReader(Input(command)),
            output,
            error
        );

        var exit = await app.RunAsync(Arguments(command));

        Assert.True(exit == 0, error.ToString());
        Assert.Equal(expected, output.ToString().Trim().ReplaceLineEndings("\n"));
    }

    /// <summary>The arguments after <c>newsbot</c>; a piped console sample runs <c>console</c>.</summary>
    private static string[] Arguments(string command)
    {
        var program = command.Contains(" | ", StringComparison.Ordinal)
            ? command[(command.IndexOf(" | ", StringComparison.Ordinal) + 3)..]
            : command;
        var rest = program.StartsWith("newsbot", StringComparison.Ordinal)
            ? program["newsbot".Length..]
            : program[Run.Length..].TrimStart().TrimStart('-');
        var words = Word()
            .Matches(rest)
            .Select(m => m.Groups["quoted"].Success ? m.Groups["quoted"].Value : m.Value)
            .ToArray();
        return words.Length == 0 ? ["console"] : words;
    }

    /// <summary>What <c>printf '…' |</c> pipes in, with its <c>\n</c> escapes; nothing otherwise.</summary>
    private static string Input(string command)
    {
        var printf = Printf().Match(command);
        return printf.Success
            ? printf.Groups["text"].Value.Replace("\\n", "\n", StringComparison.Ordinal)
            : "";
    }

    [GeneratedRegex(
        @"^```[a-z]*\n(?<body>.*?)^```$",
        RegexOptions.Multiline | RegexOptions.Singleline
    )]
    private static partial Regex CodeBlock();

    [GeneratedRegex("\"(?<quoted>[^\"]*)\"|[^\\s\"]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"^printf '(?<text>[^']*)' \|")]
    private static partial Regex Printf();
}
