using FsCheck;
using FsCheck.Fluent;
using NewsBot.Discord.Gateway;

namespace NewsBot.Discord.Tests.Gateway;

public sealed class GatewaySettingsTests
{
    private static readonly GatewaySettings s_defaults = new();

    [Fact]
    public void Waits_between_1_and_5_seconds_before_identifying_after_an_invalid_session()
    {
        Assert.Equal(TimeSpan.FromSeconds(1), s_defaults.InvalidSessionDelay(0));
        Assert.Equal(TimeSpan.FromSeconds(3), s_defaults.InvalidSessionDelay(0.5));
        Assert.True(s_defaults.InvalidSessionDelay(0.999999) <= TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Sends_the_first_heartbeat_after_a_random_part_of_the_interval()
    {
        var interval = TimeSpan.FromMilliseconds(41250);
        Assert.Equal(TimeSpan.Zero, GatewaySettings.FirstHeartbeatDelay(interval, 0));
        Assert.Equal(
            TimeSpan.FromMilliseconds(20625),
            GatewaySettings.FirstHeartbeatDelay(interval, 0.5)
        );
    }

    [Fact]
    public void Reconnect_delays_grow_exponentially_with_jitter_and_stop_at_the_cap() =>
        Prop.ForAll(
                Gen.Choose(1, 40).ToArbitrary(),
                Gen.Choose(0, 1000).Select(i => i / 1000.0).ToArbitrary(),
                (attempt, random) =>
                {
                    var delay = s_defaults.ReconnectDelay(attempt, random);
                    var ceiling = Math.Min(1000 * Math.Pow(2, Math.Min(attempt - 1, 20)), 60000);
                    return delay.TotalMilliseconds >= (ceiling / 2) - 0.001
                        && delay.TotalMilliseconds <= ceiling + 0.001;
                }
            )
            .QuickCheckThrowOnFailure();

    [Fact]
    public void Two_bots_reconnecting_at_the_same_attempt_wait_different_times() =>
        Assert.NotEqual(s_defaults.ReconnectDelay(3, 0.1), s_defaults.ReconnectDelay(3, 0.9));
}
