using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using NewsBot.Discord.Gateway;

namespace NewsBot.Discord.Tests.Fakes;

/// <summary>A gateway connection the test speaks for: it pushes frames in and reads what the bot sent.</summary>
internal sealed class FakeGatewayConnection : IGatewayConnection
{
    private readonly Channel<GatewayFrame> _inbound = Channel.CreateUnbounded<GatewayFrame>();

    public Uri? Uri { get; private set; }

    public ConcurrentQueue<JsonObject> Sent { get; } = new();

    public int? ClosedWith { get; private set; }

    public Task ConnectAsync(Uri uri, CancellationToken cancellationToken)
    {
        Uri = uri;
        return Task.CompletedTask;
    }

    public void Push(string json) => _inbound.Writer.TryWrite(new GatewayFrame(json));

    public void PushClose(int? code) =>
        _inbound.Writer.TryWrite(new GatewayFrame(null, true, code));

    public IReadOnlyList<JsonObject> SentOp(int op) =>
        [.. Sent.Where(p => p["op"]!.GetValue<int>() == op)];

    public Task SendAsync(string text, CancellationToken cancellationToken)
    {
        Sent.Enqueue(JsonNode.Parse(text)!.AsObject());
        return Task.CompletedTask;
    }

    public async Task<GatewayFrame> ReceiveAsync(CancellationToken cancellationToken) =>
        await _inbound.Reader.ReadAsync(cancellationToken);

    public Task CloseAsync(int closeCode, CancellationToken cancellationToken)
    {
        ClosedWith ??= closeCode;
        _inbound.Writer.TryWrite(new GatewayFrame(null, true, closeCode));
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
