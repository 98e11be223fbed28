using Microsoft.Extensions.Time.Testing;
using NewsBot.Discord.Gateway;

namespace NewsBot.Discord.Tests.Gateway;

public sealed class GatewaySendLimiterTests
{
    [Fact]
    public void Allows_120_sends_in_60_seconds_and_makes_the_121st_wait_for_the_oldest_to_expire()
    {
        var time = new FakeTimeProvider();
        var limiter = new GatewaySendLimiter(time);
        for (var i = 0; i < 120; i++)
        {
            Assert.Equal(TimeSpan.Zero, limiter.Reserve());
            time.Advance(TimeSpan.FromMilliseconds(100));
        }

        Assert.Equal(TimeSpan.FromSeconds(48), limiter.Reserve());

        time.Advance(TimeSpan.FromSeconds(48));
        Assert.Equal(TimeSpan.Zero, limiter.Reserve());
    }

    [Fact]
    public async Task A_waiting_send_goes_when_the_window_moves_on()
    {
        var time = new FakeTimeProvider();
        var limiter = new GatewaySendLimiter(time, limit: 2, window: TimeSpan.FromSeconds(10));
        await limiter.WaitAsync(CancellationToken.None);
        await limiter.WaitAsync(CancellationToken.None);

        var third = limiter.WaitAsync(CancellationToken.None);
        Assert.False(third.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(10));

        await third.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
