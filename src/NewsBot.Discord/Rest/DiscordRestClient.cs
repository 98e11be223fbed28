using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using NewsBot.Discord.Json;

namespace NewsBot.Discord.Rest;

/// <summary>
/// Discord's HTTP API v10. One named <see cref="HttpClient"/> from the factory carries the bot token
/// and the User-Agent Discord asks for; rate limits, 429s and 5xx are handled here, once.
/// https://discord.com/developers/docs/reference#http-api
/// </summary>
internal sealed partial class DiscordRestClient(
    IHttpClientFactory httpClientFactory,
    RestRateLimiter rateLimiter,
    TimeProvider timeProvider,
    ILogger<DiscordRestClient> logger
)
{
    public const string HttpClientName = "NewsBot.Discord";

    /// <summary>https://discord.com/developers/docs/reference#user-agent</summary>
    public const string UserAgent = "DiscordBot (https://github.com/newsbot/newsbot, 0.1.0)";

    internal const int MaxAttempts = 5;
    private static readonly TimeSpan s_longestRetryAfter = TimeSpan.FromSeconds(60);

    internal static void Configure(HttpClient client, DiscordOptions options)
    {
        client.BaseAddress = new Uri(options.ApiBaseUrl.TrimEnd('/') + "/");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bot",
            options.Token
        );
        client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", UserAgent);
        client.Timeout = TimeSpan.FromSeconds(30);
    }

    /// <summary>Backoff before retry <paramref name="attempt"/> (1-based) after a 5xx: 0.5 s doubling, ±20 % jitter.</summary>
    internal static TimeSpan ServerErrorBackoff(int attempt, double random) =>
        TimeSpan.FromMilliseconds(500 * Math.Pow(2, attempt - 1) * (0.8 + (0.4 * random)));

    private async Task<TResponse?> SendAsync<TRequest, TResponse>(
        HttpMethod method,
        string path,
        string route,
        string majorParameter,
        TRequest? body,
        JsonTypeInfo<TRequest>? requestType,
        JsonTypeInfo<TResponse>? responseType,
        CancellationToken cancellationToken
    )
    {
        var payload =
            body is null || requestType is null
                ? null
                : JsonSerializer.SerializeToUtf8Bytes(body, requestType);
        var client = httpClientFactory.CreateClient(HttpClientName);
        for (var attempt = 1; ; attempt++)
        {
            for (
                var wait = rateLimiter.Reserve(route, majorParameter);
                wait > TimeSpan.Zero;
                wait = rateLimiter.Reserve(route, majorParameter)
            )
            {
                RestLog.WaitingForRateLimit(logger, route, (long)wait.TotalMilliseconds);
                await Task.Delay(wait, timeProvider, cancellationToken);
            }

            using var request = new HttpRequestMessage(method, path);
            if (payload is not null)
            {
                request.Content = new ByteArrayContent(payload);
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            }

            HttpResponseMessage response;
            try
            {
                response = await client.SendAsync(request, cancellationToken);
            }
            catch (HttpRequestException exception) when (attempt < MaxAttempts)
            {
                var backoff = ServerErrorBackoff(attempt, Random.Shared.NextDouble());
                RestLog.RetryingAfterNetworkError(
                    logger,
                    route,
                    attempt,
                    (long)backoff.TotalMilliseconds,
                    exception.Message
                );
                await Task.Delay(backoff, timeProvider, cancellationToken);
                continue;
            }
            catch (HttpRequestException exception)
            {
                throw new DiscordException(
                    $"Discord could not be reached for {route}: {exception.Message}",
                    exception
                );
            }

            using (response)
            {
                rateLimiter.Update(route, majorParameter, response.Headers);
                var status = (int)response.StatusCode;
                if (response.IsSuccessStatusCode)
                {
                    if (responseType is null || response.StatusCode == HttpStatusCode.NoContent)
                        return default;
                    var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
                    return await JsonSerializer.DeserializeAsync(
                        stream,
                        responseType,
                        cancellationToken
                    );
                }

                var error = await ReadErrorAsync(response, cancellationToken);
                if (response.StatusCode == HttpStatusCode.TooManyRequests && attempt < MaxAttempts)
                {
                    // https://discord.com/developers/docs/topics/rate-limits#exceeding-a-rate-limit
                    var retryAfter = RetryAfter(response, error);
                    if (retryAfter > s_longestRetryAfter)
                        throw new DiscordException(
                            $"Discord rate-limited {route} for {retryAfter.TotalSeconds:0} s; giving up."
                        )
                        {
                            StatusCode = status,
                        };
                    var isGlobal =
                        error?.Global == true
                        || (
                            response.Headers.TryGetValues("X-RateLimit-Global", out var global)
                            && global.Contains("true")
                        );
                    var bucket = response.Headers.TryGetValues("X-RateLimit-Bucket", out var hashes)
                        ? hashes.FirstOrDefault()
                        : null;
                    rateLimiter.OnTooManyRequests(
                        route,
                        majorParameter,
                        retryAfter,
                        isGlobal,
                        bucket
                    );
                    RestLog.RateLimited(
                        logger,
                        route,
                        (long)retryAfter.TotalMilliseconds,
                        isGlobal
                    );
                    continue;
                }
                if (status >= 500 && attempt < MaxAttempts)
                {
                    var backoff = ServerErrorBackoff(attempt, Random.Shared.NextDouble());
                    RestLog.RetryingAfterServerError(
                        logger,
                        route,
                        status,
                        attempt,
                        (long)backoff.TotalMilliseconds
                    );
                    await Task.Delay(backoff, timeProvider, cancellationToken);
                    continue;
                }
                throw Failure(route, response.StatusCode, error);
            }
        }
    }

    private static TimeSpan RetryAfter(HttpResponseMessage response, JsonError? error)
    {
        if (error?.RetryAfter is { } seconds)
            return TimeSpan.FromSeconds(Math.Max(0, seconds));
        if (
            response.Headers.TryGetValues("Retry-After", out var values)
            && double.TryParse(
                values.FirstOrDefault(),
                NumberStyles.Float,
                CultureInfo.InvariantCulture,
                out var header
            )
        )
            return TimeSpan.FromSeconds(Math.Max(0, header));
        return TimeSpan.FromSeconds(1);
    }

    private static async Task<JsonError?> ReadErrorAsync(
        HttpResponseMessage response,
        CancellationToken cancellationToken
    )
    {
        try
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            return string.IsNullOrWhiteSpace(text)
                ? null
                : JsonSerializer.Deserialize(text, DiscordJsonContext.Default.JsonError);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static DiscordException Failure(string route, HttpStatusCode status, JsonError? error)
    {
        var detail = error?.Message is { Length: > 0 } message ? $": {message}" : "";
        var code = error?.Code is { } c ? $" (Discord error {c})" : "";
        return status switch
        {
            HttpStatusCode.Unauthorized => new DiscordException(
                $"Discord rejected the token (401 Unauthorized) on {route}: check Discord:Token{detail}"
            )
            {
                StatusCode = 401,
                ErrorCode = error?.Code,
                IsFatal = true,
            },
            HttpStatusCode.Forbidden => new DiscordException(
                $"Discord refused {route} (403 Forbidden){code}: the bot lacks a permission or scope for it{detail}"
            )
            {
                StatusCode = 403,
                ErrorCode = error?.Code,
            },
            _ => new DiscordException($"Discord answered {(int)status} to {route}{code}{detail}")
            {
                StatusCode = (int)status,
                ErrorCode = error?.Code,
            },
        };
    }
}
