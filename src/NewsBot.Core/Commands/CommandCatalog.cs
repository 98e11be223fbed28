namespace NewsBot.Core.Commands;

/// <summary>How an option's value is given: words, a yes/no flag, or a file attached to the command.</summary>
public enum OptionKind
{
    Text,
    Flag,
    Attachment,
}

/// <summary>
/// One option of a command, as Discord, the command line and the console show it. Text longer than
/// <see cref="MaxLength"/> is cut (Discord enforces it on its side too).
/// </summary>
public sealed record CommandOption(
    string Name,
    string Description,
    OptionKind Kind = OptionKind.Text,
    bool IsRequired = true,
    bool HasAutocomplete = false,
    int MaxLength = CommandCatalog.MaxTextLength
);

/// <summary>
/// One command: its name, the one-line description Discord shows (at most 100 characters), the help
/// text of <c>/help</c> and the console, and its options. <see cref="IsQuestion"/> is true for the
/// commands that ask the index (<c>newsbot ask …</c>); <see cref="IsForModerators"/> for those only
/// moderators may run; <see cref="IsPrivate"/> for those whose answers only the one who asked sees.
/// </summary>
public sealed record CommandSpec(
    string Name,
    string Description,
    string Help,
    IReadOnlyList<CommandOption> Options,
    bool IsQuestion = true,
    bool IsForModerators = false,
    bool IsPrivate = false
)
{
    public IEnumerable<CommandOption> Required => Options.Where(o => o.IsRequired);

    public IEnumerable<CommandOption> Optional => Options.Where(o => !o.IsRequired);

    public CommandOption? Option(string name) =>
        Options.FirstOrDefault(o =>
            string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase)
        );

    /// <summary><c>/quotes speaker [about]</c>: the name and its options, optional ones in brackets.</summary>
    public string Usage =>
        string.Join(
            ' ',
            Options.Select(o => o.IsRequired ? o.Name : $"[{o.Name}]").Prepend("/" + Name)
        );
}

/// <summary>
/// Every command of NewsBot, declared once: the Discord modules, command registration, <c>/help</c>, the
/// command line and the console all read it. Names and descriptions are constants so that Discord.Net's
/// attributes can name them too.
/// </summary>
public static class CommandCatalog
{
    /// <summary>The longest text a user may give an option (Discord's <c>max_length</c>).</summary>
    public const int MaxTextLength = 300;

    public static class WhoSaid
    {
        public const string Name = "who-said";
        public const string Description =
            "Who said these words? Speaker, role, passage and the article lines.";
        public const string Quote = "quote";
        public const string QuoteDescription = "The words, or part of them";
    }

    public static class Quotes
    {
        public const string Name = "quotes";
        public const string Description = "What a person said, optionally about a topic.";
        public const string Speaker = "speaker";
        public const string SpeakerDescription = "The person (names come from the articles)";

        /// <summary>A name picked from autocomplete is at most a choice's 100 characters.</summary>
        public const int SpeakerMaxLength = 100;
        public const string About = "about";
        public const string AboutDescription = "Only what they said about this";
    }

    public static class Figure
    {
        public const string Name = "figure";
        public const string Description =
            "The numbers the coverage gives for something, with who claims them.";
        public const string Query = "query";
        public const string QueryDescription =
            "What is counted, e.g. Russian soldiers lost in December";
    }

    public static class Compare
    {
        public const string Name = "compare";
        public const string Description = "Two figures side by side, with difference and ratio.";
        public const string A = "a";
        public const string ADescription = "The first figure";
        public const string B = "b";
        public const string BDescription = "The second figure";
    }

    public static class Search
    {
        public const string Name = "search";
        public const string Description = "The best passages for free text.";
        public const string Query = "query";
        public const string QueryDescription = "Words to look for";
    }

    public static class Sources
    {
        public const string Name = "sources";
        public const string Description = "The indexed articles.";
    }

    public static class Reindex
    {
        public const string Name = "reindex";
        public const string Description = "Moderators: refresh the index from the articles folder.";
        public const string Full = "full";
        public const string FullDescription = "Rebuild everything, not only changed files";
    }

    public static class AddArticle
    {
        public const string Name = "add-article";
        public const string Description =
            "Moderators: add a news article by link or attached file, then index it.";
        public const string Url = "url";
        public const string UrlDescription = "Link to the news page (http or https)";

