using NewsBot.Cli;
using NewsBot.Core.Answers;
using NewsBot.Core.Indexing;
using NewsBot.Testing;

namespace NewsBot.Tests.Cli;

public sealed class ConsoleIndexTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly TemporaryFolder _folder = new();
    private readonly string _articles;
    private readonly IndexStore _store;

    public ConsoleIndexTests()
    {
        _articles = _folder.CopyOfSeeds();
        _store = new IndexStore(Options());
    }

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
    }

    private IndexOptions Options() => new(_articles, _folder.Combine("index"));

    /// <summary>The console's index over a copy of the seeds, built.</summary>
    private async Task<ConsoleIndex> OpenAsync(bool watchArticles)
    {
        await _store.EnsureReadyAsync();
        return new ConsoleIndex(_store, watchArticles);
    }

    private static async Task WaitForChangeAsync(ConsoleIndex index)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!index.HasArticleChanges)
        {
            Assert.True(DateTime.UtcNow < deadline, "the change of the folder was never seen");
            await Task.Delay(20);
        }
    }

    [Fact]
    public async Task Refreshes_before_the_next_answer_when_an_article_file_was_added()
    {
        using var index = await OpenAsync(watchArticles: true);

        await File.WriteAllTextAsync(
            Path.Combine(_articles, "harbour.txt"),
            "Harbour news\n\nThe harbour of Quillmouth reopened to grain ships on Monday.\n"
        );
        await WaitForChangeAsync(index);
        var note = await index.RefreshIfChangedAsync();
        var answer = await new AnswerService(_store).SearchAsync("Quillmouth");

        Assert.Null(note);
        Assert.Equal("harbour.txt", Assert.Single(answer.Results).Sources[0].File);
    }

    [Fact]
    public async Task Answers_from_the_index_another_process_published()
    {
        using var index = await OpenAsync(watchArticles: false);
        File.Delete(Path.Combine(_articles, "000_678e51a0da039845.txt"));
        using (var other = new IndexStore(Options()))
        {
            await other.EnsureReadyAsync();
        }

        await index.RefreshIfChangedAsync();
        var sources = await new AnswerService(_store).SourcesAsync();

        Assert.Equal(4, sources.Files);
        Assert.DoesNotContain(sources.Articles, a => a.File == "000_678e51a0da039845.txt");
    }

    [Fact]
    public async Task A_failed_refresh_says_the_answer_comes_from_the_previous_index()
    {
        using var index = await OpenAsync(watchArticles: true);

        Directory.Delete(_articles, recursive: true);
        await WaitForChangeAsync(index);
        var note = await index.RefreshIfChangedAsync();
        var sources = await new AnswerService(_store).SourcesAsync();

        Assert.StartsWith("The index could not be refreshed", note, StringComparison.Ordinal);
        Assert.Equal(5, sources.Files);
    }

    [Fact]
    public async Task Reindex_full_reads_every_article_again()
    {
        using var index = await OpenAsync(watchArticles: false);

        var report = await index.ReindexAsync(full: true);

        Assert.False(report.Reused);
        Assert.Equal(5, report.Articles);
    }
}
