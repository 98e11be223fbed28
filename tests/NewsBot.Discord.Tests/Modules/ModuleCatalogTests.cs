using Discord;
using Discord.Interactions;
using Discord.Rest;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Answers;
using NewsBot.Core.Commands;
using NewsBot.Core.Gaps;
using NewsBot.Core.Indexing;
using NewsBot.Core.Library;
using NewsBot.Discord.Commands;
using NewsBot.Discord.Modules;
using NewsBot.Discord.Tests.Fakes;

namespace NewsBot.Discord.Tests.Modules;

/// <summary>The modules Discord.Net runs are the commands NewsBot registers: both read the one catalog.</summary>
public sealed class ModuleCatalogTests
{
    private static async Task<IReadOnlyList<SlashCommandInfo>> LoadedCommandsAsync()
    {
        using var rest = new DiscordRestClient();
        using var interactions = new InteractionService(rest);
        // Discord.Net builds each module once as it loads it: the modules' services must be there.
        await using var services = new ServiceCollection()
            .AddSingleton<IAnswerService, FakeAnswerService>()
            .AddSingleton<IIndexRefresher, FakeIndexRefresher>()
            .AddSingleton<IArticleLibrary, FakeArticleLibrary>()
            .AddSingleton<ICoverageGaps, UnrecordedCoverageGaps>()
            .AddSingleton(TimeProvider.System)
            .BuildServiceProvider();
        await interactions.AddModulesAsync(typeof(NewsBotModule).Assembly, services);
        return [.. interactions.SlashCommands];
    }

    private static string Key(SlashCommandInfo command) =>
        CommandRegistrar.Key(
            new CommandSpec(
                command.Name,
                command.Description,
                "",
                [
                    .. command.Parameters.Select(p => new CommandOption(
                        p.Name,
                        p.Description,
                            // Of Discord's many option types the modules use three.
                            p.DiscordOptionType == ApplicationCommandOptionType.Boolean
                                ? OptionKind.Flag
                            : p.DiscordOptionType == ApplicationCommandOptionType.Attachment
                                ? OptionKind.Attachment
                            : OptionKind.Text,
                        p.IsRequired,
                        p.IsAutocomplete,
                        p.MaxLength ?? CommandCatalog.MaxTextLength
                    )),
                ],
                IsForModerators: command.DefaultMemberPermissions == GuildPermission.ManageGuild
            )
        );

    [Fact]
    public async Task Every_command_of_the_catalog_has_a_module_with_the_same_options()
    {
        var loaded = await LoadedCommandsAsync();

        Assert.Equal(
            CommandCatalog.All.Select(CommandRegistrar.Key).Order(),
            loaded.Select(Key).Order()
        );
    }

    [Fact]
    public async Task The_commands_for_moderators_and_only_they_have_the_moderator_precondition()
    {
        var loaded = await LoadedCommandsAsync();

        Assert.Equal(
            CommandCatalog.All.Where(c => c.IsForModerators).Select(c => c.Name).Order(),
            loaded
                .Where(c => c.Preconditions.OfType<RequireModeratorAttribute>().Any())
                .Select(c => c.Name)
                .Order()
        );
    }
}
