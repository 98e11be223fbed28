using System.CommandLine;
using System.Globalization;
using NewsBot.Hosting;

namespace NewsBot.Cli;

/// <summary>
/// <c>newsbot health [--url …]</c>: asks a running bot's <c>/readyz</c> and exits 0 when it is ready, 2 with
/// the reason otherwise. The runtime image has no curl: its <c>HEALTHCHECK</c> runs this instead.
/// </summary>
public sealed partial class CommandLineApp
{
    /// <summary>Kestrel's address when <c>Urls</c> is not set.</summary>
    public const string DefaultReadyUrl = "http://localhost:5000" + HealthEndpoints.ReadyPath;

    private static readonly TimeSpan s_healthTimeout = TimeSpan.FromSeconds(5);

    private Command HealthCommand()
    {
        var url = new Option<string>("--url")
        {
            Description = $"The readiness address of the running bot (default: {DefaultReadyUrl})",
            DefaultValueFactory = _ => DefaultReadyUrl,
        };
        var command = new Command("health", "Ask a running bot whether it is ready (GET /readyz)")
        {
            url,
        };
        command.SetAction(
            (parse, cancellationToken) => ReadyAsync(parse.GetValue(url)!, cancellationToken)
        );
        return command;
    }

    private async Task<int> ReadyAsync(string url, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = s_healthTimeout };
        try
        {
            using var response = await http.GetAsync(url, cancellationToken);
            var body = (await response.Content.ReadAsStringAsync(cancellationToken)).Trim();
            if (response.IsSuccessStatusCode)
            {
                await output.WriteLineAsync(body);
                return ExitOk;
            }
            await error.WriteLineAsync(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{Program} health: {(int)response.StatusCode} {body.ReplaceLineEndings("; ")}"
                )
            );
        }
        catch (Exception e)
            when (e is HttpRequestException or TaskCanceledException or InvalidOperationException)
        {
            await error.WriteLineAsync($"{Program} health: {url} did not answer ({e.Message})");
        }
        return ExitFailure;
    }
}
