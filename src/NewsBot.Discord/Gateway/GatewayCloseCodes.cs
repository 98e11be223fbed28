namespace NewsBot.Discord.Gateway;

/// <summary>
/// What each gateway close code means for the bot, decided here and only here.
/// https://discord.com/developers/docs/topics/opcodes-and-status-codes#gateway-gateway-close-event-codes
/// </summary>
internal static class GatewayCloseCodes
{
    public const int AuthenticationFailed = 4004;
    public const int InvalidSeq = 4007;
    public const int SessionTimedOut = 4009;
    public const int InvalidShard = 4010;
    public const int ShardingRequired = 4011;
    public const int InvalidApiVersion = 4012;
    public const int InvalidIntents = 4013;
    public const int DisallowedIntents = 4014;

    /// <summary>The one predicate: false for the close codes Discord says must not be retried (4004, 4010–4014).</summary>
    public static bool CanReconnect(int? closeCode) =>
        closeCode
            is not (
                AuthenticationFailed
                or InvalidShard
                or ShardingRequired
                or InvalidApiVersion
                or InvalidIntents
                or DisallowedIntents
            );

    /// <summary>Whether the session survives the close (otherwise the bot identifies again).</summary>
    public static bool CanResume(int? closeCode) =>
        CanReconnect(closeCode) && closeCode is not (InvalidSeq or SessionTimedOut or 1000 or 1001);

    /// <summary>The error an operator reads when the bot stops on a close code that cannot be retried.</summary>
    public static string Describe(int? closeCode) =>
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
            null => "The gateway connection was lost without a close code.",
            _ => $"The gateway closed the connection with code {closeCode}.",
        };
}
