using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using NewsBot.Core.Indexing;
using NewsBot.Discord;

namespace NewsBot.Hosting;

/// <summary>
/// <c>GET /healthz</c>: the process lives and serves HTTP (no check runs). <c>GET /readyz</c>: the index is
/// loaded, the sentence model warm and Discord ready (the gateway connected, or the interactions endpoint logged in); 503 with
/// the reasons otherwise. Both answer plain text: <c>Healthy</c>, or <c>Unhealthy</c> and one line per
/// failing check.
/// </summary>
public static class HealthEndpoints
{
    public const string LivePath = "/healthz";
    public const string ReadyPath = "/readyz";

    public static IServiceCollection AddNewsBotHealth(this IServiceCollection services)
    {
        string[] tags = [DiscordServiceCollectionExtensions.ReadinessTag];
        services
            .AddHealthChecks()
            .Add(
                new HealthCheckRegistration(
                    "index",
                    sp => new ReadinessCondition(
                        () => sp.GetRequiredService<IndexStore>().IsOpen,
                        "the index is not loaded yet"
                    ),
                    failureStatus: null,
                    tags
                )
            )
            .Add(
                new HealthCheckRegistration(
                    "sentence-model",
                    sp => new ReadinessCondition(
                        () => sp.GetRequiredService<SentenceModelWarmup>().IsWarm,
                        SentenceModelWarmup.Loading
                    ),
                    failureStatus: null,
                    tags
                )
            );
        return services;
    }

    public static IEndpointRouteBuilder MapNewsBotHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(
            LivePath,
            new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync }
        );
        endpoints.MapHealthChecks(
            ReadyPath,
            new HealthCheckOptions
            {
                Predicate = check =>
                    check.Tags.Contains(DiscordServiceCollectionExtensions.ReadinessTag),
                ResponseWriter = WriteAsync,
            }
        );
        return endpoints;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        var failing = report
            .Entries.Where(e => e.Value.Status != HealthStatus.Healthy)
            .Select(e => $"\n{e.Key}: {e.Value.Description}");
        return context.Response.WriteAsync(
            report.Status + string.Concat(failing) + "\n",
            context.RequestAborted
        );
    }
}
