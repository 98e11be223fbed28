using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace NewsBot.Core.Gaps;

/// <summary>One question kept in the database, with when it was asked.</summary>
internal sealed record GapRow(AskedQuestion Question, DateTimeOffset AskedAt);

/// <summary>
/// The SQLite file that keeps the unanswered questions: one row per question asked (its command, its options as
/// JSON and the time; no user), and the build time of the index the rows were last checked against.
/// </summary>
internal sealed class GapDatabase(string path)
{
    private readonly string _connection = new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        // Files are not kept open between calls: a folder can be removed or backed up while the bot runs.
        Pooling = false,
    }.ToString();

    public string Path => path;

    public async Task InsertAsync(
        AskedQuestion question,
        DateTimeOffset askedAt,
        CancellationToken cancellationToken
    )
    {
        await ExecuteAsync(
            "INSERT INTO asked (command, options, asked_at) VALUES ($command, $options, $at)",
            cancellationToken,
            ("$command", question.Command),
            ("$options", OptionsJson(question)),
            ("$at", askedAt.ToUnixTimeMilliseconds())
        );
    }

    public async Task DeleteAskedBeforeAsync(
        DateTimeOffset cutoff,
        CancellationToken cancellationToken
    )
    {
        await ExecuteAsync(
            "DELETE FROM asked WHERE asked_at < $cutoff",
            cancellationToken,
            ("$cutoff", cutoff.ToUnixTimeMilliseconds())
        );
    }

    /// <summary>Removes every row of this question (same command and options).</summary>
    public async Task DeleteAsync(AskedQuestion question, CancellationToken cancellationToken)
    {
        await ExecuteAsync(
            "DELETE FROM asked WHERE command = $command AND options = $options",
            cancellationToken,
            ("$command", question.Command),
            ("$options", OptionsJson(question))
        );
    }

    public async Task<IReadOnlyList<GapRow>> ReadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT command, options, asked_at FROM asked ORDER BY asked_at";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<GapRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var options =
                JsonSerializer.Deserialize<Dictionary<string, string>>(reader.GetString(1)) ?? [];
            rows.Add(
                new GapRow(
                    new AskedQuestion(reader.GetString(0), options),
                    DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2))
                )
            );
        }
        return rows;
    }

    /// <summary>The build time of the index the questions were last asked again against, or null.</summary>
    public async Task<DateTimeOffset?> ReviewedAgainstAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT indexed_at FROM reviewed WHERE id = 1";
        return await command.ExecuteScalarAsync(cancellationToken) is long ms
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : null;
    }

    public async Task SetReviewedAgainstAsync(
        DateTimeOffset indexedAt,
        CancellationToken cancellationToken
    )
    {
        await ExecuteAsync(
            "INSERT INTO reviewed (id, indexed_at) VALUES (1, $at) ON CONFLICT(id) DO UPDATE SET indexed_at = $at",
            cancellationToken,
            ("$at", indexedAt.ToUnixTimeMilliseconds())
        );
    }

    private async Task ExecuteAsync(
        string sql,
        CancellationToken cancellationToken,
        params (string Name, object Value)[] parameters
    )
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (System.IO.Path.GetDirectoryName(path) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }
        var connection = new SqliteConnection(_connection);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var schema = connection.CreateCommand();
            schema.CommandText = """
                CREATE TABLE IF NOT EXISTS asked (
                    id INTEGER PRIMARY KEY,
                    command TEXT NOT NULL,
                    options TEXT NOT NULL,
                    asked_at INTEGER NOT NULL
                );
                CREATE INDEX IF NOT EXISTS asked_at ON asked (asked_at);
                CREATE TABLE IF NOT EXISTS reviewed (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    indexed_at INTEGER NOT NULL
                );
                """;
            await schema.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>The options as JSON, in the order given (the command's), so the same question is the same text.</summary>
    private static string OptionsJson(AskedQuestion question) =>
        JsonSerializer.Serialize(question.Options);
}
