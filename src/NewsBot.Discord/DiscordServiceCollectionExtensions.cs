using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Commands;
using NewsBot.Discord.Gateway;
using NewsBot.Discord.Hosting;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord;

/// <summary>How the host puts NewsBot on Discord.</summary>
public static class DiscordServiceCollectionExtensions
{
    /// <summary>The environment variable (as a configuration key) also accepted for the token.</summary>
    public const string TokenVariable = "DISCORD_TOKEN";

    /// <summary>True when a token is configured (<c>Discord:Token</c> or <c>DISCORD_TOKEN</c>): run the bot, not the console.</summary>
    public static bool HasDiscordToken(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(
            configuration[$"{DiscordOptions.SectionName}:{nameof(DiscordOptions.Token)}"]
        ) || !string.IsNullOrWhiteSpace(configuration[TokenVariable]);

    /// <summary>The error that stopped the bot (a rejected token, an unreachable Discord), or null when it did not fail.</summary>
    public static string? DiscordBotFailure(this IServiceProvider services) =>
        services.GetService<DiscordBotService>()?.FailureMessage;

    /// <summary>
    /// Binds and validates <see cref="DiscordOptions"/> from the <c>Discord</c> section (at start), and registers
    /// the REST client, the gateway client, the interaction dispatcher and the hosted service that runs the bot.
    /// The host must register <c>IAnswerService</c> and <c>IIndexRefresher</c>.
    /// </summary>
    public static IServiceCollection AddNewsBotDiscord(
        this IServiceCollection services,
        IConfiguration configuration
    )
    {
        services
            .AddOptions<DiscordOptions>()
            .Bind(configuration.GetSection(DiscordOptions.SectionName))
            .PostConfigure(options =>
            {
                if (
                    string.IsNullOrWhiteSpace(options.Token)
                    && configuration[TokenVariable] is { Length: > 0 } token
                )
                    options.Token = token;
                options.Token = options.Token.Trim();
            })
            .ValidateOnStart();
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>()
        );

        services.TryAddSingleton(TimeProvider.System);
        services
            .AddHttpClient(DiscordRestClient.HttpClientName)
            // The factory's default logs would print interaction tokens, which are part of the URLs.
            .RemoveAllLoggers()
            .ConfigureHttpClient(
                (provider, client) =>
                    DiscordRestClient.Configure(
                        client,
                        provider.GetRequiredService<IOptions<DiscordOptions>>().Value
                    )
            );
        services.TryAddSingleton<RestRateLimiter>();
        services.TryAddSingleton<DiscordRestClient>();

        services.TryAddSingleton<CommandRegistrar>();
        services.TryAddEnumerable([
            ServiceDescriptor.Singleton<ISlashCommand, WhoSaidCommand>(),
            ServiceDescriptor.Singleton<ISlashCommand, QuotesCommand>(),
            ServiceDescriptor.Singleton<ISlashCommand, FigureCommand>(),
            ServiceDescriptor.Singleton<ISlashCommand, CompareCommand>(),
            ServiceDescriptor.Singleton<ISlashCommand, SearchCommand>(),
            ServiceDescriptor.Singleton<ISlashCommand, SourcesCommand>(),
            ServiceDescriptor.Singleton<ISlashCommand, ReindexCommand>(),
            ServiceDescriptor.Singleton<ISlashCommand, HelpCommand>(),
        ]);
        services.TryAddSingleton(new InteractionSettings());
        services.TryAddSingleton<IInteractionResponder, RestInteractionResponder>();
        services.TryAddSingleton<InteractionDispatcher>();

        services.TryAddSingleton(new GatewaySettings());
        services.TryAddSingleton<GatewayClient>();

        services.TryAddSingleton<ExitCodeSink>();
        services.TryAddSingleton<DiscordBotService>();
        services.AddHostedService(provider => provider.GetRequiredService<DiscordBotService>());
        return services;
    }
}
