using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NewsBot.Hosting;

/// <summary>One line of <c>/readyz</c>: ready while <paramref name="isReady"/> holds, else the reason given.</summary>
internal sealed class ReadinessCondition(Func<bool> isReady, string notReady) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context,
        CancellationToken cancellationToken = default
    ) =>
        Task.FromResult(
            isReady()
                ? HealthCheckResult.Healthy()
                : new HealthCheckResult(context.Registration.FailureStatus, notReady)
        );
}
