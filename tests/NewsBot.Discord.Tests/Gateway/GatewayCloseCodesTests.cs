using NewsBot.Discord.Gateway;

namespace NewsBot.Discord.Tests.Gateway;

public sealed class GatewayCloseCodesTests
{
    [Theory]
    [InlineData(4004)]
    [InlineData(4010)]
    [InlineData(4011)]
    [InlineData(4012)]
    [InlineData(4013)]
    [InlineData(4014)]
    public void Does_not_reconnect_after_close_codes_Discord_says_not_to_retry(int code)
    {
        Assert.False(GatewayCloseCodes.CanReconnect(code));
        Assert.False(GatewayCloseCodes.CanResume(code));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(1006)]
    [InlineData(4000)]
    [InlineData(4001)]
    [InlineData(4002)]
    [InlineData(4003)]
    [InlineData(4005)]
    [InlineData(4008)]
    public void Resumes_after_close_codes_that_keep_the_session(int? code)
    {
        Assert.True(GatewayCloseCodes.CanReconnect(code));
        Assert.True(GatewayCloseCodes.CanResume(code));
    }

    [Theory]
    [InlineData(4007)]
    [InlineData(4009)]
    [InlineData(1000)]
    public void Identifies_again_after_close_codes_that_end_the_session(int code)
    {
        Assert.True(GatewayCloseCodes.CanReconnect(code));
        Assert.False(GatewayCloseCodes.CanResume(code));
    }

    [Fact]
    public void Says_plainly_that_Discord_rejected_the_token_on_4004() =>
        Assert.StartsWith(
            "Discord rejected the token",
            GatewayCloseCodes.Describe(4004),
            StringComparison.Ordinal
        );
}
