namespace NewsBot.Discord.Gateway;

/// <summary>
/// At most 120 gateway sends per 60 s on one connection (a sliding window), else Discord closes it.
/// https://discord.com/developers/docs/events/gateway#rate-limiting
/// </summary>
internal sealed class GatewaySendLimiter(
    TimeProvider timeProvider,
    int limit = 120,
    TimeSpan? window = null
)
{
    private readonly TimeSpan _window = window ?? TimeSpan.FromSeconds(60);
    private readonly Queue<DateTimeOffset> _sent = new();
    private readonly Lock _gate = new();

    /// <summary>Zero when a send may go now (and counts it), otherwise how long to wait.</summary>
    public TimeSpan Reserve()
    {
        lock (_gate)
        {
            var now = timeProvider.GetUtcNow();
            while (_sent.Count > 0 && now - _sent.Peek() >= _window)
                _sent.Dequeue();
            if (_sent.Count >= limit)
                return _sent.Peek() + _window - now;
            _sent.Enqueue(now);
            return TimeSpan.Zero;
        }
    }

    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        for (var wait = Reserve(); wait > TimeSpan.Zero; wait = Reserve())
            await Task.Delay(wait, timeProvider, cancellationToken);
    }
}
