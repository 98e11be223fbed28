using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Discord.Rest;
using NewsBot.Discord.Tests.Fakes;

namespace NewsBot.Discord.Tests.Rest;

public sealed class DiscordRestClientTests
{
    private static readonly DiscordOptions s_options = new()
    {
        Token = "t0ken",
        ApiBaseUrl = "http://127.0.0.1:9/api/v10",
    };

    private static (
        DiscordRestClient Client,
        StubHttpHandler Handler,
        ImmediateTimeProvider Time
    ) Create(params Func<HttpResponseMessage>[] responses)
    {
        var handler = new StubHttpHandler(responses);
        var time = new ImmediateTimeProvider();
        var client = new DiscordRestClient(
            new StubHttpClientFactory(handler, s_options),
            new RestRateLimiter(time),
            time,
            NullLogger<DiscordRestClient>.Instance
        );
        return (client, handler, time);
    }

    private const string GatewayJson =
        """{"url":"wss://gateway.discord.gg","shards":1,"session_start_limit":{"total":1000,"remaining":999,"reset_after":1,"max_concurrency":1}}""";

    [Fact]
    public async Task Retries_server_errors_with_growing_backoff_then_succeeds()
    {
        var (client, handler, time) = Create(
            () => new HttpResponseMessage(HttpStatusCode.BadGateway),
            () => new HttpResponseMessage(HttpStatusCode.InternalServerError),
            () => StubHttpHandler.Json(HttpStatusCode.OK, GatewayJson)
        );

        var gateway = await client.GetGatewayBotAsync();

        Assert.Equal("wss://gateway.discord.gg", gateway!.Url);
        Assert.Equal(3, handler.Requests.Count);
        var delays = time.Delays.ToList();
        Assert.Equal(2, delays.Count);
        Assert.True(delays[1] > delays[0]);
    }

    [Fact]
    public async Task Gives_up_on_server_errors_after_a_bounded_number_of_attempts()
    {
        var (client, handler, _) = Create(() =>
            new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)
        );

        var error = await Assert.ThrowsAsync<DiscordException>(() => client.GetGatewayBotAsync());

        Assert.Equal(503, error.StatusCode);
        Assert.Equal(DiscordRestClient.MaxAttempts, handler.Requests.Count);
    }

    [Fact]
    public async Task Waits_retry_after_from_a_429_body_and_retries()
    {
        var (client, handler, time) = Create(
            () =>
                StubHttpHandler.Json(
                    HttpStatusCode.TooManyRequests,
                    """{"message":"You are being rate limited.","retry_after":1.25,"global":false}"""
                ),
            () => StubHttpHandler.Json(HttpStatusCode.OK, GatewayJson)
        );

        await client.GetGatewayBotAsync();

        Assert.Equal(2, handler.Requests.Count);
        var wait = Assert.Single(time.Delays);
        Assert.InRange(wait, TimeSpan.FromSeconds(1.2), TimeSpan.FromSeconds(1.25));
    }

    [Fact]
    public async Task Reports_a_rejected_token_clearly_and_as_fatal()
    {
        var (client, handler, _) = Create(() =>
            StubHttpHandler.Json(
                HttpStatusCode.Unauthorized,
                """{"message":"401: Unauthorized","code":0}"""
            )
        );

        var error = await Assert.ThrowsAsync<DiscordException>(() =>
            client.GetCurrentApplicationAsync()
        );

        Assert.True(error.IsFatal);
        Assert.StartsWith("Discord rejected the token", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("t0ken", error.Message, StringComparison.Ordinal);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Reports_a_missing_permission_clearly()
    {
        var (client, _, _) = Create(() =>
            StubHttpHandler.Json(
                HttpStatusCode.Forbidden,
                """{"message":"Missing Access","code":50001}"""
            )
        );

        var error = await Assert.ThrowsAsync<DiscordException>(() =>
            client.GetCommandsAsync(new Snowflake(1), new Snowflake(2))
        );

        Assert.Equal(403, error.StatusCode);
        Assert.Equal(50001, error.ErrorCode);
        Assert.Contains("lacks a permission", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Does_not_retry_an_unknown_interaction()
    {
        var (client, handler, _) = Create(() =>
            StubHttpHandler.Json(
                HttpStatusCode.NotFound,
                """{"message":"Unknown interaction","code":10062}"""
            )
        );

        var error = await Assert.ThrowsAsync<DiscordException>(() =>
            client.CreateInteractionResponseAsync(
                new Snowflake(5),
                "tok",
                new NewsBot.Discord.Json.JsonInteractionResponse(5)
            )
        );

        Assert.Equal(10062, error.ErrorCode);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Sends_the_bot_token_and_Discords_user_agent()
    {
        var (client, handler, _) = Create(() =>
            StubHttpHandler.Json(HttpStatusCode.OK, GatewayJson)
        );

        await client.GetGatewayBotAsync();

        var request = Assert.Single(handler.Requests);
        Assert.Equal("Bot t0ken", request.Headers.Authorization!.ToString());
        Assert.Equal(
            "DiscordBot (https://github.com/newsbot/newsbot, 0.1.0)",
            string.Join(" ", request.Headers.GetValues("User-Agent"))
        );
        Assert.Equal("http://127.0.0.1:9/api/v10/gateway/bot", request.RequestUri!.ToString());
    }
}
