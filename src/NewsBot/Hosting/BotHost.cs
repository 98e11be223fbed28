using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Answers;
using NewsBot.Core.Indexing;
using NewsBot.Core.Library;
using NewsBot.Core.Meaning;
using NewsBot.Discord;
using NewsBot.Discord.Hosting;

namespace NewsBot.Hosting;

/// <summary>
/// The bot as a Generic Host: the index opens (or builds) first, then the Discord bot connects and
/// answers slash commands; the articles folder is watched for changes. Ctrl-C closes the gateway cleanly.
/// With <c>Discord:Transport = http</c> the host is an ASP.NET Core application serving
/// <c>POST /interactions</c> where <c>Urls</c> (<c>ASPNETCORE_URLS</c>) says, with no gateway connection.
/// </summary>
public static class BotHost
{
    public static IHost Build(string[] args)
    {
        var probe = new ConfigurationBuilder()
            .AddConfiguration(NewsBotConfiguration.Build())
            .AddCommandLine(args)
            .Build();
        if (DiscordServiceCollectionExtensions.Transport(probe) == DiscordTransport.Http)
        {
            var web = WebApplication.CreateBuilder(
                new WebApplicationOptions
                {
                    Args = args,
                    ContentRootPath = AppContext.BaseDirectory,
                }
            );
            var app = AddBot(web).Build();
            app.MapNewsBotInteractions();
            return app;
        }
        return AddBot(
                Host.CreateApplicationBuilder(
                    new HostApplicationBuilderSettings
                    {
                        Args = args,
                        ContentRootPath = AppContext.BaseDirectory,
                    }
                )
            )
            .Build();
    }

    private static TBuilder AddBot<TBuilder>(TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        AddNewsBotCore(builder.Services, builder.Configuration);
        builder.Services.AddNewsBotDiscord(builder.Configuration);
        return builder;
    }

    /// <summary>Registers the index, the answer service, the article library and the index's hosted service.</summary>
    public static IServiceCollection AddNewsBotCore(
        IServiceCollection services,
        IConfiguration configuration
    )
    {
        services.AddSingleton(TimeProvider.System);
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
            .ValidateOnStart();
        services.AddSingleton(sp => new IndexStore(
            sp.GetRequiredService<IOptions<NewsBotOptions>>().Value.ToIndexOptions(),
            sp.GetRequiredService<ILogger<IndexStore>>()
        ));
        services.AddSingleton<IIndexRefresher>(sp => sp.GetRequiredService<IndexStore>());
        // Loaded on the first who-said question that needs it, disposed with the host.
        services.AddSingleton(sp => new MiniLmSentenceEmbedder(
            sp.GetRequiredService<ILogger<MiniLmSentenceEmbedder>>()
        ));
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
        catch (Core.NewsBotException e)
        {
            await Console.Error.WriteLineAsync($"newsbot: {e.Message}");
            return 2;
        }
    }
}
