using Microsoft.Extensions.Configuration;

namespace NewsBot.Hosting;

/// <summary>
/// Configuration from appsettings.json beside the program, then environment variables (<c>NewsBot__IndexPath</c>,
/// <c>Discord__Token</c>), with <c>DISCORD_TOKEN</c> accepted as the token too.
/// </summary>
public static class NewsBotConfiguration
{
    public static IConfigurationRoot Build(string[] args)
    {
        var builder = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables();
        var token = Environment.GetEnvironmentVariable("DISCORD_TOKEN");
        if (!string.IsNullOrWhiteSpace(token))
        {
            builder.AddInMemoryCollection([new("Discord:Token", token)]);
        }
        return builder.Build();
    }
}
