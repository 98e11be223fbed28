using NewsBot.Core.Commands;

namespace NewsBot.Core.Tests.Commands;

public sealed class CommandCatalogTests
{
    [Fact]
    public void Has_the_commands_and_options_of_the_design() =>
        Assert.Equal(
            [
                "/who-said quote",
                "/quotes speaker [about]",
                "/figure query",
                "/compare a b",
                "/search query",
                "/sources",
                "/reindex [full]",
                "/add-article [url] [file]",
                "/remove-article file",
                "/coverage-gaps",
                "/help",
            ],
            CommandCatalog.All.Select(c => c.Usage)
        );

    [Fact]
    public void Every_command_and_option_has_a_description_Discord_accepts() =>
        Assert.All(
            CommandCatalog.All,
            c =>
            {
                Assert.Matches("^[a-z-]{1,32}$", c.Name);
                Assert.InRange(c.Description.Length, 1, 100);
                Assert.NotEmpty(c.Help);
                Assert.All(
                    c.Options,
                    o =>
                    {
                        Assert.Matches("^[a-z-]{1,32}$", o.Name);
                        Assert.InRange(o.Description.Length, 1, 100);
                    }
                );
            }
        );

    [Fact]
    public void Speaker_and_the_file_to_remove_have_autocomplete_and_the_commands_that_change_the_index_are_for_moderators()
    {
        Assert.Equal(
            ["speaker", "file"],
            CommandCatalog
                .All.SelectMany(c => c.Options)
                .Where(o => o.HasAutocomplete)
                .Select(o => o.Name)
        );
        Assert.Equal(
            ["reindex", "add-article", "remove-article", "coverage-gaps"],
            CommandCatalog.All.Where(c => c.IsForModerators).Select(c => c.Name)
        );
    }

    [Fact]
    public void The_questions_are_the_commands_the_command_line_asks() =>
        Assert.Equal(
            ["who-said", "quotes", "figure", "compare", "search", "sources"],
            CommandCatalog.Questions.Select(c => c.Name)
        );
}
