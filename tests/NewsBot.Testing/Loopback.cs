using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace NewsBot.Testing;

/// <summary>The small web servers the tests start: on 127.0.0.1, at a port the system picks, logging nothing.</summary>
public static class Loopback
{
    public static WebApplication Create()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        return builder.Build();
    }

    /// <summary>Where a started server (or host listening on <c>Urls</c>) listens, without a trailing slash: <c>http://127.0.0.1:41234</c>.</summary>
    public static string BaseUrl(IHost host) =>
        host
            .Services.GetRequiredService<IServer>()
            .Features.Get<IServerAddressesFeature>()!
            .Addresses.First()
            .TrimEnd('/');
}
