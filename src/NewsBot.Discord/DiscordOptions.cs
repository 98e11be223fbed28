using System.Globalization;
using Microsoft.Extensions.Options;

namespace NewsBot.Discord;

/// <summary>How interactions reach NewsBot.</summary>
public enum DiscordTransport
{
    /// <summary>A gateway connection (WebSocket): one process per shard.</summary>
    Gateway,

    /// <summary>Discord POSTs each interaction to <c>/interactions</c>: stateless replicas behind a load balancer.</summary>
    Http,
}

/// <summary>The <c>Discord</c> configuration section.</summary>
public sealed class DiscordOptions
{
    public const string SectionName = "Discord";
    public const string DefaultApiBaseUrl = "https://discord.com/api/v10";

    /// <summary>The bot token (also read from <c>DISCORD_TOKEN</c>). Never logged.</summary>
    public string Token { get; set; } = "";

    /// <summary>Optional: when set, NewsBot checks that the token belongs to this application.</summary>
    public string? ApplicationId { get; set; }

    public DiscordTransport Transport { get; set; } = DiscordTransport.Gateway;

    /// <summary>The application's public key (64 hex digits): the <c>http</c> transport verifies every request with it.</summary>
    public string? PublicKey { get; set; }

    /// <summary>Optional: register the commands in this guild only (instant) instead of globally.</summary>
    public string? GuildId { get; set; }

    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    public int ShardId { get; set; }

    public int ShardCount { get; set; } = 1;

    /// <summary>Roles allowed to run /reindex besides members with Manage Server; commas allowed inside an entry.</summary>
    public string[] ModeratorRoleIds { get; set; } = [];

    internal IReadOnlySet<Snowflake> ModeratorRoles =>
        ModeratorRoleIds
            .SelectMany(entry =>
                entry.Split(
                    ',',
                    StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries
                )
            )
            .Select(Snowflake.TryParse)
            .OfType<Snowflake>()
            .ToHashSet();

    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"DiscordOptions {{ Token = {(Token.Length == 0 ? "(none)" : "(redacted)")}, ApplicationId = {ApplicationId ?? "(from API)"}, GuildId = {GuildId ?? "(global)"}, ApiBaseUrl = {ApiBaseUrl}, Transport = {Transport}, Shard = {ShardId}/{ShardCount} }}"
        );
}

/// <summary>Checks the options at start and says what to fix in words an operator understands.</summary>
internal sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Token))
        {
            errors.Add("Discord:Token (or DISCORD_TOKEN) is required to run the bot.");
        }
        else if (options.Token.Any(char.IsWhiteSpace))
        {
            errors.Add(
                "Discord:Token must not contain spaces; paste the bot token alone, without 'Bot '."
            );
        }

        if (
            !Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var baseUrl)
            || (baseUrl.Scheme != Uri.UriSchemeHttps && baseUrl.Scheme != Uri.UriSchemeHttp)
        )
        {
            errors.Add(
                $"Discord:ApiBaseUrl must be an absolute http(s) URL, not '{options.ApiBaseUrl}'."
            );
        }

        if (
            !string.IsNullOrWhiteSpace(options.ApplicationId)
            && Snowflake.TryParse(options.ApplicationId) is null
        )
        {
            errors.Add(
                $"Discord:ApplicationId must be a numeric id, not '{options.ApplicationId}'."
            );
        }

        if (
            !string.IsNullOrWhiteSpace(options.GuildId)
            && Snowflake.TryParse(options.GuildId) is null
        )
        {
            errors.Add($"Discord:GuildId must be a numeric id, not '{options.GuildId}'.");
        }

        if (
            options.Transport == DiscordTransport.Http
            && (
                options.PublicKey?.Trim() is not { Length: 64 } key
                || !key.All(char.IsAsciiHexDigit)
            )
        )
        {
            errors.Add(
                $"Discord:PublicKey is '{options.PublicKey}', which is not the application's public key (64 hex digits) that Discord:Transport http needs."
            );
        }

        if (options.ShardCount < 1)
        {
            errors.Add(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Discord:ShardCount is '{options.ShardCount}', which is not at least 1."
                )
            );
        }

        if (options.ShardId < 0 || options.ShardId >= options.ShardCount)
        {
            errors.Add(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Discord:ShardId is '{options.ShardId}', which is not between 0 and ShardCount - 1 ({options.ShardCount - 1})."
                )
            );
        }

        foreach (
            var role in options.ModeratorRoleIds.SelectMany(e =>
                e.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            )
        )
        {
            if (Snowflake.TryParse(role) is null)
            {
                errors.Add(
                    $"Discord:ModeratorRoleIds holds '{role}', which is not a numeric role id."
                );
            }
        }
        return errors.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(errors);
    }
}
