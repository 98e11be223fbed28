using System.Text.Json;
using Discord.Rest;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Core.Commands;
using NewsBot.Discord.Interactions;

namespace NewsBot.Discord.Hosting;

/// <summary>
/// <c>POST /interactions</c>: Discord sends each interaction as an HTTP request and takes the first
/// answer as the response. A request without a valid Ed25519 signature is refused with 401 before
/// anything else is read or done; PING is answered with PONG; every other interaction goes to the
/// same dispatcher and modules as on the gateway. The endpoint keeps no state between requests, so
/// several replicas can serve it behind a load balancer.
/// https://discord.com/developers/docs/interactions/overview#configuring-an-interactions-endpoint-url
/// </summary>
public static class HttpInteractionsEndpoint
{
    public const string Path = "/interactions";

    /// <summary>Interactions are small; a larger body is not Discord's.</summary>
    private const int MaxBodyBytes = 1 << 20;

    public static IEndpointConventionBuilder MapNewsBotInteractions(
        this IEndpointRouteBuilder endpoints
    ) => endpoints.MapPost(Path, HandleAsync);

    private static async Task HandleAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var signature = context.Request.Headers["X-Signature-Ed25519"].ToString();
        var timestamp = context.Request.Headers["X-Signature-Timestamp"].ToString();
        if (!InteractionSignature.IsWellFormed(signature, timestamp))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        var body = await ReadBodyAsync(context.Request, context.RequestAborted);
        if (
            body is null
            || !services
                .GetRequiredService<InteractionSignature>()
                .IsValid(signature, timestamp, body)
        )
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        if (!services.GetRequiredService<InteractionReplayGuard>().Admit(signature, timestamp))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        if (!IsInteraction(body))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        var bot = services.GetRequiredService<HttpBotService>();
        if (!bot.IsReady)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        var rest = services.GetRequiredService<DiscordRestClient>();
        RestInteraction interaction;
        try
        {
            interaction = await rest.ParseHttpInteractionAsync(
                services.GetRequiredService<IOptions<DiscordOptions>>().Value.PublicKey,
                signature,
                timestamp,
                body,
                // Only the moderators' commands need the guild (its roles say who may manage the server): one
                // REST call for those.
                properties => CommandCatalog.Find(properties.Name)?.IsForModerators == true
            );
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Signed but not an interaction Discord.Net can read (a command without its data): the
            // sender's fault, not the bot's, and Discord.Net throws whatever its reading ran into.
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        if (interaction is RestPingInteraction ping)
        {
            await WriteAsync(context, ping.AcknowledgePing());
            return;
        }
        var callback = new HttpCallback(context);
        services
            .GetRequiredService<InteractionDispatcher>()
            .Post(rest, interaction, callback.SendAsync);
        await callback.WaitAsync(context.RequestAborted);
    }

    /// <summary>
    /// Whether the body is a JSON object with an interaction type Discord defines (PING 1 to MODAL_SUBMIT 5).
    /// https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object-interaction-type
    /// </summary>
    private static bool IsInteraction(byte[] body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("type", out var type)
                && type.ValueKind == JsonValueKind.Number
                && type.TryGetInt32(out var value)
                && value is >= 1 and <= 5;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static async Task<byte[]?> ReadBodyAsync(
        HttpRequest request,
        CancellationToken cancellationToken
    )
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static async Task WriteAsync(HttpContext context, string json)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(json, context.RequestAborted);
        await context.Response.CompleteAsync();
    }

    /// <summary>
    /// The first answer of one HTTP interaction, written as the response; a later edit is sent only once
    /// the response is out, since Discord has no message to edit before.
    /// </summary>
    private sealed class HttpCallback(HttpContext context)
    {
        private static readonly TimeSpan s_patience = TimeSpan.FromSeconds(10);

        private readonly TaskCompletionSource<string> _body = new(
            TaskCreationOptions.RunContinuationsAsynchronously
        );
        private readonly TaskCompletionSource _written = new(
            TaskCreationOptions.RunContinuationsAsynchronously
        );

        public async Task SendAsync(string json)
        {
            if (!_body.TrySetResult(json))
            {
                throw new InvalidOperationException("This interaction was already answered.");
            }

            await _written.Task;
        }

        public async Task WaitAsync(CancellationToken cancellationToken)
        {
            try
            {
                // Discord waits 3 s for the first answer; the dispatcher always gives one before that.
                await WriteAsync(
                    context,
                    await _body.Task.WaitAsync(s_patience, cancellationToken)
                );
                _written.TrySetResult();
            }
            catch (Exception exception)
            {
                _written.TrySetException(exception);
                throw;
            }
        }
    }
}
