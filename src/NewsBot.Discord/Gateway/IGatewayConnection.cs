using System.Buffers;
using System.Net.WebSockets;
using System.Text;

namespace NewsBot.Discord.Gateway;

/// <summary>A message from the gateway, or its close (code null when the socket simply dropped).</summary>
internal sealed record GatewayFrame(
    string? Text,
    bool IsClosed = false,
    int? CloseCode = null,
    string? CloseReason = null
);

/// <summary>One WebSocket connection to the gateway; a seam with <see cref="WebSocketGatewayConnection"/> as default.</summary>
internal interface IGatewayConnection : IAsyncDisposable
{
    Task ConnectAsync(Uri uri, CancellationToken cancellationToken);

    Task SendAsync(string text, CancellationToken cancellationToken);

    Task<GatewayFrame> ReceiveAsync(CancellationToken cancellationToken);

    /// <summary>Closes with <paramref name="closeCode"/>; 1000 ends the session, any other code keeps it resumable.</summary>
    Task CloseAsync(int closeCode, CancellationToken cancellationToken);
}

internal sealed class WebSocketGatewayConnection : IGatewayConnection
{
    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);

    public Task ConnectAsync(Uri uri, CancellationToken cancellationToken) =>
        _socket.ConnectAsync(uri, cancellationToken);

    public async Task SendAsync(string text, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await _socket.SendAsync(
                Encoding.UTF8.GetBytes(text),
                WebSocketMessageType.Text,
                true,
                cancellationToken
            );
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public async Task<GatewayFrame> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        using var message = new MemoryStream();
        try
        {
            while (true)
            {
                WebSocketReceiveResult result;
                try
                {
                    result = await _socket.ReceiveAsync(buffer, cancellationToken);
                }
                catch (WebSocketException)
                {
                    return new GatewayFrame(null, IsClosed: true);
                }
                if (result.MessageType == WebSocketMessageType.Close)
                    return new GatewayFrame(
                        null,
                        true,
                        (int?)result.CloseStatus,
                        result.CloseStatusDescription
                    );
                message.Write(buffer, 0, result.Count);
                if (result.EndOfMessage)
                    return new GatewayFrame(
                        Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length)
                    );
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public async Task CloseAsync(int closeCode, CancellationToken cancellationToken)
    {
        if (_socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
            return;
        try
        {
            await _socket.CloseOutputAsync(
                (WebSocketCloseStatus)closeCode,
                null,
                cancellationToken
            );
        }
        catch (Exception exception)
            when (exception is WebSocketException or OperationCanceledException or IOException)
        {
            // a dead connection cannot be closed politely; disposing aborts it
        }
    }

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        _sendLock.Dispose();
        return ValueTask.CompletedTask;
    }
}
