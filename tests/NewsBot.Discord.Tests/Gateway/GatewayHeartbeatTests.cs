using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Discord.Commands;
using NewsBot.Discord.Gateway;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Rest;
using NewsBot.Discord.Tests.Fakes;

namespace NewsBot.Discord.Tests.Gateway;

/// <summary>Heartbeat and reconnect timing on a fake clock: nothing sleeps.</summary>
public sealed class GatewayHeartbeatTests : IAsyncDisposable
{
    private const string GatewayJson =
        """{"url":"wss://gateway.test","shards":1,"session_start_limit":{"total":1000,"remaining":999,"reset_after":1,"max_concurrency":1}}""";
    private const string Ready =
        """{"op":0,"t":"READY","s":1,"d":{"v":10,"session_id":"s1","resume_gateway_url":"wss://resume.test","user":{"id":"2","username":"NewsBot"}}}""";

    private readonly FakeTimeProvider _time = new();
    private readonly ConcurrentQueue<FakeGatewayConnection> _connections = new();
    private readonly ServiceProvider _services = new ServiceCollection().BuildServiceProvider();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;

    public GatewayHeartbeatTests()
    {
        var options = Options.Create(
            new DiscordOptions { Token = "t", ApiBaseUrl = "http://127.0.0.1:9/api/v10" }
        );
        var rest = new DiscordRestClient(
            new StubHttpClientFactory(
                new StubHttpHandler(() => StubHttpHandler.Json(HttpStatusCode.OK, GatewayJson)),
                options.Value
            ),
            new RestRateLimiter(_time),
            _time,
            NullLogger<DiscordRestClient>.Instance
        );
        var dispatcher = new InteractionDispatcher(
            Array.Empty<ISlashCommand>(),
            new RecordingResponder(),
            _services.GetRequiredService<IServiceScopeFactory>(),
            options,
            new InteractionSettings(),
            _time,
            NullLogger<InteractionDispatcher>.Instance
        );
        var settings = new GatewaySettings
        {
            NextRandom = () => 0.25,
            ConnectionFactory = () =>
            {
                var connection = new FakeGatewayConnection();
                _connections.Enqueue(connection);
                return connection;
            },
        };
        var gateway = new GatewayClient(
            rest,
            dispatcher,
            options,
            settings,
            _time,
            NullLogger<GatewayClient>.Instance
        );
        _running = Task.Run(() => gateway.RunAsync(_stop.Token));
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        foreach (var connection in _connections)
            connection.PushClose(1000);
        await _running.WaitAsync(TimeSpan.FromSeconds(5));
        _stop.Dispose();
        await _services.DisposeAsync();
    }

    /// <summary>Waits for <paramref name="condition"/>, then lets the bot reach its next timer before the clock moves.</summary>
    private static void Eventually(Func<bool> condition, string what)
    {
        Assert.True(SpinWait.SpinUntil(condition, TimeSpan.FromSeconds(5)), what);
        Thread.Sleep(30);
    }

    private FakeGatewayConnection Connection(int index)
    {
        Eventually(() => _connections.Count > index, $"connection {index} never opened");
        return _connections.ElementAt(index);
    }

    private FakeGatewayConnection ReadyConnection()
    {
        var connection = Connection(0);
        connection.Push("""{"op":10,"d":{"heartbeat_interval":1000}}""");
        Eventually(() => connection.SentOp(2).Count == 1, "no IDENTIFY");
        connection.Push(Ready);
        return connection;
    }

    [Fact]
    public void The_first_heartbeat_waits_the_jittered_part_of_the_interval_then_every_interval()
    {
        var connection = ReadyConnection();
        Assert.Equal("wss://gateway.test/?v=10&encoding=json", connection.Uri!.ToString());

        _time.Advance(TimeSpan.FromMilliseconds(249));
        Thread.Sleep(50);
        Assert.Empty(connection.SentOp(1));

        _time.Advance(TimeSpan.FromMilliseconds(1));
        Eventually(() => connection.SentOp(1).Count == 1, "no first heartbeat at 250 ms");
        Assert.Equal(1, connection.SentOp(1)[0]["d"]!.GetValue<long>());
        connection.Push("""{"op":11}""");

        _time.Advance(TimeSpan.FromMilliseconds(999));
        Thread.Sleep(50);
        Assert.Single(connection.SentOp(1));
        _time.Advance(TimeSpan.FromMilliseconds(1));
        Eventually(() => connection.SentOp(1).Count == 2, "no second heartbeat one interval later");
    }

    [Fact]
    public void A_heartbeat_without_ACK_before_the_next_one_closes_the_connection_and_resumes()
    {
        var connection = ReadyConnection();
        _time.Advance(TimeSpan.FromMilliseconds(250));
        Eventually(() => connection.SentOp(1).Count == 1, "no first heartbeat");

        _time.Advance(TimeSpan.FromMilliseconds(1000));

        Eventually(() => connection.ClosedWith is not null, "the dead connection was not closed");
        Assert.NotEqual(1000, connection.ClosedWith); // 1000 would end the session
        Assert.Single(connection.SentOp(1));

        // Reconnect backoff: attempt 1 with jitter 0.25 of a 1 s base is 625 ms.
        Thread.Sleep(50);
        Assert.Single(_connections);
        _time.Advance(TimeSpan.FromMilliseconds(625));
        var second = Connection(1);
        Assert.Equal("wss://resume.test/?v=10&encoding=json", second.Uri!.ToString());
        second.Push("""{"op":10,"d":{"heartbeat_interval":1000}}""");
        Eventually(() => second.SentOp(6).Count == 1, "no RESUME");
        Assert.Equal("s1", second.SentOp(6)[0]["d"]!["session_id"]!.GetValue<string>());
        Assert.Equal(1, second.SentOp(6)[0]["d"]!["seq"]!.GetValue<long>());
    }

    [Fact]
    public void An_invalid_session_waits_1_to_5_seconds_before_identifying_on_a_new_connection()
    {
        var connection = ReadyConnection();

        connection.Push("""{"op":9,"d":false}""");
        Eventually(() => connection.ClosedWith is not null, "not closed after op 9");

        // 1 s + 0.25 × 4 s = 2 s
        _time.Advance(TimeSpan.FromMilliseconds(1999));
        Thread.Sleep(50);
        Assert.Single(_connections);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        var second = Connection(1);
        Assert.Equal("wss://gateway.test/?v=10&encoding=json", second.Uri!.ToString());
        second.Push("""{"op":10,"d":{"heartbeat_interval":1000}}""");
        Eventually(() => second.SentOp(2).Count == 1, "no new IDENTIFY");
        Assert.Empty(second.SentOp(6));
    }

    [Fact]
    public void Heartbeats_at_once_when_asked_without_waiting_for_the_interval()
    {
        var connection = ReadyConnection();

        connection.Push("""{"op":1,"d":null}""");

        Eventually(() => connection.SentOp(1).Count == 1, "no heartbeat on op 1");
    }
}
