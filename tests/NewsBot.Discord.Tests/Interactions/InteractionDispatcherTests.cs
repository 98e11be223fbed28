using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Answers;
using NewsBot.Core.Indexing;
using NewsBot.Discord.Commands;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Json;
using NewsBot.Discord.Tests.Fakes;

namespace NewsBot.Discord.Tests.Interactions;

public sealed class InteractionDispatcherTests : IDisposable
{
    private readonly FakeTimeProvider _time = new();
    private readonly FakeAnswerService _answers = new();
    private readonly RecordingResponder _responder = new();
    private readonly CapturingLoggerProvider _logs = new();
    private readonly ServiceProvider _services;
    private readonly InteractionDispatcher _dispatcher;

    public InteractionDispatcherTests()
    {
        var services = new ServiceCollection();
        services.AddLogging(l => l.AddProvider(_logs).SetMinimumLevel(LogLevel.Debug));
        services.AddSingleton<IAnswerService>(_answers);
        services.AddSingleton<IIndexRefresher>(new FakeIndexRefresher());
        _services = services.BuildServiceProvider();
        ISlashCommand[] commands =
        [
            new WhoSaidCommand(),
            new QuotesCommand(),
            new SearchCommand(),
            new HelpCommand(),
            new ReindexCommand(_time),
        ];
        _dispatcher = new InteractionDispatcher(
            commands,
            _responder,
            _services.GetRequiredService<IServiceScopeFactory>(),
            Options.Create(new DiscordOptions { Token = "x" }),
            new InteractionSettings(),
            _time,
            _services.GetRequiredService<ILogger<InteractionDispatcher>>()
        );
    }

    public void Dispose() => _services.Dispose();

    private ReceivedInteraction Received(
        string command,
        int type = 2,
        params JsonInteractionOption[] options
    ) =>
        new(
            new JsonInteraction(
                new Snowflake(77),
                new Snowflake(1),
                type,
                "token",
                new JsonInteractionData(command, Options: options)
            ),
            _time.GetUtcNow()
        );

    private static JsonInteractionOption Text(string name, string value, bool focused = false) =>
        new(
            name,
            3,
            JsonSerializer.SerializeToElement(value, DiscordJsonContext.Default.String),
            focused ? true : null
        );

    [Fact]
    public async Task Answers_directly_when_the_answer_is_ready_in_time()
    {
        await _dispatcher.HandleAsync(Received("who-said", 2, Text("quote", "killing Russia")));

        var (kind, body) = Assert.Single(_responder.Answers);
        Assert.Equal("respond", kind);
        Assert.Equal(4, ((JsonInteractionResponse)body).Type);
    }

    [Fact]
    public async Task Defers_when_the_answer_is_not_ready_1_5_seconds_after_receipt_then_edits_the_original()
    {
        _answers.Gate = new TaskCompletionSource(
            TaskCreationOptions.RunContinuationsAsynchronously
        );
        var handling = _dispatcher.HandleAsync(Received("search", 2, Text("query", "NATO")));

        _time.Advance(TimeSpan.FromSeconds(1.4));
        Assert.Empty(_responder.Answers);
        _time.Advance(TimeSpan.FromSeconds(0.1));
        Assert.True(SpinWait.SpinUntil(() => !_responder.Answers.IsEmpty, TimeSpan.FromSeconds(5)));
        Assert.Equal(5, ((JsonInteractionResponse)_responder.Answers.Single().Body).Type);

        _answers.Gate.SetResult();
        await handling.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(["respond", "edit"], _responder.Answers.Select(a => a.Kind));
        var edit = (JsonMessage)_responder.Answers.Last().Body;
        Assert.NotNull(edit.Embeds);
        Assert.Equal(JsonAllowedMentions.None, edit.AllowedMentions);
    }

