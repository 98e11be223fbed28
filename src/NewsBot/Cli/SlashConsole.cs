using System.Text;
using NewsBot.Core.Commands;
using NewsBot.Core.Library;

namespace NewsBot.Cli;

/// <summary>
/// The local console: reads slash-command lines from standard input until end of input or
/// <c>/quit</c>, and prints each answer as the terminal renders it, from an index refreshed when the
/// articles changed. Works piped as well as typed; piped, each answer follows its question, so that
/// answers can be matched to questions.
/// </summary>
public sealed class SlashConsole(
    QuestionRunner questions,
    ConsoleIndex index,
    TextReader input,
    TextWriter output,
    bool interactive
)
{
    /// <summary>Where <c>/add-article</c> and <c>/remove-article</c> go; without one the console only answers.</summary>
    public IArticleLibrary? Library { get; init; }

    /// <summary>Where the console says, when piped nothing at all, that it reads commands from standard input.</summary>
    public TextWriter? Error { get; init; }

    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        if (interactive)
        {
            await output.WriteLineAsync(
                "NewsBot console — no Discord token is set, so questions are answered here."
            );
            await output.WriteLineAsync(
                "Type /help for the commands, /quit to leave. Set Discord__Token to run the bot on Discord."
            );
        }
        var commands = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            if (interactive)
            {
                await output.WriteAsync("> ");
                await output.FlushAsync(cancellationToken);
            }
            var line = await input.ReadLineAsync(cancellationToken);
            if (line is null)
            {
                break;
            }
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }
            commands++;
            if (trimmed is "/quit" or "/exit")
            {
                break;
            }
            if (!interactive)
            {
                await output.WriteLineAsync("> " + trimmed);
            }
            await output.WriteLineAsync(await AnswerAsync(trimmed, cancellationToken));
            if (!interactive)
            {
                await output.WriteLineAsync();
            }
            await output.FlushAsync(cancellationToken);
        }
        if (commands == 0 && !interactive && Error is not null)
        {
            // Run from a script with nothing piped in, the console would otherwise end without a word.
            await Error.WriteLineAsync(
                "newsbot: no commands on standard input. The console reads slash commands from standard input, one a line, for example: printf '/who-said quote: killing Russia\\n' | newsbot (or run newsbot ask --help)."
            );
        }
        return 0;
    }

    private async Task<string> AnswerAsync(string line, CancellationToken cancellationToken)
    {
        // Whatever follows /help (/help me, /help who-said), the list of commands is the answer.
        if (
            line is "/?"
            || line.Split(' ', 2)[0].Equals("/help", StringComparison.OrdinalIgnoreCase)
        )
        {
            return Help();
        }
        try
        {
            if (SlashCommandLine.Reindex(line) is { } full)
            {
                return TerminalRenderer.Report(await index.ReindexAsync(full, cancellationToken));
            }
            if (Library is not null && SlashCommandLine.ArticleChange(line) is { } change)
            {
                var outcome = await CommandLineApp.ChangeAsync(Library, change, cancellationToken);
                return outcome.Done ?? outcome.Refusal ?? "";
            }
            var question = SlashCommandLine.Parse(line);
            var note = await index.RefreshIfChangedAsync(cancellationToken);
            if (index.EmptyFolderMessage is { } empty)
            {
                return empty;
            }
            var answer = TerminalRenderer.Render(
                await questions.AskAsync(question, cancellationToken)
            );
            return note is null ? answer : $"{note}\n{answer}";
        }
        catch (UsageException e)
        {
            return e.Message;
        }
        catch (Core.NewsBotException e)
        {
            return $"Sorry, that failed: {e.Message}";
        }
    }

    public static string Help()
    {
        var text = new StringBuilder("Commands:\n");
        foreach (var (name, shape) in Question.Shapes)
        {
            text.AppendLine($"  {SlashCommandLine.Usage(name, shape), -40} {shape.Description}");
        }
        text.AppendLine(
            $"  {"/" + SlashCommandLine.ReindexCommand + " [full: true]", -40} Refresh the index from the articles folder (full: every article)"
        );
        text.AppendLine(
            $"  {"/" + CommandCatalog.AddArticle.Name + " url: <link> | file: <path>", -40} Add a news article and index it"
        );
        text.AppendLine(
            $"  {"/" + CommandCatalog.RemoveArticle.Name + " file: <name>", -40} Remove an article file and refresh the index"
        );
        text.AppendLine("  /help                                    this list");
        text.Append("  /quit                                    leave");
        return text.ToString();
    }
}
