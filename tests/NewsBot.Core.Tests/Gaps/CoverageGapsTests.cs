using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Answers;
using NewsBot.Core.Gaps;
using NewsBot.Testing;

namespace NewsBot.Core.Tests.Gaps;

public sealed class CoverageGapsTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly FakeTimeProvider _time = new(
        new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero)
    );
    private readonly IndexBuiltAt _index = new(
        new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.Zero)
    );
    private readonly HashSet<string> _answeredNow = new(StringComparer.OrdinalIgnoreCase);
    private readonly CoverageGaps _gaps;

    public CoverageGapsTests()
    {
        _gaps = new CoverageGaps(
            _folder.Combine("gaps.db"),
            days: 30,
            _index,
            (question, _) =>
                Task.FromResult(
                    _answeredNow.Contains(question.Wording)
                        ? AnswerOutcome.Answered
                        : AnswerOutcome.Declined
                ),
            _time
        );
    }

    public void Dispose() => _folder.Dispose();

    private static AskedQuestion Figure(string query) =>
        new("figure", new Dictionary<string, string> { ["query"] = query });

    private static AskedQuestion Search(string query) =>
        new("search", new Dictionary<string, string> { ["query"] = query });

    [Fact]
    public async Task Questions_in_similar_wording_are_one_gap_and_the_most_asked_comes_first()
    {
        await _gaps.RecordAsync(Search("drones over Kyiv"));
        await _gaps.RecordAsync(Figure("How many drones were shot down?"));
        await _gaps.RecordAsync(Figure("how many drones were shot down"));
        await _gaps.RecordAsync(Figure("drones shot down"));
        await _gaps.RecordAsync(Figure("Russian losses in January"));

        var gaps = (await _gaps.ListAsync()).Gaps;

        Assert.Equal(3, gaps.Count);
        Assert.Equal("figure", gaps[0].Command);
        Assert.Equal(3, gaps[0].Asked);
        Assert.Equal("how many drones were shot down", gaps[0].Question);
        Assert.Equal(["drones shot down"], gaps[0].OtherWordings);
        Assert.Equal(1, gaps[1].Asked);
        Assert.Equal(1, gaps[2].Asked);
    }

    [Fact]
    public async Task The_same_words_asked_with_another_command_are_another_gap()
    {
        await _gaps.RecordAsync(Search("drones shot down"));
        await _gaps.RecordAsync(Figure("drones shot down"));

        var gaps = (await _gaps.ListAsync()).Gaps;

        Assert.Equal(["figure", "search"], gaps.Select(g => g.Command).Order());
    }

    [Fact]
    public async Task Questions_older_than_the_kept_days_are_forgotten()
    {
        await _gaps.RecordAsync(Figure("drones shot down"));
        _time.Advance(TimeSpan.FromDays(20));
        await _gaps.RecordAsync(Figure("tanks lost"));
        _time.Advance(TimeSpan.FromDays(11));

        var gaps = (await _gaps.ListAsync()).Gaps;

        Assert.Equal(30, (await _gaps.ListAsync()).Days);
        Assert.Equal("tanks lost", Assert.Single(gaps).Question);
    }

    [Fact]
    public async Task A_question_a_rebuilt_index_answers_leaves_the_list()
    {
        await _gaps.RecordAsync(Figure("drones shot down"));
        await _gaps.RecordAsync(Figure("Drones shot down"));
        await _gaps.RecordAsync(Figure("tanks lost"));
        Assert.Equal(2, (await _gaps.ListAsync()).Gaps.Count);

        _answeredNow.Add("drones shot down");
        var unchanged = (await _gaps.ListAsync()).Gaps;
        _index.BuiltAt += TimeSpan.FromHours(1);
        var afterRefresh = (await _gaps.ListAsync()).Gaps;

        Assert.Equal(2, unchanged.Count);
        Assert.Equal("tanks lost", Assert.Single(afterRefresh).Question);
    }

    [Fact]
    public async Task Only_the_command_the_question_and_the_time_are_stored()
    {
        await _gaps.RecordAsync(Figure("drones shot down"));

        await using var connection = new SqliteConnection(
            $"Data Source={_gaps.DatabasePath};Pooling=False"
        );
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM pragma_table_info('asked') ORDER BY cid";
        var columns = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                columns.Add(reader.GetString(0));
            }
        }

        Assert.Equal(["id", "command", "options", "asked_at"], columns);
    }

    [Fact]
    public async Task A_gap_that_cannot_be_kept_does_not_fail_the_question()
    {
        var blocked = _folder.Combine("file-not-folder");
        await File.WriteAllTextAsync(blocked, "");
        var gaps = new CoverageGaps(
            Path.Combine(blocked, "gaps.db"),
            30,
            _index,
            (_, _) => Task.FromResult(AnswerOutcome.Declined),
            _time
        );

        await gaps.RecordAsync(Figure("drones shot down"));

        await Assert.ThrowsAsync<NewsBotException>(() => gaps.ListAsync());
    }
}
