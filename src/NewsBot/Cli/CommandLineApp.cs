using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using NewsBot.Core;
using NewsBot.Core.Commands;
using NewsBot.Core.Indexing;
using NewsBot.Core.Library;
using NewsBot.Hosting;

namespace NewsBot.Cli;

/// <summary>
/// The command line: <c>newsbot ask &lt;command&gt; …</c>, <c>newsbot index</c>, <c>newsbot console</c>,
/// <c>newsbot add</c>, <c>newsbot remove</c>, <c>newsbot gaps</c>, <c>newsbot health</c> and
/// <c>newsbot inspect</c>.
/// Exit codes: 0 answered (an empty answer too) or done, 1 usage error, 2 the question could not be
/// answered (missing articles folder, unreadable index) or the change was refused, with a one-line
/// message and never a stack trace.
/// </summary>
public sealed partial class CommandLineApp(
    NewsBotOptions options,
    TextReader input,
    TextWriter output,
    TextWriter error
)
{
    public const int ExitOk = 0;
    public const int ExitUsage = 1;
    public const int ExitFailure = 2;

    private const string Program = "newsbot";

    /// <summary>
    /// A value is text whatever its first character: <c>--query @everyone</c> is a question, not a
    /// response file to read arguments from.
    /// </summary>
    private static readonly ParserConfiguration s_parsing = new()
    {
        ResponseFileTokenReplacer = null,
    };

    private readonly Option<string?> _articles = new("--articles")
    {
        Description =
            "Folder of article .txt files (default: NewsBot:ArticlesPath, the bundled seeds)",
    };
    private readonly Option<string?> _index = new("--index")
    {
        Description =
            "Index folder (default: NewsBot:IndexPath, .newsbot/index in the current folder)",
    };
    private readonly Option<bool> _json = new("--json")
    {
        Description = "Print the answer as JSON",
    };
    private readonly Option<bool> _verbose = new("--verbose")
    {
        Description = "Log what the index does, skipped files too, to standard error",
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
        root.Subcommands.Add(AddCommand());
        root.Subcommands.Add(RemoveCommand());
        root.Subcommands.Add(GapsCommand());
        root.Subcommands.Add(HealthCommand());
        root.Subcommands.Add(InspectCommand());

        var parse = root.Parse(args, s_parsing);
        if (parse.Errors.Count > 0 && parse.Action is not { ClearsParseErrors: true })
        {
            var usage = UsageError(parse);
            await WriteErrorAsync(args.Contains(_json.Name), usage, usage);
            return ExitUsage;
        }
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return await parse.InvokeAsync(configuration, cancellationToken);
    }

    /// <summary>
    /// One line for what is wrong and where help is: <c>newsbot: unknown command 'foo' (commands: ask,
    /// index, console, add, remove). See 'newsbot --help'.</c>
    /// </summary>
    private static string UsageError(ParseResult parse)
    {
        var command = parse.CommandResult;
        var names = new List<string>();
        for (SymbolResult? result = command; result is CommandResult c; result = c.Parent)
        {
            names.Insert(0, c.Command is RootCommand ? Program : c.Command.Name);
        }
        var path = string.Join(' ', names);
        var message = parse.UnmatchedTokens.FirstOrDefault() switch
        {
            { } token when token.StartsWith('-') => $"unknown option '{token}'",
            { } token when command.Command.Subcommands.Count > 0 =>
                $"unknown command '{token}' (commands: {string.Join(", ", command.Command.Subcommands.Select(c => c.Name))})",
            { } token => $"unexpected argument '{token}'",
            null => parse.Errors[0].Message.TrimEnd('.'),
        };
        return $"{path}: {message}. See '{path} --help'.";
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
            o.Validators.Add(result =>
            {
                if (result.Tokens.Any(t => string.IsNullOrWhiteSpace(t.Value)))
                {
                    result.AddError($"--{option} needs some text, for example --{option} \"…\"");
                }
            });
            options[option] = o;
            command.Options.Add(o);
        }
        AddCommon(command, json: true);
        command.SetAction(
            (parse, cancellationToken) =>
                Guard(
                    parse,
                    async () =>
                    {
                        var values = options
                            .Select(o => (o.Key, Value: parse.GetValue(o.Value)))
                            .Where(o => o.Value is not null)
                            .ToDictionary(o => o.Key, o => o.Value!);
                        using var session = await OpenAsync(parse, cancellationToken);
                        if (session.Store.HasNoArticles)
                        {
                            throw new NewsBotException(session.Store.EmptyFolderMessage);
                        }
                        var answer = await session.Questions.AskAsync(
                            new Question(name, values),
                            cancellationToken
                        );
                        await output.WriteLineAsync(
                            parse.GetValue(_json) ? ToJson(answer) : TerminalRenderer.Render(answer)
                        );
                        return ExitOk;
                    }
                )
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
                Guard(
                    parse,
                    async () =>
                    {
                        using var loggers = Logging(parse);
                        using var session = new NewsBotSession(Options(parse), loggers);
                        var report = await RefreshAsync(
                            session.Store,
                            parse.GetValue(full),
                            showProgress: !parse.GetValue(_json),
                            cancellationToken
                        );
                        await output.WriteLineAsync(
                            parse.GetValue(_json) ? ToJson(report) : TerminalRenderer.Report(report)
                        );
                        return ExitOk;
                    }
                )
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
                Guard(
                    parse,
                    async () =>
                    {
                        using var session = await OpenAsync(parse, cancellationToken);
                        using var index = new ConsoleIndex(session.Store, options.WatchArticles);
                        using var fetcher = new ArticleFetcher(options.ToFetchOptions());
                        using var library = Library(session, fetcher);
                        var console = new SlashConsole(
                            session.Questions,
                            index,
                            input,
                            output,
                            interactive: !Console.IsInputRedirected
                                && ReferenceEquals(input, Console.In)
                        )
                        {
                            Library = library,
                            Error = error,
                        };
                        return await console.RunAsync(cancellationToken);
                    }
                )
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

    /// <summary>
    /// Skipped files and other index warnings are logged only with <c>--verbose</c>: an answer or an
    /// index report (which lists them once) is not buried under them.
    /// </summary>
    private ILoggerFactory Logging(ParseResult parse) =>
        CliLogging.Create(parse.GetValue(_verbose) ? LogLevel.Information : LogLevel.Error);

    private async Task<NewsBotSession> OpenAsync(
        ParseResult parse,
        CancellationToken cancellationToken
    )
    {
        var session = new NewsBotSession(Options(parse), Logging(parse));
        try
        {
            await session.Store.EnsureReadyAsync(cancellationToken: cancellationToken);
            return session;
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    private async Task<IndexReport> RefreshAsync(
        IndexStore store,
        bool full,
        bool showProgress,
        CancellationToken cancellationToken
    )
    {
        if (!showProgress || Console.IsErrorRedirected || !ReferenceEquals(error, Console.Error))
        {
            return await store.RefreshAsync(full, null, cancellationToken);
        }
        var progress = new ProgressLine(error);
        try
        {
            return await store.RefreshAsync(full, progress, cancellationToken);
        }
        finally
        {
            progress.Clear();
        }
    }

    private async Task<int> Guard(ParseResult parse, Func<Task<int>> action)
    {
        var json = WantsJson(parse);
        try
        {
            return await action();
        }
        catch (UsageException e)
        {
            await WriteErrorAsync(json, e.Message, e.Message);
            return ExitUsage;
        }
        catch (NewsBotException e)
        {
            await WriteErrorAsync(json, $"{Program}: {e.Message}", e.Message);
            return ExitFailure;
        }
        catch (OperationCanceledException)
        {
            await WriteErrorAsync(json, $"{Program}: cancelled", "cancelled");
            return ExitFailure;
        }
    }

    /// <summary>True when the command takes <c>--json</c> and it was given.</summary>
    private bool WantsJson(ParseResult parse) =>
        parse.CommandResult.Command.Options.Contains(_json) && parse.GetValue(_json);

    /// <summary>
    /// An error: one line on standard error, or under <c>--json</c> <c>{"error": "…"}</c> on standard output
    /// (where a script reads the JSON), with the same exit code.
    /// </summary>
    private Task WriteErrorAsync(bool json, string line, string message) =>
        json
            ? output.WriteLineAsync(ToJson(new CommandLineError(message)))
            : error.WriteLineAsync(line);

    private static string OptionDescription(string command, string option) =>
        CommandCatalog.Find(command)?.Option(option)?.Description ?? option;

    public static string ToJson(object answer) =>
        JsonSerializer.Serialize(answer, answer.GetType(), AnswerJsonContext.Default);
}
