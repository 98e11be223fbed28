using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Json;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Commands;

/// <summary>
/// Registers the commands only when Discord's differ from ours: every bulk overwrite counts against
/// Discord's daily limit of command creations, so a restart must not re-register blindly.
/// https://discord.com/developers/docs/interactions/application-commands#registering-a-command
/// </summary>
internal sealed partial class CommandRegistrar(
    DiscordRestClient rest,
    IOptions<DiscordOptions> options,
    ILogger<CommandRegistrar> logger
)
{
    /// <summary>The application id (from configuration or the API) once registration has run.</summary>
    public async Task<Snowflake> EnsureRegisteredAsync(
        CancellationToken cancellationToken = default
    )
    {
        var applicationId =
            Snowflake.TryParse(options.Value.ApplicationId)
            ?? (await rest.GetCurrentApplicationAsync(cancellationToken))?.Id
            ?? throw new DiscordException(
                "Discord did not say which application this token belongs to."
            );
        var guildId = Snowflake.TryParse(options.Value.GuildId);
        var registered = await rest.GetCommandsAsync(applicationId, guildId, cancellationToken);
        if (AreSame(registered, CommandCatalog.All))
        {
            CommandsUnchanged(logger, registered.Count, guildId?.ToString() ?? "global");
            return applicationId;
        }
        await rest.BulkOverwriteCommandsAsync(
            applicationId,
            guildId,
            CommandCatalog.All,
            cancellationToken
        );
        CommandsRegistered(logger, CommandCatalog.All.Count, guildId?.ToString() ?? "global");
        return applicationId;
    }

    /// <summary>Compares what a user sees of a command: names, descriptions, options and permissions.</summary>
    internal static bool AreSame(
        IReadOnlyList<JsonApplicationCommand> registered,
        IReadOnlyList<JsonApplicationCommand> wanted
    ) =>
        registered.Count == wanted.Count
        && wanted.All(w =>
            registered.FirstOrDefault(r => r.Name == w.Name) is { } r && Key(r) == Key(w)
        );

    private static string Key(JsonApplicationCommand command) =>
        string.Join(
            '|',
            command.Name,
            command.Description,
            command.Type ?? 1,
            command.DefaultMemberPermissions ?? "",
            string.Join(
                ';',
                (command.Options ?? []).Select(o =>
                    $"{o.Type},{o.Name},{o.Description},{o.Required ?? false},{o.Autocomplete ?? false},{o.MaxLength?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""}"
                )
            )
        );

    [LoggerMessage(
        1300,
        LogLevel.Information,
        "The {Count} slash commands are already registered ({Scope}); nothing to do"
    )]
    private static partial void CommandsUnchanged(ILogger logger, int count, string scope);

    [LoggerMessage(1301, LogLevel.Information, "Registered {Count} slash commands ({Scope})")]
    private static partial void CommandsRegistered(ILogger logger, int count, string scope);
}
