using System.Collections.Concurrent;

namespace NewsBot.Discord.Tests.Fakes;

/// <summary>
/// A clock whose timers fire at once and move the clock on by their delay, recording each delay:
/// retry rules run without sleeping.
/// </summary>
internal sealed class ImmediateTimeProvider : TimeProvider
{
    private long _offsetTicks;

    public ConcurrentQueue<TimeSpan> Delays { get; } = new();

    public override DateTimeOffset GetUtcNow() =>
        base.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override ITimer CreateTimer(
        TimerCallback callback,
        object? state,
        TimeSpan dueTime,
        TimeSpan period
    )
    {
        if (dueTime == Timeout.InfiniteTimeSpan)
            return base.CreateTimer(callback, state, dueTime, period);
        Delays.Enqueue(dueTime);
        Interlocked.Add(ref _offsetTicks, dueTime.Ticks);
        return base.CreateTimer(callback, state, TimeSpan.Zero, period);
    }
}
