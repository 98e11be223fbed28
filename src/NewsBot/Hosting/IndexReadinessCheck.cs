using Microsoft.Extensions.Diagnostics.HealthChecks;
using NewsBot.Core.Indexing;

namespace NewsBot.Hosting;

/// <summary>What <c>/readyz</c> says of the index: open and answering, or not loaded yet.</summary>
internal sealed class IndexReadinessCheck(IndexStore store) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context,
        CancellationToken cancellationToken = default
    ) =>
        Task.FromResult(
            store.IsOpen
                ? HealthCheckResult.Healthy()
                : new HealthCheckResult(
                    context.Registration.FailureStatus,
                    "the index is not loaded yet"
                )
        );
}
