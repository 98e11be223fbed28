using Microsoft.Extensions.Configuration;

namespace NewsBot.Hosting;

/// <summary>
/// Configuration from appsettings.json beside the program, then environment variables (<c>NewsBot__IndexPath</c>,
/// <c>Discord__Token</c>); <c>DISCORD_TOKEN</c> is read as the token fallback by the Discord options.
/// </summary>
public static class NewsBotConfiguration
{
    public static IConfigurationRoot Build() =>
        new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
}
