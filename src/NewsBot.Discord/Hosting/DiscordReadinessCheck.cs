using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NewsBot.Discord.Hosting;

/// <summary>
/// What <c>/readyz</c> says of Discord: on the gateway, that the connection is up with a session (it is
/// not while Discord.Net reconnects or resumes); on the HTTP transport, that the bot is logged in and
/// <c>POST /interactions</c> takes interactions.
/// </summary>
internal sealed class DiscordReadinessCheck(IServiceProvider services) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context,
        CancellationToken cancellationToken = default
    ) =>
        Task.FromResult(
            Reason() is { } reason
                ? new HealthCheckResult(context.Registration.FailureStatus, reason)
                : HealthCheckResult.Healthy()
        );

    private string? Reason() =>
        services.GetService<DiscordBotService>() is { } gateway
            ? gateway.IsConnected
                ? null
                : "the Discord gateway is not connected"
            : services.GetService<HttpBotService>() is { IsReady: false }
                ? "the interactions endpoint is not ready: not logged in to Discord yet"
                : null;
}
