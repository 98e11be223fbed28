using Microsoft.Extensions.Configuration;
using NewsBot.Cli;
using NewsBot.Hosting;

var configuration = NewsBotConfiguration.Build();
if (
    args.Length == 0
    && NewsBot.Discord.DiscordServiceCollectionExtensions.HasDiscordToken(configuration)
)
{
    return await BotHost.RunAsync(args);
}
var options =
    configuration.GetSection(NewsBotOptions.Section).Get<NewsBotOptions>() ?? new NewsBotOptions();

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

var app = new CommandLineApp(options, Console.In, Console.Out, Console.Error);
if (args.Length == 0)
{
    return await app.RunConsoleAsync(cancellation.Token);
}
return await app.RunAsync(args, cancellation.Token);
