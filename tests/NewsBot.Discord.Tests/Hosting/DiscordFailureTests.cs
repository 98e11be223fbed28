using System.Net;
using Discord.Net;
using NewsBot.Discord.Hosting;

namespace NewsBot.Discord.Tests.Hosting;

// Discord.Net reports a closed gateway as a plain System.Exception wrapping the close: the tests build the same.
#pragma warning disable CA2201
public sealed class DiscordFailureTests
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
        Assert.False(DiscordFailure.CanReconnect(code));
        Assert.NotNull(
            DiscordFailure.Fatal(
                new Exception("WebSocket connection was closed", new WebSocketClosedException(code))
            )
        );
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(1001)]
    [InlineData(1006)]
    [InlineData(4000)]
    [InlineData(4001)]
    [InlineData(4007)]
    [InlineData(4008)]
    [InlineData(4009)]
    public void Reconnects_after_close_codes_that_may_be_retried(int code)
    {
        Assert.True(DiscordFailure.CanReconnect(code));
        Assert.Null(
            DiscordFailure.Fatal(
                new Exception("WebSocket connection was closed", new WebSocketClosedException(code))
            )
        );
    }

    [Fact]
    public void Says_plainly_that_Discord_rejected_the_token_on_4004() =>
        Assert.StartsWith(
            "Discord rejected the token",
            DiscordFailure.Describe(4004),
            StringComparison.Ordinal
        );

    [Fact]
    public void A_401_anywhere_in_the_chain_is_a_rejected_token() =>
        Assert.Equal(
            DiscordFailure.RejectedToken,
            DiscordFailure.Fatal(
                new Exception("outer", new HttpException(HttpStatusCode.Unauthorized, null!))
            )
        );

    [Fact]
    public void A_server_error_is_retried() =>
        Assert.Null(DiscordFailure.Fatal(new HttpException(HttpStatusCode.BadGateway, null!)));
}
