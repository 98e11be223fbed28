using System.Globalization;
using Discord;
using Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Commands;

namespace NewsBot.Discord.Commands;

/// <summary>
/// Registers the commands of <see cref="CommandCatalog"/> only when Discord's differ from them: every
/// bulk overwrite counts against Discord's daily limit of command creations, so a restart must not
/// re-register blindly (Discord.Net's own registration always overwrites).
/// https://discord.com/developers/docs/interactions/application-commands#registering-a-command
/// </summary>
internal sealed partial class CommandRegistrar(
    IOptions<DiscordOptions> options,
    ILogger<CommandRegistrar> logger
)
{
    public async Task EnsureRegisteredAsync(
        DiscordRestClient rest,
        CancellationToken cancellationToken = default
    )
    {
        var request = new RequestOptions { CancelToken = cancellationToken };
        if (Snowflake.TryParse(options.Value.ApplicationId) is { } configured)
        {
            var application = await rest.GetApplicationInfoAsync(request);
            if (application.Id != configured.Value)
            {
                OtherApplication(logger, configured.ToString(), application.Id);
            }
        }
        var guildId = Snowflake.TryParse(options.Value.GuildId);
        var scope = guildId?.ToString() ?? "global";
        IReadOnlyCollection<IApplicationCommand> registered = guildId is { } guild
            ? await rest.GetGuildApplicationCommands(guild.Value, options: request)
            : await rest.GetGlobalApplicationCommands(options: request);
        var wanted = CommandCatalog.All;
        if (AreSame([.. registered.Select(Key)], [.. wanted.Select(Key)]))
        {
            CommandsUnchanged(logger, registered.Count, scope);
            return;
        }
        var properties = Properties();
        if (guildId is { } id)
        {
            await rest.BulkOverwriteGuildCommands(properties, id.Value, request);
        }
        else
        {
            await rest.BulkOverwriteGlobalCommands(properties, request);
        }

        CommandsRegistered(logger, properties.Length, scope);
    }

    /// <summary>The catalog as Discord.Net's command properties.</summary>
    internal static ApplicationCommandProperties[] Properties() =>
        [
            .. CommandCatalog.All.Select(spec =>
            {
                var builder = new SlashCommandBuilder()
                    .WithName(spec.Name)
                    .WithDescription(spec.Description);
                if (spec.IsForModerators)
                {
                    builder.WithDefaultMemberPermissions(GuildPermission.ManageGuild);
                }
                foreach (var option in spec.Options)
                {
                    builder.AddOption(
                        option.Name,
                        OptionType(option),
                        option.Description,
                        isRequired: option.IsRequired,
                        isAutocomplete: option.HasAutocomplete,
                        maxLength: option.Kind == OptionKind.Text ? option.MaxLength : null
                    );
                }
                return (ApplicationCommandProperties)builder.Build();
            }),
        ];

    /// <summary>Compares what a user sees of each command, whatever order Discord lists them in.</summary>
    internal static bool AreSame(IReadOnlyList<string> registered, IReadOnlyList<string> wanted) =>
        registered.Count == wanted.Count && registered.Order().SequenceEqual(wanted.Order());

    /// <summary>What a user sees of a command: names, descriptions, options and permissions.</summary>
    internal static string Key(CommandSpec spec) =>
        Key(
            spec.Name,
            spec.Description,
            spec.IsForModerators ? (ulong)GuildPermission.ManageGuild : 0,
            spec.Options.Select(o =>
                OptionKey(
                    OptionType(o),
                    o.Name,
                    o.Description,
                    o.IsRequired,
                    o.HasAutocomplete,
                    o.Kind == OptionKind.Text ? o.MaxLength : null
                )
            )
        );

    internal static string Key(IApplicationCommand command) =>
        Key(
            command.Name,
            command.Description,
            command.DefaultMemberPermissions.RawValue,
            command.Options.Select(o =>
                OptionKey(
                    o.Type,
                    o.Name,
                    o.Description,
                    o.IsRequired ?? false,
                    o.IsAutocomplete ?? false,
                    o.MaxLength
                )
            )
        );

    private static string Key(
        string name,
        string description,
        ulong permissions,
        IEnumerable<string> options
    ) =>
        string.Join(
            '|',
            name,
            description,
            permissions.ToString(CultureInfo.InvariantCulture),
            string.Join(';', options)
        );

    private static string OptionKey(
        ApplicationCommandOptionType type,
        string name,
        string description,
        bool isRequired,
        bool hasAutocomplete,
        int? maxLength
    ) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{(int)type},{name},{description},{isRequired},{hasAutocomplete},{maxLength}"
        );

    private static ApplicationCommandOptionType OptionType(CommandOption option) =>
        option.Kind switch
        {
            OptionKind.Flag => ApplicationCommandOptionType.Boolean,
            OptionKind.Attachment => ApplicationCommandOptionType.Attachment,
            OptionKind.Text => ApplicationCommandOptionType.String,
            _ => throw new ArgumentOutOfRangeException(nameof(option), option.Kind, null),
        };

    [LoggerMessage(
        1300,
        LogLevel.Information,
        "The {Count} slash commands are already registered ({Scope}); nothing to do"
    )]
    private static partial void CommandsUnchanged(ILogger logger, int count, string scope);

    [LoggerMessage(
        1302,
        LogLevel.Warning,
        "Discord:ApplicationId is {Configured}, but the token belongs to application {ApplicationId}: the commands go to the token's application"
    )]
    private static partial void OtherApplication(
        ILogger logger,
        string configured,
        ulong applicationId
    );

    [LoggerMessage(1301, LogLevel.Information, "Registered {Count} slash commands ({Scope})")]
    private static partial void CommandsRegistered(ILogger logger, int count, string scope);
}
