using Discord;
using Discord.Interactions;
using Discord.Net.Rest;
using Discord.Rest;
using Discord.WebSocket;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Gaps;
using NewsBot.Core.Library;
using NewsBot.Core.Telemetry;
using NewsBot.Discord.Commands;
using NewsBot.Discord.Hosting;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Modules;

namespace NewsBot.Discord;

/// <summary>How the host puts NewsBot on Discord.</summary>
public static class DiscordServiceCollectionExtensions
{
    /// <summary>The environment variable (as a configuration key) also accepted for the token.</summary>
    public const string TokenVariable = "DISCORD_TOKEN";

    /// <summary>The tag of the health checks that <c>/readyz</c> runs.</summary>
    public const string ReadinessTag = "ready";

    /// <summary>True when a token is configured (<c>Discord:Token</c> or <c>DISCORD_TOKEN</c>): run the bot, not the console.</summary>
    public static bool HasDiscordToken(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(
            configuration[$"{DiscordOptions.SectionName}:{nameof(DiscordOptions.Token)}"]
        ) || !string.IsNullOrWhiteSpace(configuration[TokenVariable]);

    /// <summary>The transport configured in <c>Discord:Transport</c> (gateway when absent or unreadable).</summary>
    public static DiscordTransport Transport(IConfiguration configuration) =>
        Enum.TryParse<DiscordTransport>(
            configuration[$"{DiscordOptions.SectionName}:{nameof(DiscordOptions.Transport)}"],
            ignoreCase: true,
            out var transport
        )
            ? transport
            : DiscordTransport.Gateway;

    /// <summary>
    /// What is wrong with the <c>Discord</c> settings, one message each, checked before the host is built so
    /// that a bad setting stops NewsBot with one line rather than the host's logged failure. The scalar
    /// settings must be readable as their types (checked first by the host).
    /// </summary>
    public static IReadOnlyList<string> ValidateDiscordOptions(IConfiguration configuration)
    {
        var options =
            configuration.GetSection(DiscordOptions.SectionName).Get<DiscordOptions>()
            ?? new DiscordOptions();
        ReadEnvironmentForms(options, configuration);
        var result = new DiscordOptionsValidator().Validate(null, options);
        return result.Failed ? [.. result.Failures] : [];
    }

    /// <summary>
    /// The token from <c>Discord:Token</c>, else from <c>DISCORD_TOKEN</c>, trimmed; and the moderator roles
    /// given as one value (<c>Discord__ModeratorRoleIds=&lt;id&gt;[,&lt;id&gt;]</c>) beside the list form
    /// (<c>Discord:ModeratorRoleIds:0</c>, …), validated with them.
    /// </summary>
    private static void ReadEnvironmentForms(DiscordOptions options, IConfiguration configuration)
    {
        if (
            string.IsNullOrWhiteSpace(options.Token)
            && configuration[TokenVariable] is { Length: > 0 } token
        )
        {
            options.Token = token;
        }
        options.Token = options.Token.Trim();
        if (
            configuration[
                $"{DiscordOptions.SectionName}:{nameof(DiscordOptions.ModeratorRoleIds)}"
            ] is
            { Length: > 0 } single
        )
        {
            options.ModeratorRoleIds = [.. options.ModeratorRoleIds, single];
        }
    }

    /// <summary>The error that stopped the bot (a rejected token, an unreachable Discord), or null when it did not fail.</summary>
    public static string? DiscordBotFailure(this IServiceProvider services) =>
        (
            (BotService?)services.GetService<DiscordBotService>()
            ?? services.GetService<HttpBotService>()
        )?.FailureMessage;

    /// <summary>
    /// Binds and validates <see cref="DiscordOptions"/> from the <c>Discord</c> section (at start), and
    /// registers Discord.Net's client for the configured transport, the interaction modules, the
    /// dispatcher and the hosted service that runs the bot. The host must register <c>IAnswerService</c>
    /// and <c>IIndexRefresher</c>, <c>IArticleLibrary</c> for <c>/add-article</c> to work and <c>ICoverageGaps</c> for <c>/coverage-gaps</c>; for the <c>http</c> transport it also maps
    /// <see cref="HttpInteractionsEndpoint.MapNewsBotInteractions"/>.
    /// </summary>
    public static IServiceCollection AddNewsBotDiscord(
        this IServiceCollection services,
        IConfiguration configuration
    )
    {
        services
            .AddOptions<DiscordOptions>()
            .Bind(configuration.GetSection(DiscordOptions.SectionName))
            .PostConfigure(options => ReadEnvironmentForms(options, configuration))
            .ValidateOnStart();
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>()
        );

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<NewsBotMetrics>();
        services.TryAddSingleton(new InteractionSettings());
        services.TryAddSingleton<CommandRegistrar>();
        services.TryAddSingleton<InteractionDispatcher>();
        services.TryAddSingleton<ExitCodeSink>();
        services.TryAddSingleton<IArticleLibrary, UnavailableArticleLibrary>();
        services.TryAddSingleton<ICoverageGaps, UnrecordedCoverageGaps>();
        services.AddHealthChecks().AddCheck<DiscordReadinessCheck>("discord", tags: [ReadinessTag]);

        if (Transport(configuration) == DiscordTransport.Http)
        {
            services.TryAddSingleton(provider => new DiscordRestClient(
                new DiscordRestConfig
                {
                    RestClientProvider = RestClient(provider),
                    // The interaction carries what the modules need; the moderators' commands alone fetch
                    // their guild (HttpInteractionsEndpoint).
                    APIOnRestInteractionCreation = false,
                    ResponseInternalTimeCheck = false,
                    LogLevel = LogSeverity.Info,
                }
            ));
            services.TryAddSingleton(provider =>
                Interactions(provider.GetRequiredService<DiscordRestClient>())
            );
            services.TryAddSingleton(provider => new InteractionSignature(
                provider.GetRequiredService<IOptions<DiscordOptions>>().Value.PublicKey ?? ""
            ));
            services.TryAddSingleton<InteractionReplayGuard>();
            services.TryAddSingleton<HttpBotService>();
            services.AddHostedService(provider => provider.GetRequiredService<HttpBotService>());
            return services;
        }

        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<DiscordOptions>>().Value;
            return new DiscordSocketClient(
                new DiscordSocketConfig
                {
                    RestClientProvider = RestClient(provider),
                    // Guilds only (not privileged): their roles say who may manage the server.
                    GatewayIntents = GatewayIntents.Guilds,
                    ShardId = options.ShardId,
                    TotalShards = options.ShardCount,
                    LogLevel = LogSeverity.Info,
                    LogGatewayIntentWarnings = false,
                    ResponseInternalTimeCheck = false,
                }
            );
        });
        services.TryAddSingleton(provider =>
            Interactions(provider.GetRequiredService<DiscordSocketClient>().Rest)
        );
        services.TryAddSingleton<DiscordBotService>();
        services.AddHostedService(provider => provider.GetRequiredService<DiscordBotService>());
        return services;
    }

    // ResponseInternalTimeCheck is off on both clients: the dispatcher keeps each interaction's deadline
    // on its own clock (TimeProvider) and defers in time; Discord.Net's check reads the machine's clock
    // against the snowflake and would drop, unsent, an answer Discord may still take. Discord is the judge
    // of lateness (10062), and InteractionReply logs its verdict.

    /// <summary>Discord.Net's REST client on <c>Discord:ApiBaseUrl</c> (its own base URL cannot be changed).</summary>
    private static RestClientProvider RestClient(IServiceProvider provider)
    {
        var baseUrl =
            provider.GetRequiredService<IOptions<DiscordOptions>>().Value.ApiBaseUrl.TrimEnd('/')
            + "/";
        return _ => DefaultRestClientProvider.Instance(baseUrl);
    }

    private static InteractionService Interactions(DiscordRestClient rest) =>
        new(
            rest,
            new InteractionServiceConfig
            {
                // The dispatcher runs each interaction on its own workers and awaits it.
                DefaultRunMode = RunMode.Sync,
                AutoServiceScopes = false,
                ThrowOnError = false,
                LogLevel = LogSeverity.Warning,
                RestResponseCallback = (context, json) =>
                    context is NewsBotInteractionContext newsBot
                        ? newsBot.Reply.WriteHttpCallbackAsync(json)
                        : Task.CompletedTask,
            }
        );
}
