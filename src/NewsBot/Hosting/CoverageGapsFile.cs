using Microsoft.Extensions.Logging;
using NewsBot.Cli;
using NewsBot.Core.Answers;
using NewsBot.Core.Gaps;

namespace NewsBot.Hosting;

/// <summary>
/// The coverage gaps of an index: <c>gaps.db</c> beside the index folder (<c>/data/index</c> keeps
/// <c>/data/gaps.db</c>), so the bot and <c>newsbot gaps</c> read the same file; a kept question is asked
/// again the way <c>newsbot ask</c> asks it.
/// </summary>
public static class CoverageGapsFile
{
    public const string FileName = "gaps.db";

    public static string PathBeside(string indexPath)
    {
        var index = Path.TrimEndingDirectorySeparator(Path.GetFullPath(indexPath));
        return Path.Combine(Path.GetDirectoryName(index) ?? index, FileName);
    }

    public static CoverageGaps Open(
        string indexPath,
        int days,
        IAnswerService answers,
        TimeProvider time,
        ILogger<CoverageGaps>? logger = null
    ) =>
        new(
            PathBeside(indexPath),
            days,
            answers,
            async (question, cancellationToken) =>
            {
                try
                {
                    return AnswerOutcomes.Of(
                        await new QuestionRunner(answers).AskAsync(
                            new Question(question.Command, question.Options),
                            cancellationToken
                        )
                    );
                }
                catch (UsageException)
                {
                    // A command this NewsBot no longer asks: nothing can answer it, it stays until it expires.
                    return AnswerOutcome.Declined;
                }
            },
            time,
            logger
        );
}
