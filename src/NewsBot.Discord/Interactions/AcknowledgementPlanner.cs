namespace NewsBot.Discord.Interactions;

/// <summary>
/// Decides when an interaction that has not been answered must be deferred. Each one has its own
/// deadline (3 s after its snowflake); the latest safe moment to defer is that deadline less a margin.
/// An interaction waiting in the queue is deferred earlier, as soon as the queue ahead of it makes its
/// answer due after that moment: with <c>k</c> waiting ahead of it and <c>c</c> answers running at
/// once, each taking about <c>s</c>, its answer is expected after <c>(k / c + 2) · s</c> (the answers
/// running now, the rounds ahead of it, then its own). <c>s</c> follows the measured answers.
/// On a loaded machine a deferral itself takes time to go out (a worker thread to run on, the request to
/// Discord): the latest safe moment comes earlier by the time deferrals have been taking, taken at once
/// when they slow down and let go slowly, so that the margin still holds when they arrive.
/// </summary>
internal sealed class AcknowledgementPlanner(InteractionSettings settings)
{
    private const double Smoothing = 0.2;
    private readonly Lock _gate = new();
    private double _serviceMs = settings.InitialServiceTime.TotalMilliseconds;
    private double _deferralMs;

    /// <summary>How long deferrals have been taking to go out: the latest safe moment comes this much earlier.</summary>
    public TimeSpan DeferralTime
    {
        get
        {
            lock (_gate)
            {
                return TimeSpan.FromMilliseconds(_deferralMs);
            }
        }
    }

    /// <summary>
    /// Takes the measured time of one deferral, from the decision to defer to Discord's acknowledgement: a
    /// slower one counts at once, a faster one brings the expectation down slowly.
    /// </summary>
    public void MeasuredDeferral(TimeSpan duration)
    {
        lock (_gate)
        {
            var ms = duration.TotalMilliseconds;
            _deferralMs = ms >= _deferralMs ? ms : _deferralMs + (Smoothing * (ms - _deferralMs));
        }
    }

    /// <summary>The expected time of one answer, following the measured ones.</summary>
    public TimeSpan ServiceTime
    {
        get
        {
            lock (_gate)
            {
                return TimeSpan.FromMilliseconds(_serviceMs);
            }
        }
    }

    /// <summary>Takes the measured duration of one answer into the expectation.</summary>
    public void Measured(TimeSpan duration)
    {
        lock (_gate)
        {
            _serviceMs += Smoothing * (duration.TotalMilliseconds - _serviceMs);
        }
    }

    /// <summary>The last moment at which an interaction due at <paramref name="deadline"/> can still be deferred safely.</summary>
    public DateTimeOffset LatestDeferral(DateTimeOffset deadline) =>
        deadline - settings.AckMargin - DeferralTime;

    /// <summary>
    /// True when the interaction must be deferred now: its latest safe moment has come, or it waits
    /// behind <paramref name="waitingAhead"/> others (null once it is running) and the queue makes its
    /// answer due after that moment.
    /// </summary>
    public bool MustDeferNow(DateTimeOffset deadline, int? waitingAhead, DateTimeOffset now)
    {
        var latest = LatestDeferral(deadline);
        if (now >= latest)
        {
            return true;
        }

        if (waitingAhead is not { } ahead)
        {
            return false;
        }

        var rounds = (ahead / Math.Max(1, settings.Concurrency)) + 2;
        return now + (ServiceTime * rounds) >= latest;
    }
}
