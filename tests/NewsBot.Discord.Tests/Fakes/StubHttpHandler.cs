using System.Net;
using System.Text;

namespace NewsBot.Discord.Tests.Fakes;

/// <summary>Answers HTTP requests from a script of responses, recording the requests.</summary>
internal sealed class StubHttpHandler(params Func<HttpResponseMessage>[] responses)
    : HttpMessageHandler
{
    private int _next;

    public List<HttpRequestMessage> Requests { get; } = [];

    public static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    protected override Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request,
        CancellationToken cancellationToken
    )
    {
        Requests.Add(request);
        var index = Math.Min(_next++, responses.Length - 1);
        return Task.FromResult(responses[index]());
    }
}

internal sealed class StubHttpClientFactory(HttpMessageHandler handler, DiscordOptions options)
    : IHttpClientFactory
{
    public HttpClient CreateClient(string name)
    {
        var client = new HttpClient(handler, disposeHandler: false);
        NewsBot.Discord.Rest.DiscordRestClient.Configure(client, options);
        return client;
    }
}
