using NewsBot.Discord.Json;

namespace NewsBot.Discord.Commands;

/// <summary>
/// The slash commands of DESIGN.md, as registered with Discord.
/// https://discord.com/developers/docs/interactions/application-commands#application-command-object
/// </summary>
internal static class CommandCatalog
{
    public const string WhoSaid = "who-said";
    public const string Quotes = "quotes";
    public const string Figure = "figure";
    public const string Compare = "compare";
    public const string Search = "search";
    public const string Sources = "sources";
    public const string Reindex = "reindex";
    public const string Help = "help";

    /// <summary>Manage Server (MANAGE_GUILD, 1 &lt;&lt; 5), as Discord's permission strings write it.</summary>
    public const ulong ManageGuild = 1UL << 5;

    /// <summary>Administrator (1 &lt;&lt; 3) implies every permission.</summary>
    public const ulong Administrator = 1UL << 3;

    public const int MaxQueryLength = 300;

    private const int StringOption = 3;
    private const int BooleanOption = 5;
    private const int ChatInput = 1;

    public static IReadOnlyList<JsonApplicationCommand> All { get; } =
    [
        Command(
            WhoSaid,
            "Who said these words? Speaker, role, passage and the article lines.",
            Text("quote", "The words, or part of them")
        ),
        Command(
            Quotes,
            "What a person said, optionally about a topic.",
            new JsonCommandOption(
                StringOption,
                "speaker",
                "The person (names come from the articles)",
                Required: true,
                Autocomplete: true,
                MaxLength: 100
            ),
            new JsonCommandOption(
                StringOption,
                "about",
                "Only what they said about this",
                Required: false,
                MaxLength: MaxQueryLength
            )
        ),
        Command(
            Figure,
            "The numbers the coverage gives for something, with who claims them.",
            Text("query", "What is counted, e.g. Russian soldiers lost in December")
        ),
        Command(
            Compare,
            "Two figures side by side, with difference and ratio.",
            Text("a", "The first figure"),
            Text("b", "The second figure")
        ),
        Command(Search, "The best passages for free text.", Text("query", "Words to look for")),
        Command(Sources, "The indexed articles."),
        Command(
            Reindex,
            "Moderators: refresh the index from the articles folder.",
            new JsonCommandOption(
                BooleanOption,
                "full",
                "Rebuild everything, not only changed files",
                Required: false
            )
        ) with
        {
            DefaultMemberPermissions = ManageGuild.ToString(
                System.Globalization.CultureInfo.InvariantCulture
            ),
        },
        Command(Help, "What NewsBot can do."),
    ];

    private static JsonCommandOption Text(string name, string description) =>
        new(StringOption, name, description, Required: true, MaxLength: MaxQueryLength);

    private static JsonApplicationCommand Command(
        string name,
        string description,
        params JsonCommandOption[] options
    ) => new(name, description, Type: ChatInput, Options: options.Length == 0 ? null : options);
}
