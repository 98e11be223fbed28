using System.Collections.Concurrent;
using System.Globalization;

namespace NewsBot.Discord.Hosting;

/// <summary>
/// Refuses a signed interaction sent at another time or sent before: a signature proves who wrote the
/// bytes, not when, so a captured request could otherwise be answered again (Discord's docs ask the
/// endpoint to check the timestamp). A request is fresh when its timestamp is within
/// <see cref="Window"/> of now, either way (clocks differ a little); each signature is remembered for
/// that long, so the same bytes are answered once. Each replica remembers its own requests only.
/// https://discord.com/developers/docs/interactions/overview#setting-up-an-endpoint-validating-security-request-headers
/// </summary>
internal sealed class InteractionReplayGuard(TimeProvider time)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    /// <summary>Expired signatures are forgotten at most this often, so a burst costs no sweep per request.</summary>
    private static readonly TimeSpan s_sweepEvery = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(
        StringComparer.OrdinalIgnoreCase
    );
    private long _nextSweepTicks;

    /// <summary>True the first time a signature with a timestamp within the window is seen.</summary>
    public bool Admit(string signatureHex, string timestamp)
    {
        if (
            !long.TryParse(
                timestamp,
                NumberStyles.None,
                CultureInfo.InvariantCulture,
                out var seconds
            )
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds()
        )
        {
            return false;
        }
        var now = time.GetUtcNow();
        var sent = DateTimeOffset.FromUnixTimeSeconds(seconds);
        if (sent < now - Window || sent > now + Window)
        {
            return false;
        }
        Sweep(now);
        // Remembered until the timestamp itself leaves the window: after that it is refused as stale.
        return _seen.TryAdd(signatureHex, sent + Window);
    }

    private void Sweep(DateTimeOffset now)
    {
        var next = Interlocked.Read(ref _nextSweepTicks);
        if (
            now.UtcTicks < next
            || Interlocked.CompareExchange(ref _nextSweepTicks, (now + s_sweepEvery).UtcTicks, next)
                != next
        )
        {
            return;
        }
        foreach (var (signature, until) in _seen)
        {
            if (until < now)
            {
                _seen.TryRemove(signature, out _);
            }
        }
    }

    /// <summary>How many signatures are remembered (for tests of the sweep).</summary>
    internal int Remembered => _seen.Count;
}
