using Discord;
using Discord.Interactions;
using Discord.Net;
using Discord.Rest;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Commands;
using NewsBot.Discord.Interactions;

namespace NewsBot.Discord.Hosting;

/// <summary>
/// The bot on the HTTP-interactions transport: logs in over REST (edits of deferred answers need the
/// token), registers the commands, and runs the dispatcher that <see cref="HttpInteractionsEndpoint"/>
/// posts to. No gateway connection: any number of replicas can answer.
/// </summary>
internal sealed partial class HttpBotService(
    DiscordRestClient rest,
    InteractionService interactions,
    InteractionDispatcher dispatcher,
    CommandRegistrar registrar,
    IOptions<DiscordOptions> options,
    IServiceProvider services,
    IHostApplicationLifetime lifetime,
    ExitCodeSink exitCode,
    ILoggerFactory loggers
) : BotService(lifetime, exitCode, loggers.CreateLogger<HttpBotService>())
{
    private volatile bool _isReady;

    /// <summary>True once the modules are loaded and the token is accepted: interactions are taken from then on.</summary>
    public bool IsReady => _isReady;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        rest.Log += DiscordLog.To(loggers.CreateLogger("NewsBot.Discord.Rest"));
        interactions.Log += DiscordLog.To(loggers.CreateLogger("NewsBot.Discord.Interactions"));
        await interactions.AddModulesAsync(typeof(HttpBotService).Assembly, services);
        try
        {
            await rest.LoginAsync(TokenType.Bot, options.Value.Token);
        }
        catch (Exception exception)
            when (Unreachable(exception, options.Value.ApiBaseUrl) is { } unreachable)
        {
            Stop(unreachable);
            return;
        }
        catch (HttpException exception)
        {
            Stop(DiscordFailure.Fatal(exception) ?? exception.Message);
            return;
        }
        await RegisterCommandsAsync(registrar, rest, stoppingToken);
        _isReady = true;
        Listening(loggers.CreateLogger<HttpBotService>(), HttpInteractionsEndpoint.Path);
        await dispatcher.RunAsync(stoppingToken);
    }

    [LoggerMessage(1210, LogLevel.Information, "Answering Discord's HTTP interactions at {Path}")]
    private static partial void Listening(ILogger logger, string path);
}
