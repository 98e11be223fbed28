using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using NewsBot.Discord;

namespace NewsBot.Hosting;

/// <summary>
/// Every setting checked before anything starts, in the bot and the command line alike: a value that
/// cannot be read, or that can be read but means nothing NewsBot can use (an empty folder, a negative
/// timeout, a key that is not hex), gives one message naming the key and the value, so that NewsBot stops
/// with one line and exit code 2 instead of a stack trace from deep inside the host.
/// </summary>
public static class SettingsCheck
{
    /// <summary>What is wrong with the settings; empty when nothing is. <paramref name="runsBot"/>: the Discord settings count too.</summary>
    public static IReadOnlyList<string> Find(IConfiguration configuration, bool runsBot)
    {
        var section = configuration.GetSection(NewsBotOptions.Section);
        var errors = MalformedSettings
            .Find<NewsBotOptions>(section)
            .Concat(
                MalformedSettings.Find<DiscordOptions>(
                    configuration.GetSection(DiscordOptions.SectionName)
                )
            )
            .ToList();
        if (errors.Count > 0)
        {
            return errors;
        }
        var options = section.Get<NewsBotOptions>() ?? new NewsBotOptions();
        errors.AddRange(options.Problems());
        if (runsBot)
        {
            errors.AddRange(
                DiscordServiceCollectionExtensions.ValidateDiscordOptions(configuration)
            );
            if (
                DiscordServiceCollectionExtensions.Transport(configuration) == DiscordTransport.Http
            )
            {
                errors.AddRange(UrlProblems(configuration));
            }
        }
        return errors;
    }

    /// <summary>
    /// Where the <c>http</c> transport listens (<c>Urls</c>, or <c>ASPNETCORE_URLS</c>): each an http or https
    /// address, <c>*</c> and <c>+</c> standing for every interface as Kestrel reads them, on a port that is
    /// free (tried here, so that a port in use is one line rather than the host's logged failure to start).
    /// </summary>
    private static IEnumerable<string> UrlProblems(IConfiguration configuration)
    {
        var (key, value) = configuration["urls"] is { } urls
            ? ("Urls", urls)
            : ("ASPNETCORE_URLS", configuration["ASPNETCORE_URLS"]);
        if (value is null)
        {
            yield break;
        }
        foreach (var url in value.Split(';', StringSplitOptions.TrimEntries))
        {
            var readable = url.Replace("://*", "://localhost", StringComparison.Ordinal)
                .Replace("://+", "://localhost", StringComparison.Ordinal);
            if (
                !Uri.TryCreate(readable, UriKind.Absolute, out var uri)
                || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
                || uri.AbsolutePath != "/"
                || uri.Query.Length > 0
            )
            {
                yield return string.Create(
                    CultureInfo.InvariantCulture,
                    $"{key} is '{value}', which is not a list of addresses to listen on such as http://0.0.0.0:8080."
                );
                yield break;
            }
            if (CannotListen(uri) is { } why)
            {
                yield return string.Create(
                    CultureInfo.InvariantCulture,
                    $"{key} is '{value}', but NewsBot cannot listen on {uri.Authority}: {why}."
                );
                yield break;
            }
        }
    }

    /// <summary>Why a socket cannot be bound where Kestrel will bind one (a port in use, a port needing privileges); null when it can.</summary>
    private static string? CannotListen(Uri uri)
    {
        var port = uri.Port;
        var address =
            uri.Host == "localhost" ? IPAddress.Loopback
            : IPAddress.TryParse(uri.Host.Trim('[', ']'), out var literal) ? literal
            : IPAddress.Any;
        if (port == 0)
        {
            return null;
        }
        try
        {
            using var socket = new Socket(
                address.AddressFamily,
                SocketType.Stream,
                ProtocolType.Tcp
            );
            socket.Bind(new IPEndPoint(address, port));
            return null;
        }
        catch (SocketException e)
            when (e.SocketErrorCode
                    is SocketError.AddressAlreadyInUse
                        or SocketError.AccessDenied
                        or SocketError.AddressNotAvailable
            )
        {
            // Three of the platform's many socket errors, the ones the filter lets through.
            return e.SocketErrorCode == SocketError.AddressAlreadyInUse
                    ? "the port is in use by another program"
                : e.SocketErrorCode == SocketError.AccessDenied
                    ? "the port needs privileges NewsBot does not have"
                : "the address is not one of this machine's";
        }
    }
}
