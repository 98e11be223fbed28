namespace NewsBot.Cli;

/// <summary>
/// A question as a command name and its options, the same whether it came from the command line
/// (<c>ask who-said --quote …</c>) or a slash-command line of the console (<c>/who-said quote: …</c>).
/// </summary>
public sealed record Question(string Command, IReadOnlyDictionary<string, string> Options)
{
    public string? Option(string name) => Options.TryGetValue(name, out var value) ? value : null;

    /// <summary>The commands and their options; required options first.</summary>
    public static IReadOnlyDictionary<string, QuestionShape> Shapes { get; } =
        new Dictionary<string, QuestionShape>(StringComparer.OrdinalIgnoreCase)
        {
            ["who-said"] = new(
                "Who said these words: speaker, quote, passage and sources",
                ["quote"],
                []
            ),
            ["quotes"] = new(
                "What a person said, optionally about a topic",
                ["speaker"],
                ["about"]
            ),
            ["figure"] = new("The numbers the coverage gives for something", ["query"], []),
            ["compare"] = new(
                "Two figures side by side, with difference and ratio",
                ["a", "b"],
                []
            ),
            ["search"] = new("The best passages for free text", ["query"], []),
            ["sources"] = new("The indexed articles", [], []),
        };
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
