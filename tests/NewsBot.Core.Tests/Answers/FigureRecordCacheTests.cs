using System.Text.Json;
using NewsBot.Core.Answers;
using NewsBot.Core.Indexing;
using NewsBot.Testing;

namespace NewsBot.Core.Tests.Answers;

/// <summary>
/// The figures an index generation has read are kept for later questions, and a refreshed index answers from its
/// own: a changed or removed article is never answered from what was kept.
/// </summary>
public sealed class FigureRecordCacheTests : IDisposable
{
    private const string Question = "how many homes did inspectors check";

    private readonly TemporaryFolder _folder = new();
    private readonly IndexStore _store;

    public FigureRecordCacheTests()
    {
        _folder.Write("articles/storm.txt", Storm("1,200"));
        _folder.Write(
            "articles/ferry.txt",
            "Ferry company fined\n\nA court ordered the ferry company to pay 80,000 euros in compensation to the families.\n"
        );
        _store = new IndexStore(
            new IndexOptions(_folder.Combine("articles"), _folder.Combine("index"))
        );
    }

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
    }

    private static string Storm(string homes) =>
        $"Storm damage checked\n\nInspectors have checked more than {homes} homes since the storm, the council said.\n";

    private long FigureReads()
    {
        using var lease = _store.Acquire();
        return lease.Index.FigureReads;
    }

    [Fact]
    public async Task A_figure_asked_for_again_is_not_read_from_the_index_again_and_answers_the_same()
    {
        await _store.EnsureReadyAsync();
        var answers = new AnswerService(_store);
        var first = await answers.FigureAsync(Question);
        var reads = FigureReads();

        var again = await answers.FigureAsync(Question);

        Assert.Equal(1200, first.Results[0].Value);
        Assert.Equal(reads, FigureReads());
        Assert.Equal(JsonSerializer.Serialize(first), JsonSerializer.Serialize(again));
    }

    [Fact]
    public async Task Both_sides_of_a_comparison_read_a_figure_they_share_once()
    {
        await _store.EnsureReadyAsync();
        var answers = new AnswerService(_store);

        await answers.CompareAsync(Question, "homes checked since the storm");

        using var lease = _store.Acquire();
        Assert.InRange(lease.Index.FigureReads, 1, 2);
    }

    [Fact]
    public async Task After_an_article_changes_its_new_figure_is_answered_not_the_one_kept()
    {
        await _store.EnsureReadyAsync();
        var answers = new AnswerService(_store);
        Assert.Equal(1200, (await answers.FigureAsync(Question)).Results[0].Value);
        _folder.Write("articles/storm.txt", Storm("15,000"));

        await _store.RefreshAsync(full: false);

        Assert.Equal(15000, (await answers.FigureAsync(Question)).Results[0].Value);
    }

    [Fact]
    public async Task After_an_article_is_removed_its_kept_figure_is_no_longer_answered()
    {
        await _store.EnsureReadyAsync();
        var answers = new AnswerService(_store);
        Assert.NotEmpty((await answers.FigureAsync(Question)).Results);
        File.Delete(_folder.Combine("articles", "storm.txt"));

        await _store.RefreshAsync(full: false);

        var answer = await answers.FigureAsync(Question);
        Assert.DoesNotContain(answer.Results, r => r.Value == 1200);
        Assert.True(answer.Closest is null || answer.Closest.Value != 1200);
    }
}
