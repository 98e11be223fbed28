using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Discord.Hosting;

namespace NewsBot.Discord.Tests.Hosting;

public sealed class InteractionReplayGuardTests
{
    private readonly FakeTimeProvider _time = new(
        new DateTimeOffset(2026, 3, 6, 12, 0, 0, TimeSpan.Zero)
    );

    private string Timestamp(TimeSpan offset) =>
        (_time.GetUtcNow() + offset).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    [Fact]
    public void Admits_a_signature_once_within_the_window()
    {
        var guard = new InteractionReplayGuard(_time);
        var timestamp = Timestamp(TimeSpan.Zero);

        Assert.True(guard.Admit("aa", timestamp));
        Assert.False(guard.Admit("aa", timestamp));
        Assert.False(guard.Admit("AA", timestamp));
        Assert.True(guard.Admit("bb", timestamp));
    }

    [Theory]
    [InlineData(-6 * 60)]
    [InlineData(6 * 60)]
    [InlineData(-24 * 3600)]
    public void Refuses_a_timestamp_more_than_five_minutes_from_now(int seconds) =>
        Assert.False(
            new InteractionReplayGuard(_time).Admit("aa", Timestamp(TimeSpan.FromSeconds(seconds)))
        );

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("99999999999999999999")]
    [InlineData("9223372036854775807")]
    public void Refuses_a_timestamp_that_is_not_a_time(string timestamp) =>
        Assert.False(new InteractionReplayGuard(_time).Admit("aa", timestamp));

    [Fact]
    public void Forgets_signatures_once_their_timestamp_has_left_the_window()
    {
        var guard = new InteractionReplayGuard(_time);
        var old = Timestamp(TimeSpan.Zero);
        guard.Admit("aa", old);

        _time.Advance(InteractionReplayGuard.Window + TimeSpan.FromMinutes(1));
        Assert.True(guard.Admit("bb", Timestamp(TimeSpan.Zero)));

        Assert.Equal(1, guard.Remembered);
        Assert.False(guard.Admit("aa", old));
    }
}