        /// <summary>Links run long (tracking parameters): Discord allows up to 6,000.</summary>
        public const int UrlMaxLength = 2000;
        public const string File = "file";
        public const string FileDescription = "The article as a .txt, .md or .html file";
    }

    public static class RemoveArticle
    {
        public const string Name = "remove-article";
        public const string Description =
            "Moderators: remove an article file and refresh the index.";
        public const string File = "file";
        public const string FileDescription = "The article file, as /sources lists it";

        /// <summary>A file picked from autocomplete is at most a choice's 100 characters.</summary>
        public const int FileMaxLength = 100;
    }

    public static class CoverageGaps
    {
        public const string Name = "coverage-gaps";
        public const string Description =
            "Moderators: what members asked that the coverage could not answer, most asked first.";
    }

    public static class Help
    {
        public const string Name = "help";
        public const string Description = "What NewsBot can do.";
    }

    public static IReadOnlyList<CommandSpec> All { get; } =
    [
        new(
            WhoSaid.Name,
            WhoSaid.Description,
            "Who said these words: speaker and role, the quote, the passage, every file and line.",
            [new(WhoSaid.Quote, WhoSaid.QuoteDescription)]
        ),
        new(
            Quotes.Name,
            Quotes.Description,
            "What a person said, optionally about a topic.",
            [
                new(
                    Quotes.Speaker,
                    Quotes.SpeakerDescription,
                    HasAutocomplete: true,
                    MaxLength: Quotes.SpeakerMaxLength
                ),
                new(Quotes.About, Quotes.AboutDescription, IsRequired: false),
            ]
        ),
        new(
            Figure.Name,
            Figure.Description,
            "The numbers the coverage gives: value or range, unit, period, who claims it.",
            [new(Figure.Query, Figure.QueryDescription)]
        ),
        new(
            Compare.Name,
            Compare.Description,
            "Two figures side by side, with difference and ratio when the units agree.",
            [new(Compare.A, Compare.ADescription), new(Compare.B, Compare.BDescription)]
        ),
        new(
            Search.Name,
            Search.Description,
            "The best passages for free text.",
            [new(Search.Query, Search.QueryDescription)]
        ),
        new(Sources.Name, Sources.Description, "The indexed articles.", []),
        new(
            Reindex.Name,
            Reindex.Description,
            "Moderators: refresh the index from the articles folder.",
            [new(Reindex.Full, Reindex.FullDescription, OptionKind.Flag, IsRequired: false)],
            IsQuestion: false,
            IsForModerators: true
        ),
        new(
            AddArticle.Name,
            AddArticle.Description,
            "Moderators: fetch a news page (or read an attached .txt, .md or .html file), keep just the article, save and index it.",
            [
                new(
                    AddArticle.Url,
                    AddArticle.UrlDescription,
                    IsRequired: false,
                    MaxLength: AddArticle.UrlMaxLength
                ),
                new(
                    AddArticle.File,
                    AddArticle.FileDescription,
                    OptionKind.Attachment,
                    IsRequired: false
                ),
            ],
            IsQuestion: false,
            IsForModerators: true,
            IsPrivate: true
        ),
        new(
            RemoveArticle.Name,
            RemoveArticle.Description,
            "Moderators: remove an article file from the articles folder and the index.",
            [
                new(
                    RemoveArticle.File,
                    RemoveArticle.FileDescription,
                    HasAutocomplete: true,
                    MaxLength: RemoveArticle.FileMaxLength
                ),
            ],
            IsQuestion: false,
            IsForModerators: true,
            IsPrivate: true
        ),
        new(
            CoverageGaps.Name,
            CoverageGaps.Description,
            "Moderators: the questions of the last days the coverage could not answer (declined or close matches only), grouped by similar wording, most asked first: the articles to add.",
            [],
            IsQuestion: false,
            IsForModerators: true,
            IsPrivate: true
        ),
        new(Help.Name, Help.Description, "What NewsBot can do.", [], IsQuestion: false),
    ];

    /// <summary>The commands that ask the index, as <c>newsbot ask</c> and the console take them.</summary>
    public static IEnumerable<CommandSpec> Questions => All.Where(c => c.IsQuestion);

    public static CommandSpec? Find(string name) =>
        All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
}
