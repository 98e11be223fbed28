using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Answers;
using NewsBot.Core.Gaps;
using NewsBot.Core.Indexing;
using NewsBot.Core.Library;
using NewsBot.Core.Meaning;
using NewsBot.Core.Telemetry;
using NewsBot.Discord;
using NewsBot.Discord.Hosting;

namespace NewsBot.Hosting;

/// <summary>
/// The bot as a Generic Host: the index opens (or builds) first, then the Discord bot connects and
/// answers slash commands; the articles folder is watched for changes. Ctrl-C closes the gateway cleanly.
/// The host is an ASP.NET Core application listening where <c>Urls</c> (<c>ASPNETCORE_URLS</c>) says, for
/// <c>/healthz</c>, <c>/readyz</c> and <c>/metrics</c> on both transports; with <c>Discord:Transport = http</c> it also serves
/// <c>POST /interactions</c>, with no gateway connection.
/// </summary>
public static class BotHost
{
    public static IHost Build(string[] args)
    {
        var web = WebApplication.CreateBuilder(
            new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory }
        );
        AddNewsBotCore(web.Services, web.Configuration);
        web.Services.AddNewsBotDiscord(web.Configuration);
        web.Services.AddNewsBotHealth();
        web.Services.AddNewsBotMetricsExport(web.Configuration);
        var app = web.Build();
        // Both transports listen on Urls: the gateway for health and metrics, the http transport for Discord too.
        app.MapNewsBotHealth();
        app.MapNewsBotMetrics();
        if (
            DiscordServiceCollectionExtensions.Transport(app.Configuration) == DiscordTransport.Http
        )
        {
            app.MapNewsBotInteractions();
        }
        return app;
    }

    /// <summary>Registers the index, the answer service, the article library, the coverage gaps and the index's hosted service.</summary>
    public static IServiceCollection AddNewsBotCore(
        IServiceCollection services,
        IConfiguration configuration
    )
    {
        services.AddSingleton(TimeProvider.System);
        services.TryAddSingleton<NewsBotMetrics>();
        services
            .AddOptions<NewsBotOptions>()
            .Bind(configuration.GetSection(NewsBotOptions.Section))
            .Validate(
                o => o.ToIndexOptions().Validate().Count == 0,
                "NewsBot options are invalid: set NewsBot:ArticlesPath and NewsBot:IndexPath."
            )
            .Validate(
                o => o.FetchMaxBytes > 0 && o.FetchTimeout > TimeSpan.Zero,
                "NewsBot:FetchMaxBytes and NewsBot:FetchTimeout must be positive."
            )
            .Validate(o => o.GapsDays > 0, "NewsBot:GapsDays must be a positive number of days.")
            .ValidateOnStart();
        services.AddSingleton(sp => new IndexStore(
            sp.GetRequiredService<IOptions<NewsBotOptions>>().Value.ToIndexOptions(),
            sp.GetRequiredService<ILogger<IndexStore>>(),
            sp.GetRequiredService<NewsBotMetrics>()
        ));
        services.AddSingleton<IIndexRefresher>(sp => sp.GetRequiredService<IndexStore>());
        // Loaded and warmed at start off the start path (SentenceModelWarmup), disposed with the host.
        services.AddSingleton(sp => new MiniLmSentenceEmbedder(
            sp.GetRequiredService<ILogger<MiniLmSentenceEmbedder>>()
        ));
        services.AddSingleton(sp => new SentenceModelWarmup(
            sp.GetRequiredService<MiniLmSentenceEmbedder>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<SentenceModelWarmup>>()
        ));
        services.AddHostedService(sp => sp.GetRequiredService<SentenceModelWarmup>());
        services.AddSingleton<IAnswerService>(sp => new AnswerService(
            sp.GetRequiredService<IndexStore>(),
            sp.GetRequiredService<MiniLmSentenceEmbedder>()
        ));
        services.AddSingleton(sp => new ArticleFetcher(
            sp.GetRequiredService<IOptions<NewsBotOptions>>().Value.ToFetchOptions(),
            sp.GetRequiredService<TimeProvider>()
        ));
        services.AddSingleton<IArticleLibrary>(sp => new ArticleLibrary(
            sp.GetRequiredService<IndexStore>().Options,
            sp.GetRequiredService<ArticleFetcher>(),
            sp.GetRequiredService<IIndexRefresher>(),
            sp.GetRequiredService<IAnswerService>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<ArticleLibrary>>()
        ));
        services.AddSingleton<ICoverageGaps>(sp =>
            CoverageGapsFile.Open(
                sp.GetRequiredService<IndexStore>().Options.IndexPath,
                sp.GetRequiredService<IOptions<NewsBotOptions>>().Value.GapsDays,
                sp.GetRequiredService<IAnswerService>(),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<CoverageGaps>>()
            )
        );
        services.AddHostedService<IndexHostedService>();
        return services;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            using var host = Build(args);
            // Not RunAsync: it disposes the host, and the bot's failure is read from it afterwards.
            await host.StartAsync();
            await host.WaitForShutdownAsync();
            if (host.Services.DiscordBotFailure() is { } failure)
            {
                // One line an operator reads without the logs: what stopped the bot and what to check.
                await Console.Error.WriteLineAsync($"newsbot: {failure}");
            }
            return Environment.ExitCode;
        }
        catch (OptionsValidationException e)
        {
            await Console.Error.WriteLineAsync(
                $"newsbot: the configuration is invalid: {string.Join(" ", e.Failures)}"
            );
            return 2;
        }
        catch (IOException e)
        {
            // Kestrel could not listen (the port was taken after the settings were checked): one line naming
            // the setting to change.
            await Console.Error.WriteLineAsync(
                $"newsbot: {e.Message} Set Urls (ASPNETCORE_URLS) to a free address."
            );
            return 2;
        }
        catch (Core.NewsBotException e)
        {
            await Console.Error.WriteLineAsync($"newsbot: {e.Message}");
            return 2;
        }
    }
}
