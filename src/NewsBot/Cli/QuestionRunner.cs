using NewsBot.Core.Answers;

namespace NewsBot.Cli;

/// <summary>Sends a <see cref="Question"/> to the answer service and returns its answer record.</summary>
public sealed class QuestionRunner(IAnswerService answers)
{
    public async Task<object> AskAsync(
        Question question,
        CancellationToken cancellationToken = default
    ) =>
        question.Command.ToLowerInvariant() switch
        {
            "who-said" => await answers.WhoSaidAsync(
                Required(question, "quote"),
                cancellationToken
            ),
            "quotes" => await answers.QuotesAsync(
                Required(question, "speaker"),
                question.Option("about"),
                cancellationToken
            ),
            "figure" => await answers.FigureAsync(Required(question, "query"), cancellationToken),
            "compare" => await answers.CompareAsync(
                Required(question, "a"),
                Required(question, "b"),
                cancellationToken
            ),
            "search" => await answers.SearchAsync(Required(question, "query"), cancellationToken),
            "sources" => await answers.SourcesAsync(cancellationToken),
            _ => throw new UsageException(
                $"Unknown command '{question.Command}'. Commands: {string.Join(", ", Question.Shapes.Keys)}."
            ),
        };

    private static string Required(Question question, string option)
    {
        var value = question.Option(option);
        return string.IsNullOrWhiteSpace(value)
            ? throw new UsageException(
                $"/{question.Command} needs {option}: (for example /{question.Command} {option}: …)."
            )
            : value.Trim();
    }
}

/// <summary>A question that cannot be asked as written; its message says how to ask it.</summary>
public sealed class UsageException(string message) : Exception(message);
