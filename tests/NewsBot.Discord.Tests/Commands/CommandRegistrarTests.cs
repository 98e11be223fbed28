using NewsBot.Core.Commands;
using NewsBot.Discord.Commands;

namespace NewsBot.Discord.Tests.Commands;

public sealed class CommandRegistrarTests
{
    private static List<string> Wanted() => [.. CommandCatalog.All.Select(CommandRegistrar.Key)];

    [Fact]
    public void Commands_Discord_already_has_are_not_registered_again() =>
        Assert.True(CommandRegistrar.AreSame(Wanted(), Wanted()));

    [Fact]
    public void The_order_Discord_returns_commands_in_does_not_matter()
    {
        var registered = Wanted();
        registered.Reverse();
        Assert.True(CommandRegistrar.AreSame(registered, Wanted()));
    }

    [Fact]
    public void A_changed_description_is_registered_again()
    {
        var registered = Wanted();
        registered[0] = CommandRegistrar.Key(
            CommandCatalog.All[0] with
            {
                Description = "older text",
            }
        );
        Assert.False(CommandRegistrar.AreSame(registered, Wanted()));
    }

    [Fact]
    public void A_missing_permission_default_or_autocomplete_is_registered_again()
    {
        var reindex = CommandCatalog.Find("reindex")!;
        var quotes = CommandCatalog.Find("quotes")!;
        List<string> withoutPermission =
        [
            .. CommandCatalog.All.Select(c =>
                CommandRegistrar.Key(c == reindex ? c with { IsForModerators = false } : c)
            ),
        ];
        List<string> withoutAutocomplete =
        [
            .. CommandCatalog.All.Select(c =>
                CommandRegistrar.Key(
                    c == quotes
                        ? c with
                        {
                            Options =
                            [
                                .. c.Options.Select(o => o with { HasAutocomplete = false }),
                            ],
                        }
                        : c
                )
            ),
        ];

        Assert.False(CommandRegistrar.AreSame(withoutPermission, Wanted()));
        Assert.False(CommandRegistrar.AreSame(withoutAutocomplete, Wanted()));
    }

    [Fact]
    public void A_missing_or_extra_command_is_registered_again()
    {
        Assert.False(CommandRegistrar.AreSame([.. Wanted().Skip(1)], Wanted()));
        Assert.False(CommandRegistrar.AreSame([], Wanted()));
    }

    [Fact]
    public void Registers_every_command_of_the_catalog_with_its_options()
    {
        var properties = CommandRegistrar.Properties();

        Assert.Equal(CommandCatalog.All.Select(c => c.Name), properties.Select(p => p.Name.Value));
    }
}
