using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Telemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace NewsBot.Hosting;

/// <summary>
/// NewsBot's metrics (<see cref="NewsBotMetrics"/>) exported with OpenTelemetry: <c>GET /metrics</c> in
/// Prometheus' text format on the host's listener, and pushed over OTLP when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (the exporter reads the other <c>OTEL_EXPORTER_OTLP_*</c>
/// variables itself).
/// </summary>
public static class MetricsExport
{
    public const string Path = "/metrics";
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string ServiceName = "newsbot";

    public static IServiceCollection AddNewsBotMetricsExport(
        this IServiceCollection services,
        IConfiguration configuration
    )
    {
        var otlp = !string.IsNullOrWhiteSpace(configuration[OtlpEndpointVariable]);
        services
            .AddOpenTelemetry()
            .ConfigureResource(resource =>
                resource.AddService(
                    ServiceName,
                    serviceVersion: typeof(MetricsExport).Assembly.GetName().Version?.ToString()
                )
            )
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(NewsBotMetrics.MeterName);
                // Every scrape reads the instruments afresh: scrapes come seconds apart, and a cached
                // answer would hide the answer just given.
                metrics.AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0);
                if (otlp)
                {
                    metrics.AddOtlpExporter();
                }
            });
        return services;
    }

    public static IEndpointRouteBuilder MapNewsBotMetrics(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPrometheusScrapingEndpoint(Path);
        return endpoints;
    }
}
