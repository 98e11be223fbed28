using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace NewsBot.Testing.News;

/// <summary>
/// A news site on 127.0.0.1 for the tests of <c>/add-article</c>: each path serves a page, a redirect,
/// a body of some size or type, or nothing at all until the site stops (a server that never answers).
/// </summary>
public sealed class NewsSite : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> _paths = new(
        StringComparer.Ordinal
    );
    private readonly CancellationTokenSource _stopping = new();
    private int _requests;

    private NewsSite(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    /// <summary>Requests received so far, answered or not.</summary>
    public int Requests => Volatile.Read(ref _requests);

    public static async Task<NewsSite> StartAsync()
    {
        var app = Loopback.Create();
        var site = new NewsSite(app);
        app.Run(site.AnswerAsync);
        await app.StartAsync();
        site.BaseUrl = Loopback.BaseUrl(app);
        return site;
    }

    public string Url(string path) => BaseUrl + path;

    /// <summary>Serves <paramref name="body"/> at <paramref name="path"/> as <paramref name="contentType"/>.</summary>
    public string Serve(
        string path,
        string body,
        string contentType = "text/html; charset=utf-8"
    ) => ServeBytes(path, Encoding.UTF8.GetBytes(body), contentType);

    /// <summary>Serves <paramref name="bytes"/> at <paramref name="path"/> as <paramref name="contentType"/>.</summary>
    public string ServeBytes(string path, byte[] bytes, string contentType)
    {
        _paths[path] = async context =>
        {
            context.Response.ContentType = contentType;
            context.Response.ContentLength = bytes.Length;
            await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
        };
        return Url(path);
    }

    /// <summary>Serves <paramref name="bytes"/> bytes of HTML without saying how many in advance (chunked).</summary>
    public string ServeUnannounced(string path, int bytes)
    {
        _paths[path] = async context =>
        {
            context.Response.ContentType = "text/html";
            var chunk = Encoding.ASCII.GetBytes(new string('x', 64 * 1024));
            for (var sent = 0; sent < bytes; sent += chunk.Length)
            {
                await context.Response.Body.WriteAsync(
                    chunk.AsMemory(0, Math.Min(chunk.Length, bytes - sent)),
                    context.RequestAborted
                );
            }
        };
        return Url(path);
    }

    /// <summary>Redirects <paramref name="path"/> to <paramref name="location"/> (a path of this site or a full link).</summary>
    public string Redirect(string path, string location, int status = 302)
    {
        _paths[path] = context =>
        {
            context.Response.StatusCode = status;
            context.Response.Headers.Location = location;
            return Task.CompletedTask;
        };
        return Url(path);
    }

    /// <summary>Takes the request at <paramref name="path"/> and never answers it.</summary>
    public string Hang(string path)
    {
        _paths[path] = async context =>
        {
            using var both = CancellationTokenSource.CreateLinkedTokenSource(
                context.RequestAborted,
                _stopping.Token
            );
            try
            {
                await Task.Delay(Timeout.Infinite, both.Token);
            }
            catch (OperationCanceledException) { }
        };
        return Url(path);
    }

    private async Task AnswerAsync(HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        if (_paths.TryGetValue(context.Request.Path.Value ?? "", out var answer))
        {
            await answer(context);
            return;
        }
        context.Response.StatusCode = 404;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }
}
