using System.Text;

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
        return 0;
    }

    private async Task<string> AnswerAsync(string line, CancellationToken cancellationToken)
    {
        if (line is "/help" or "/?")
        {
            return Help();
        }
        try
        {
            if (SlashCommandLine.Reindex(line) is { } full)
            {
                return TerminalRenderer.Report(await index.ReindexAsync(full, cancellationToken));
            }
            var question = SlashCommandLine.Parse(line);
            var note = await index.RefreshIfChangedAsync(cancellationToken);
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
        text.AppendLine("  /help                                    this list");
        text.Append("  /quit                                    leave");
        return text.ToString();
    }
}
