using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NewsBot.Hosting;

/// <summary>What <c>/readyz</c> says of the sentence model: warm, or still loading.</summary>
internal sealed class SentenceModelReadinessCheck(SentenceModelWarmup warmup) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context,
        CancellationToken cancellationToken = default
    ) =>
        Task.FromResult(
            warmup.IsWarm
                ? HealthCheckResult.Healthy()
                : new HealthCheckResult(
                    context.Registration.FailureStatus,
                    "the sentence model is loading"
                )
        );
}
