using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using NewsBot.Core;
using NewsBot.Core.Commands;
using NewsBot.Core.Indexing;
using NewsBot.Hosting;
using Spectre.Console;

namespace NewsBot.Cli;

/// <summary>
/// The command line: <c>newsbot ask &lt;command&gt; …</c>, <c>newsbot index</c> and <c>newsbot console</c>.
/// Exit codes: 0 answered (an empty answer too), 1 usage error, 2 the question could not be answered
/// (missing articles folder, unreadable index), with a one-line message and never a stack trace.
/// </summary>
public sealed class CommandLineApp(
    NewsBotOptions options,
    TextReader input,
    TextWriter output,
    TextWriter error
)
{
    public const int ExitOk = 0;
    public const int ExitUsage = 1;
    public const int ExitFailure = 2;

    private readonly Option<string?> _articles = new("--articles")
    {
        Description =
            "Folder of article .txt files (default: NewsBot:ArticlesPath, the bundled seeds)",
    };
    private readonly Option<string?> _index = new("--index")
    {
        Description = "Index folder (default: NewsBot:IndexPath)",
    };
    private readonly Option<bool> _json = new("--json")
    {
        Description = "Print the answer as JSON",
    };
    private readonly Option<bool> _verbose = new("--verbose")
    {
        Description = "Log what the index does to standard error",
    };

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand(
            "NewsBot answers questions about news coverage with exact quoted passages and their sources."
        );
        var ask = new Command("ask", "Ask a question, as the Discord slash commands do");
        foreach (var (name, shape) in Question.Shapes)
        {
            ask.Subcommands.Add(AskCommand(name, shape));
        }
        root.Subcommands.Add(ask);
        root.Subcommands.Add(IndexCommand());
        root.Subcommands.Add(ConsoleCommand());

        var parse = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return await parse.InvokeAsync(configuration, cancellationToken);
    }

    private Command AskCommand(string name, QuestionShape shape)
    {
        var command = new Command(name, shape.Description);
        var options = new Dictionary<string, Option<string>>();
        foreach (var option in shape.All)
        {
            var o = new Option<string>("--" + option)
            {
                Required = shape.Required.Contains(option),
                Description = OptionDescription(name, option),
            };
            options[option] = o;
            command.Options.Add(o);
        }
        AddCommon(command, json: true);
        command.SetAction(
            (parse, cancellationToken) =>
                Guard(async () =>
                {
                    var values = options
                        .Select(o => (o.Key, Value: parse.GetValue(o.Value)))
                        .Where(o => o.Value is not null)
                        .ToDictionary(o => o.Key, o => o.Value!);
                    using var session = await OpenAsync(parse, progress: null, cancellationToken);
                    var answer = await session.Questions.AskAsync(
                        new Question(name, values),
                        cancellationToken
                    );
                    await output.WriteLineAsync(
                        parse.GetValue(_json) ? ToJson(answer) : TerminalRenderer.Render(answer)
                    );
                    return ExitOk;
                })
        );
        return command;
    }

    private Command IndexCommand()
    {
        var full = new Option<bool>("--full")
        {
            Description = "Rebuild every article, not only the changed ones",
        };
        var command = new Command(
            "index",
            "Build or refresh the index of the articles folder, with progress"
        )
        {
            full,
        };
        AddCommon(command, json: true);
        command.SetAction(
            (parse, cancellationToken) =>
                Guard(async () =>
                {
                    using var loggers = CliLogging.Create(
                        parse.GetValue(_verbose) ? LogLevel.Information : LogLevel.Warning
                    );
                    using var session = new NewsBotSession(Options(parse), loggers);
                    var report = parse.GetValue(_json)
                        ? await session.Store.RefreshAsync(
                            parse.GetValue(full),
                            null,
                            cancellationToken
                        )
                        : await RefreshWithProgressBarAsync(
                            session.Store,
                            parse.GetValue(full),
                            cancellationToken
                        );
                    await output.WriteLineAsync(
                        parse.GetValue(_json) ? ToJson(report) : TerminalRenderer.Report(report)
                    );
                    return ExitOk;
                })
        );
        return command;
    }

    private Command ConsoleCommand()
    {
        var command = new Command(
            "console",
            "Answer slash-command lines typed or piped on standard input (/search query: drones)"
        );
        AddCommon(command, json: false);
        command.SetAction(
            (parse, cancellationToken) =>
                Guard(async () =>
                {
                    using var session = await OpenAsync(parse, progress: null, cancellationToken);
                    var console = new SlashConsole(
                        session.Questions,
                        input,
                        output,
                        interactive: !Console.IsInputRedirected
                            && ReferenceEquals(input, Console.In)
                    );
                    return await console.RunAsync(cancellationToken);
                })
        );
        return command;
    }

    /// <summary>Runs the console on the configured folders: <c>newsbot</c> with no arguments and no token.</summary>
    public Task<int> RunConsoleAsync(CancellationToken cancellationToken = default) =>
        RunAsync(["console"], cancellationToken);

    private void AddCommon(Command command, bool json)
    {
        command.Options.Add(_articles);
        command.Options.Add(_index);
        if (json)
        {
            command.Options.Add(_json);
        }
        command.Options.Add(_verbose);
    }

    private IndexOptions Options(ParseResult parse) =>
        options.ToIndexOptions(parse.GetValue(_articles), parse.GetValue(_index));

    private async Task<NewsBotSession> OpenAsync(
        ParseResult parse,
        IProgress<IndexProgress>? progress,
        CancellationToken cancellationToken
    )
    {
        var loggers = CliLogging.Create(
            parse.GetValue(_verbose) ? LogLevel.Information : LogLevel.Warning
        );
        var session = new NewsBotSession(Options(parse), loggers);
        try
        {
            await session.Store.EnsureReadyAsync(progress, cancellationToken);
            return session;
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    private static async Task<IndexReport> RefreshWithProgressBarAsync(
        IndexStore store,
        bool full,
        CancellationToken cancellationToken
    )
    {
        if (Console.IsOutputRedirected)
        {
            return await store.RefreshAsync(full, null, cancellationToken);
        }
        IndexReport? report = null;
        await AnsiConsole
            .Progress()
            .StartAsync(async context =>
            {
                var task = context.AddTask("Indexing articles", maxValue: 1);
                var progress = new Progress<IndexProgress>(p =>
                {
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                });
                report = await store.RefreshAsync(full, progress, cancellationToken);
                task.Value = task.MaxValue;
            });
        return report!;
    }

    private async Task<int> Guard(Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (UsageException e)
        {
            await error.WriteLineAsync(e.Message);
            return ExitUsage;
        }
        catch (NewsBotException e)
        {
            await error.WriteLineAsync($"newsbot: {e.Message}");
            return ExitFailure;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("newsbot: cancelled");
            return ExitFailure;
        }
    }

    private static string OptionDescription(string command, string option) =>
        CommandCatalog.Find(command)?.Option(option)?.Description ?? option;

    public static string ToJson(object answer) =>
        JsonSerializer.Serialize(answer, answer.GetType(), AnswerJsonContext.Default);
}
