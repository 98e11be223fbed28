using System.Net.Http.Headers;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Tests.Rest;

public sealed class RestRateLimiterTests
{
    private const string Route = "POST interactions/{id}/{token}/callback";

    private static HttpResponseHeaders Headers(string bucket, int remaining, double resetAfter)
    {
        using var response = new HttpResponseMessage();
        response.Headers.Add("X-RateLimit-Bucket", bucket);
        response.Headers.Add("X-RateLimit-Limit", "5");
        response.Headers.Add(
            "X-RateLimit-Remaining",
            remaining.ToString(System.Globalization.CultureInfo.InvariantCulture)
        );
        response.Headers.Add(
            "X-RateLimit-Reset-After",
            resetAfter.ToString(System.Globalization.CultureInfo.InvariantCulture)
        );
        return response.Headers;
    }

    [Fact]
    public void An_unknown_route_goes_at_once()
    {
        var limiter = new RestRateLimiter(new FakeTimeProvider());
        Assert.Equal(TimeSpan.Zero, limiter.Reserve(Route, "1"));
    }

    [Fact]
    public void Uses_the_remaining_count_then_waits_for_the_bucket_reset()
    {
        var time = new FakeTimeProvider();
        var limiter = new RestRateLimiter(time);
        limiter.Update(Route, "1", Headers("abc", 2, 1.5));

        Assert.Equal(TimeSpan.Zero, limiter.Reserve(Route, "1"));
        Assert.Equal(TimeSpan.Zero, limiter.Reserve(Route, "1"));
        Assert.Equal(TimeSpan.FromSeconds(1.5), limiter.Reserve(Route, "1"));

        time.Advance(TimeSpan.FromSeconds(1.5));
        Assert.Equal(TimeSpan.Zero, limiter.Reserve(Route, "1"));
    }

    [Fact]
    public void Routes_sharing_a_bucket_hash_and_major_parameter_share_the_limit()
    {
        var time = new FakeTimeProvider();
        var limiter = new RestRateLimiter(time);
        limiter.Update("GET channels/{id}", "42", "shared", 0, TimeSpan.FromSeconds(2));
        limiter.Update("PATCH channels/{id}", "42", "shared", 0, TimeSpan.FromSeconds(2));

        Assert.Equal(TimeSpan.FromSeconds(2), limiter.Reserve("GET channels/{id}", "42"));
        Assert.Equal(TimeSpan.FromSeconds(2), limiter.Reserve("PATCH channels/{id}", "42"));
    }

    [Fact]
    public void The_same_route_for_another_major_parameter_has_its_own_limit()
    {
        var time = new FakeTimeProvider();
        var limiter = new RestRateLimiter(time);
        limiter.Update(Route, "1", "abc", 0, TimeSpan.FromSeconds(2));

        Assert.Equal(TimeSpan.FromSeconds(2), limiter.Reserve(Route, "1"));
        Assert.Equal(TimeSpan.Zero, limiter.Reserve(Route, "2"));
    }

    [Fact]
    public void A_429_waits_retry_after_on_its_route_only()
    {
        var time = new FakeTimeProvider();
        var limiter = new RestRateLimiter(time);

        limiter.OnTooManyRequests(
            Route,
            "1",
            TimeSpan.FromSeconds(3),
            isGlobal: false,
            bucketHash: "abc"
        );

        Assert.Equal(TimeSpan.FromSeconds(3), limiter.Reserve(Route, "1"));
        Assert.Equal(TimeSpan.Zero, limiter.Reserve("GET gateway/bot", ""));
    }

    [Fact]
    public void A_global_429_holds_every_route()
    {
        var time = new FakeTimeProvider();
        var limiter = new RestRateLimiter(time);

        limiter.OnTooManyRequests(
            Route,
            "1",
            TimeSpan.FromSeconds(2),
            isGlobal: true,
            bucketHash: null
        );

        Assert.Equal(TimeSpan.FromSeconds(2), limiter.Reserve("GET gateway/bot", ""));
        time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(TimeSpan.Zero, limiter.Reserve("GET gateway/bot", ""));
    }

    [Fact]
    public void Ignores_responses_without_rate_limit_headers()
    {
        var limiter = new RestRateLimiter(new FakeTimeProvider());
        using var response = new HttpResponseMessage();
        limiter.Update(Route, "1", response.Headers);
        Assert.Equal(TimeSpan.Zero, limiter.Reserve(Route, "1"));
    }

    [Fact]
    public void Server_error_backoff_doubles_within_a_jitter_of_twenty_percent()
    {
        Assert.Equal(TimeSpan.FromMilliseconds(500), DiscordRestClient.ServerErrorBackoff(1, 0.5));
        Assert.Equal(TimeSpan.FromMilliseconds(1000), DiscordRestClient.ServerErrorBackoff(2, 0.5));
        Assert.Equal(TimeSpan.FromMilliseconds(400), DiscordRestClient.ServerErrorBackoff(1, 0));
        Assert.Equal(TimeSpan.FromMilliseconds(1200), DiscordRestClient.ServerErrorBackoff(2, 1));
    }
}
