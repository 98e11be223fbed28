using Microsoft.Extensions.Configuration;
using NewsBot.Cli;
using NewsBot.Discord;
using NewsBot.Hosting;

var configuration = NewsBotConfiguration.Build();
var runsBot = args.Length == 0 && DiscordServiceCollectionExtensions.HasDiscordToken(configuration);
var problems = SettingsCheck.Find(configuration, runsBot);
if (problems.Count > 0)
{
    await Console.Error.WriteLineAsync(
        $"newsbot: the configuration is invalid: {string.Join(" ", problems)}"
    );
    return CommandLineApp.ExitFailure;
}
if (runsBot)
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
