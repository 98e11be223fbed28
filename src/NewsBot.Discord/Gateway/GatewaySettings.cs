namespace NewsBot.Discord.Gateway;

/// <summary>Gateway timing rules, as Discord's documentation gives them; tests shorten the waits.</summary>
internal sealed record GatewaySettings
{
    /// <summary>No privileged intent: slash commands arrive as INTERACTION_CREATE whatever the intents.</summary>
    public int Intents { get; init; }

    /// <summary>After op 9 with d = false, identify again after a random 1–5 s.
    /// https://discord.com/developers/docs/events/gateway-events#invalid-session</summary>
    public TimeSpan InvalidSessionDelayMin { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan InvalidSessionDelayMax { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan ReconnectBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan ReconnectMaxDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Connections in a row that fail before READY or RESUMED before the bot gives up.</summary>
    public int MaxFailedConnections { get; init; } = 10;

    public TimeSpan HandshakeTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Source of the jitter, in [0, 1).</summary>
    public Func<double> NextRandom { get; init; } = Random.Shared.NextDouble;

    public Func<IGatewayConnection> ConnectionFactory { get; init; } =
        () => new WebSocketGatewayConnection();

    /// <summary>
    /// Delay before reconnect attempt <paramref name="attempt"/> (1-based): exponential, capped, with
    /// "equal jitter" (half fixed, half random) so many bots do not reconnect in step.
    /// </summary>
    public TimeSpan ReconnectDelay(int attempt, double random)
    {
        var exponential =
            ReconnectBaseDelay.TotalMilliseconds * Math.Pow(2, Math.Clamp(attempt - 1, 0, 20));
        var capped = Math.Min(exponential, ReconnectMaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds((capped / 2) + (capped / 2 * random));
    }

    public TimeSpan InvalidSessionDelay(double random) =>
        InvalidSessionDelayMin + ((InvalidSessionDelayMax - InvalidSessionDelayMin) * random);

    /// <summary>The first heartbeat goes after <c>heartbeat_interval * jitter</c>, jitter in [0, 1).
    /// https://discord.com/developers/docs/events/gateway#sending-heartbeats</summary>
    public static TimeSpan FirstHeartbeatDelay(TimeSpan interval, double random) =>
        interval * random;
}
