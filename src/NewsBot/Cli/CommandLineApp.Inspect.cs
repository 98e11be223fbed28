using System.CommandLine;
using System.Text.Json;
using NewsBot.Core.Inspection;

namespace NewsBot.Cli;

/// <summary>
/// <c>newsbot inspect &lt;file|folder&gt;… [--json]</c>: every quote and figure NewsBot reads in the given articles,
/// each with its line. It reads the given files only: no articles folder, no index.
/// </summary>
public sealed partial class CommandLineApp
{
    private Command InspectCommand()
    {
        var paths = new Argument<string[]>("file|folder")
        {
            Description = "Article files, or folders whose .txt files are read",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command(
            "inspect",
            "Every quote and figure NewsBot reads in the given articles, with their lines"
        )
        {
            paths,
        };
        command.Options.Add(_json);
        command.SetAction(
            (parse, cancellationToken) =>
                Guard(
                    parse,
                    async () =>
                    {
                        var report = new ArticleInspector(options.MaxFileBytes).Inspect(
                            parse.GetValue(paths)!,
                            cancellationToken
                        );
                        if (parse.GetValue(_json))
                        {
                            await output.WriteLineAsync(
                                JsonSerializer.Serialize(
                                    report,
                                    InspectionJsonContext.Default.InspectionReport
                                )
                            );
                            // Standard output holds the JSON alone; what could not be read is said apart.
                            foreach (var skipped in report.Skipped)
                            {
                                await error.WriteLineAsync(
                                    $"{Program} inspect: skipped {skipped.File}: {skipped.Reason}"
                                );
                            }
                        }
                        else
                        {
                            await output.WriteLineAsync(InspectionText.Render(report));
                        }
                        return ExitOk;
                    }
                )
        );
        return command;
    }
}