    [Fact]
    public async Task Measures_the_budget_from_receipt_so_an_interaction_that_waited_in_the_queue_is_deferred_at_once()
    {
        _answers.Gate = new TaskCompletionSource(
            TaskCreationOptions.RunContinuationsAsynchronously
        );
        var request = Received("search", 2, Text("query", "NATO"));
        _time.Advance(TimeSpan.FromSeconds(2));

        var handling = _dispatcher.HandleAsync(request);

        Assert.True(SpinWait.SpinUntil(() => !_responder.Answers.IsEmpty, TimeSpan.FromSeconds(5)));
        Assert.Equal(5, ((JsonInteractionResponse)_responder.Answers.Single().Body).Type);
        _answers.Gate.SetResult();
        await handling.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Logs_an_unknown_interaction_with_its_id_and_elapsed_time_and_does_not_retry()
    {
        _responder.Failure = new DiscordException("Discord answered 404")
        {
            StatusCode = 404,
            ErrorCode = 10062,
        };
        var request = Received("help");
        _time.Advance(TimeSpan.FromSeconds(4));

        await _dispatcher.HandleAsync(request);

        Assert.Single(_responder.Answers);
        Assert.Contains(
            _logs.Lines,
            l =>
                l.Contains("(77)", StringComparison.Ordinal)
                && l.Contains("10062", StringComparison.Ordinal)
                && l.Contains("4000 ms", StringComparison.Ordinal)
        );
    }

    [Fact]
    public async Task A_deferral_Discord_no_longer_accepts_stops_the_work_and_edits_nothing()
    {
        _answers.Gate = new TaskCompletionSource(
            TaskCreationOptions.RunContinuationsAsynchronously
        );
        _responder.Failure = new DiscordException("Discord answered 404")
        {
            StatusCode = 404,
            ErrorCode = 10062,
        };
        var handling = _dispatcher.HandleAsync(Received("search", 2, Text("query", "NATO")));

        _time.Advance(TimeSpan.FromSeconds(1.5));
        await handling.WaitAsync(TimeSpan.FromSeconds(5));

        var (kind, _) = Assert.Single(_responder.Answers);
        Assert.Equal("respond", kind);
        Assert.Contains(_logs.Lines, l => l.Contains("10062", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_already_acknowledged_interaction_is_logged_and_not_answered_again()
    {
        _responder.Failure = new DiscordException("Discord answered 400")
        {
            StatusCode = 400,
            ErrorCode = 40060,
        };

        await _dispatcher.HandleAsync(Received("help"));

        Assert.Single(_responder.Answers);
        Assert.Contains(_logs.Lines, l => l.Contains("40060", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_command_gets_a_private_pointer_to_help()
    {
        await _dispatcher.HandleAsync(Received("does-not-exist"));

        var response = (JsonInteractionResponse)Assert.Single(_responder.Answers).Body;
        Assert.Equal(64, response.Data!.Flags);
        Assert.Contains("/help", response.Data.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_option_is_answered_privately_without_asking_the_index()
    {
        await _dispatcher.HandleAsync(Received("who-said", 2, Text("quote", "   ")));

        var response = (JsonInteractionResponse)Assert.Single(_responder.Answers).Body;
        Assert.Equal(64, response.Data!.Flags);
        Assert.Equal(0, _answers.Calls);
    }

    [Fact]
    public async Task Autocomplete_returns_at_most_25_names_of_at_most_100_characters()
    {
        _answers.Speakers =
        [
            .. Enumerable.Range(0, 60).Select(i => $"Name {i} {new string('é', 200)}"),
        ];

        await _dispatcher.HandleAsync(
            Received("quotes", 4, Text("speaker", "name", focused: true))
        );

        var (kind, body) = Assert.Single(_responder.Answers);
        Assert.Equal("autocomplete", kind);
        var choices = (IReadOnlyList<JsonChoice>)body;
        Assert.Equal(25, choices.Count);
        Assert.All(choices, c => Assert.InRange(c.Name.Length, 1, 100));
    }

    [Fact]
    public async Task Autocomplete_answers_with_no_choices_rather_than_too_late()
    {
        _answers.Gate = new TaskCompletionSource(
            TaskCreationOptions.RunContinuationsAsynchronously
        );
        var handling = _dispatcher.HandleAsync(
            Received("quotes", 4, Text("speaker", "ru", focused: true))
        );

        _time.Advance(TimeSpan.FromSeconds(2));
        await handling.WaitAsync(TimeSpan.FromSeconds(5));

        var choices = (IReadOnlyList<JsonChoice>)Assert.Single(_responder.Answers).Body;
        Assert.Empty(choices);
    }

    [Fact]
    public async Task The_typed_speaker_is_checked_again_when_the_command_arrives()
    {
        await _dispatcher.HandleAsync(Received("quotes", 2, Text("speaker", new string('x', 500))));

        var response = (JsonInteractionResponse)Assert.Single(_responder.Answers).Body;
        Assert.Equal(4, response.Type);
        Assert.Equal(1, _answers.Calls);
    }
}

public sealed class ReindexDispatchTests : IDisposable
{
    private readonly RecordingResponder _responder = new();
    private readonly ServiceProvider _services;
    private readonly InteractionDispatcher _dispatcher;
    private readonly FakeIndexRefresher _refresher = new();

    public ReindexDispatchTests()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IAnswerService>(new FakeAnswerService());
        services.AddSingleton<IIndexRefresher>(_refresher);
        _services = services.BuildServiceProvider();
        _dispatcher = new InteractionDispatcher(
            [new ReindexCommand(TimeProvider.System)],
            _responder,
            _services.GetRequiredService<IServiceScopeFactory>(),
            Options.Create(new DiscordOptions { Token = "x" }),
            new InteractionSettings(),
            TimeProvider.System,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<InteractionDispatcher>.Instance
        );
    }

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task Reindex_is_deferred_before_any_progress_is_shown_and_ends_with_the_report()
    {
        var interaction = new JsonInteraction(
            new Snowflake(9),
            new Snowflake(1),
            2,
            "token",
            new JsonInteractionData("reindex"),
            Member: new JsonGuildMember(Permissions: "32")
        );

        await _dispatcher.HandleAsync(new ReceivedInteraction(interaction, DateTimeOffset.UtcNow));

        var answers = _responder.Answers.ToList();
        Assert.Equal("respond", answers[0].Kind);
        Assert.Equal(5, ((JsonInteractionResponse)answers[0].Body).Type);
        Assert.All(answers.Skip(1), a => Assert.Equal("edit", a.Kind));
        Assert.Contains(
            "Reindexed",
            ((JsonMessage)answers[^1].Body).Content,
            StringComparison.Ordinal
        );
        Assert.Equal(1, _refresher.Calls);
    }
}
