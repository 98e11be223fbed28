using System.Globalization;
using System.Net.Http.Headers;

namespace NewsBot.Discord.Rest;

/// <summary>
/// Discord's per-bucket and global REST rate limits, learnt from the <c>X-RateLimit-*</c> headers.
/// https://discord.com/developers/docs/topics/rate-limits
/// A route (method + path template + major parameter) maps to a bucket hash once Discord names it;
/// requests reserve a slot of the bucket's remaining count, and wait for its reset when none is left.
/// </summary>
internal sealed class RestRateLimiter(TimeProvider timeProvider)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, string> _hashOfRoute = [];
    private readonly Dictionary<string, BucketState> _buckets = [];
    private DateTimeOffset _globalUntil = DateTimeOffset.MinValue;

    private sealed class BucketState
    {
        public int Remaining { get; set; }
        public DateTimeOffset ResetAt { get; set; }
    }

    /// <summary>Reserves a request on <paramref name="route"/>: zero when it may go now, otherwise how long to wait first.</summary>
    public TimeSpan Reserve(string route, string majorParameter)
    {
        lock (_gate)
        {
            var now = timeProvider.GetUtcNow();
            if (_globalUntil > now)
                return _globalUntil - now;
            if (!_buckets.TryGetValue(BucketKey(route, majorParameter), out var bucket))
                return TimeSpan.Zero;
            if (bucket.ResetAt <= now)
                return TimeSpan.Zero; // the window has passed: Discord's next answer tells the new count
            if (bucket.Remaining > 0)
            {
                bucket.Remaining--;
                return TimeSpan.Zero;
            }
            return bucket.ResetAt - now;
        }
    }

    // Buckets are shared by routes with the same hash, but per major parameter (channel, guild, webhook);
    // a route whose hash Discord has not named yet is its own bucket.
    private string BucketKey(string route, string majorParameter) =>
        (_hashOfRoute.TryGetValue(route, out var hash) ? hash : "route:" + route)
        + ":"
        + majorParameter;

    /// <summary>Learns the bucket of <paramref name="route"/> from a response's headers.</summary>
    public void Update(string route, string majorParameter, HttpResponseHeaders headers)
    {
        var hash = Header(headers, "X-RateLimit-Bucket");
        var remaining = Header(headers, "X-RateLimit-Remaining");
        var resetAfter = Header(headers, "X-RateLimit-Reset-After");
        if (hash is null || remaining is null || resetAfter is null)
            return;
        if (
            !int.TryParse(
                remaining,
                NumberStyles.Integer,
                CultureInfo.InvariantCulture,
                out var left
            )
            || !double.TryParse(
                resetAfter,
                NumberStyles.Float,
                CultureInfo.InvariantCulture,
                out var seconds
            )
        )
            return;
        Update(route, majorParameter, hash, left, TimeSpan.FromSeconds(seconds));
    }

    public void Update(
        string route,
        string majorParameter,
        string bucketHash,
        int remaining,
        TimeSpan resetAfter
    )
    {
        lock (_gate)
        {
            _hashOfRoute[route] = bucketHash;
            _buckets[BucketKey(route, majorParameter)] = new BucketState
            {
                Remaining = remaining,
                ResetAt = timeProvider.GetUtcNow() + resetAfter,
            };
        }
    }

    /// <summary>A 429: wait <paramref name="retryAfter"/> on this route, or on every route when it is global.</summary>
    public void OnTooManyRequests(
        string route,
        string majorParameter,
        TimeSpan retryAfter,
        bool isGlobal,
        string? bucketHash
    )
    {
        lock (_gate)
        {
            var until = timeProvider.GetUtcNow() + retryAfter;
            if (isGlobal)
            {
                if (until > _globalUntil)
                    _globalUntil = until;
                return;
            }
            if (bucketHash is not null)
                _hashOfRoute[route] = bucketHash;
            _buckets[BucketKey(route, majorParameter)] = new BucketState
            {
                Remaining = 0,
                ResetAt = until,
            };
        }
    }

    private static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
