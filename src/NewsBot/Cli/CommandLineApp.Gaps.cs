using System.CommandLine;
using NewsBot.Core.Answers;
using NewsBot.Hosting;

namespace NewsBot.Cli;

/// <summary>
/// <c>newsbot gaps</c>: the command line's <c>/coverage-gaps</c>, read from the file beside the index that the
/// bot keeps (<see cref="CoverageGapsFile"/>); questions the current index answers leave it as on Discord.
/// </summary>
public sealed partial class CommandLineApp
{
    private Command GapsCommand()
    {
        var command = new Command(
            "gaps",
            "What members asked on Discord that the coverage could not answer, most asked first"
        );
        AddCommon(command, json: true);
        command.SetAction(
            (parse, cancellationToken) =>
                Guard(
                    parse,
                    async () =>
                    {
                        using var session = await OpenAsync(parse, cancellationToken);
                        var gaps = CoverageGapsFile.Open(
                            session.Store.Options.IndexPath,
                            options.GapsDays,
                            new AnswerService(session.Store),
                            TimeProvider.System
                        );
                        var answer = await gaps.ListAsync(cancellationToken);
                        await output.WriteLineAsync(
                            parse.GetValue(_json) ? ToJson(answer) : TerminalRenderer.Gaps(answer)
                        );
                        return ExitOk;
                    }
                )
        );
        return command;
    }
}
