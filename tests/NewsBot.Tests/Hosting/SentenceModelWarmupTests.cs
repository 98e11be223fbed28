using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Hosting;

namespace NewsBot.Tests.Hosting;

public sealed class SentenceModelWarmupTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Starts_without_waiting_for_the_model_and_is_ready_once_it_has_encoded_a_sentence()
    {
        using var model = new GatedSentenceEmbedder(loads: true);
        using var warmup = new SentenceModelWarmup(
            model,
            TimeProvider.System,
            NullLogger<SentenceModelWarmup>.Instance
        );

        await warmup.StartAsync(CancellationToken.None);
        var whileLoading = await ReadinessAsync(warmup);
        model.Open();
        await warmup.Warm.WaitAsync(Patience);
        var afterwards = await ReadinessAsync(warmup);

        Assert.Equal(HealthStatus.Unhealthy, whileLoading.Status);
        Assert.Equal("the sentence model is loading", whileLoading.Description);
        Assert.Equal(HealthStatus.Healthy, afterwards.Status);
        Assert.Equal(1, model.Calls);
        await warmup.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Is_ready_when_the_model_cannot_load_since_who_said_then_answers_by_words()
    {
        using var model = new GatedSentenceEmbedder(loads: false);
        model.Open();
        using var warmup = new SentenceModelWarmup(
            model,
            TimeProvider.System,
            NullLogger<SentenceModelWarmup>.Instance
        );

        await warmup.StartAsync(CancellationToken.None);
        await warmup.Warm.WaitAsync(Patience);

        Assert.Equal(HealthStatus.Healthy, (await ReadinessAsync(warmup)).Status);
        await warmup.StopAsync(CancellationToken.None);
    }

    private static Task<HealthCheckResult> ReadinessAsync(SentenceModelWarmup warmup) =>
        new ReadinessCondition(() => warmup.IsWarm, SentenceModelWarmup.Loading).CheckHealthAsync(
            new HealthCheckContext
            {
                Registration = new HealthCheckRegistration(
                    "sentence-model",
                    _ => null!,
                    HealthStatus.Unhealthy,
                    null
                ),
            }
        );
}
