using NewsBot.Core.Commands;

namespace NewsBot.Cli;

/// <summary>
/// A question as a command name and its options, the same whether it came from the command line
/// (<c>ask who-said --quote …</c>) or a slash-command line of the console (<c>/who-said quote: …</c>).
/// </summary>
public sealed record Question(string Command, IReadOnlyDictionary<string, string> Options)
{
    public string? Option(string name) => Options.TryGetValue(name, out var value) ? value : null;

    /// <summary>The commands and their options, from the one command catalog; required options first.</summary>
    public static IReadOnlyDictionary<string, QuestionShape> Shapes { get; } =
        CommandCatalog.Questions.ToDictionary(
            c => c.Name,
            c => new QuestionShape(
                c.Description,
                [.. c.Required.Select(o => o.Name)],
                [.. c.Optional.Select(o => o.Name)]
            ),
            StringComparer.OrdinalIgnoreCase
        );
}

/// <summary>What a command is for and which options it takes.</summary>
public sealed record QuestionShape(
    string Description,
    IReadOnlyList<string> Required,
    IReadOnlyList<string> Optional
)
{
    public IEnumerable<string> All => Required.Concat(Optional);
}
