using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Core.Answers;

namespace NewsBot.Core.Gaps;

/// <summary>
/// The coverage gaps, kept in a SQLite file (<see cref="DatabasePath"/>) for <see cref="Days"/> days. Listing
/// them forgets older questions and, when the index was rebuilt since the last listing, asks every kept
/// question again: one the new index answers leaves the list. Questions are grouped by similar wording
/// (<see cref="SimilarWording"/>) within a command, most asked first.
/// </summary>
public sealed partial class CoverageGaps(
    string databasePath,
    int days,
    IAnswerService answers,
    Func<AskedQuestion, CancellationToken, Task<AnswerOutcome>> askAgain,
    TimeProvider time,
    ILogger<CoverageGaps>? logger = null
) : ICoverageGaps
{
    /// <summary>Other wordings shown with a gap.</summary>
    private const int MaxOtherWordings = 3;

    private readonly GapDatabase _database = new(databasePath);
    private readonly ILogger _logger = logger ?? NullLogger<CoverageGaps>.Instance;

    public string DatabasePath => databasePath;

    public int Days => days;

    public async Task RecordAsync(
        AskedQuestion question,
        CancellationToken cancellationToken = default
    )
    {
        try
        {
            await _database.InsertAsync(question, time.GetUtcNow(), cancellationToken);
        }
        catch (Exception e) when (IsStorageProblem(e))
        {
            // The member has their answer; a gap not kept must not turn it into an error.
            LogNotRecorded(question.Command, databasePath, e.Message);
        }
    }

    public async Task<CoverageGapsAnswer> ListAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await _database.DeleteAskedBeforeAsync(
                time.GetUtcNow() - TimeSpan.FromDays(days),
                cancellationToken
            );
            await ForgetAnsweredAsync(cancellationToken);
            var rows = await _database.ReadAsync(cancellationToken);
            return new CoverageGapsAnswer(days, Group(rows));
        }
        catch (Exception e) when (IsStorageProblem(e))
        {
            throw new NewsBotException(
                $"Failed to read the coverage gaps in '{databasePath}': {e.Message}",
                e
            );
        }
    }

    /// <summary>After a rebuild of the index, asks each kept question again and forgets those now answered.</summary>
    private async Task ForgetAnsweredAsync(CancellationToken cancellationToken)
    {
        var indexedAt = (await answers.SourcesAsync(cancellationToken)).IndexedAt;
        if (await _database.ReviewedAgainstAsync(cancellationToken) == indexedAt)
        {
            return;
        }
        var rows = await _database.ReadAsync(cancellationToken);
        foreach (
            var same in rows.Select(r => r.Question)
                .GroupBy(q => (q.Command, SimilarWording.Key(q.Wording)))
        )
        {
            if (AnswerOutcomes.IsGap(await askAgain(same.First(), cancellationToken)))
            {
                continue;
            }
            foreach (var question in same.Distinct(QuestionComparer.Instance))
            {
                await _database.DeleteAsync(question, cancellationToken);
            }
        }
        await _database.SetReviewedAgainstAsync(indexedAt, cancellationToken);
    }

    private static List<CoverageGap> Group(IReadOnlyList<GapRow> rows)
    {
        // The same question typed again counts once per asking, under its latest wording.
        var questions = rows.GroupBy(r =>
                (r.Question.Command, SimilarWording.Key(r.Question.Wording))
            )
            .Select(g => new
            {
                g.Key.Command,
                g.Last().Question.Wording,
                Words = SimilarWording.Words(g.Last().Question.Wording),
                Asked = g.Count(),
                LastAsked = g.Max(r => r.AskedAt),
            })
            .OrderByDescending(q => q.Asked)
            .ThenByDescending(q => q.LastAsked)
            .ToList();
        var groups = new List<List<int>>();
        for (var i = 0; i < questions.Count; i++)
        {
            // Each joins the group of the first (most asked) question of its command it is similar to.
            var group = groups.FirstOrDefault(g =>
                questions[g[0]].Command == questions[i].Command
                && SimilarWording.AreSimilar(questions[g[0]].Words, questions[i].Words)
            );
            if (group is null)
            {
                groups.Add([i]);
            }
            else
            {
                group.Add(i);
            }
        }
        return
        [
            .. groups
                .Select(g => new CoverageGap(
                    questions[g[0]].Command,
                    questions[g[0]].Wording,
                    g.Sum(i => questions[i].Asked),
                    g.Max(i => questions[i].LastAsked),
                    [.. g.Skip(1).Take(MaxOtherWordings).Select(i => questions[i].Wording)]
                ))
                .OrderByDescending(gap => gap.Asked)
                .ThenByDescending(gap => gap.LastAsked),
        ];
    }

    /// <summary>Questions are equal when their command and option values are (records compare dictionaries by reference).</summary>
    private sealed class QuestionComparer : IEqualityComparer<AskedQuestion>
    {
        public static readonly QuestionComparer Instance = new();

        public bool Equals(AskedQuestion? x, AskedQuestion? y) =>
            x is not null
            && y is not null
            && x.Command == y.Command
            && x.Options.SequenceEqual(y.Options);

        public int GetHashCode(AskedQuestion obj) => HashCode.Combine(obj.Command, obj.Wording);
    }

    private static bool IsStorageProblem(Exception e) =>
        e is SqliteException or IOException or UnauthorizedAccessException;

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "A /{Command} question the coverage could not answer was not kept in {Path}: {Reason}"
    )]
    private partial void LogNotRecorded(string command, string path, string reason);
}
