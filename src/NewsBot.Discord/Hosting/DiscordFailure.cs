using System.Net;
using Discord.Net;

namespace NewsBot.Discord.Hosting;

/// <summary>
/// Which failures stop the bot, decided here and only here. Discord.Net reconnects after every close
/// and every failed <c>GET /gateway/bot</c>; Discord says some must not be retried, so NewsBot stops on
/// them with a line an operator understands and exit code 1.
/// https://discord.com/developers/docs/topics/opcodes-and-status-codes#gateway-gateway-close-event-codes
/// </summary>
internal static class DiscordFailure
{
    public const int AuthenticationFailed = 4004;
    public const int InvalidShard = 4010;
    public const int ShardingRequired = 4011;
    public const int InvalidApiVersion = 4012;
    public const int InvalidIntents = 4013;
    public const int DisallowedIntents = 4014;

    /// <summary>The one predicate: false for the close codes Discord says must not be retried (4004, 4010–4014).</summary>
    public static bool CanReconnect(int closeCode) =>
        closeCode
            is not (
                AuthenticationFailed
                or InvalidShard
                or ShardingRequired
                or InvalidApiVersion
                or InvalidIntents
                or DisallowedIntents
            );

    /// <summary>The error an operator reads when the bot stops on a close code that cannot be retried.</summary>
    public static string Describe(int closeCode) =>
        closeCode switch
        {
            AuthenticationFailed =>
                "Discord rejected the token (gateway close code 4004, authentication failed): check Discord:Token or DISCORD_TOKEN.",
            InvalidShard =>
                "Discord rejected the shard (gateway close code 4010): check Discord:ShardId and Discord:ShardCount.",
            ShardingRequired =>
                "Discord requires sharding for this bot (gateway close code 4011): set Discord:ShardCount.",
            InvalidApiVersion =>
                "Discord rejected the gateway API version (gateway close code 4012).",
            InvalidIntents => "Discord rejected the gateway intents (gateway close code 4013).",
            DisallowedIntents =>
                "Discord refused a privileged intent this bot did not enable (gateway close code 4014).",
            _ => $"The gateway closed the connection with code {closeCode}.",
        };

    public const string RejectedToken =
        "Discord rejected the token (HTTP 401 Unauthorized): check Discord:Token or DISCORD_TOKEN.";

    /// <summary>
    /// The reason to stop for a failure Discord.Net reports (a <c>Disconnected</c> event or a failed call),
    /// or null when reconnecting can help. Discord.Net wraps the cause, so the whole chain is read.
    /// </summary>
    public static string? Fatal(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case WebSocketClosedException closed when !CanReconnect(closed.CloseCode):
                    return Describe(closed.CloseCode);
                case HttpException { HttpCode: HttpStatusCode.Unauthorized }:
                    return RejectedToken;
                default:
                    // Any other failure may be wrapping one of these: read its cause.
                    break;
            }
        }
        return null;
    }
}
