using NewsBot.Core.Answers;
using NewsBot.Core.Indexing;
using NewsBot.Testing;

namespace NewsBot.Tests.EndToEnd;

public sealed class CommandLineStories : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task I_can_pipe_slash_commands_into_newsbot_without_a_token_and_get_file_and_line()
    {
        using var newsbot = NewsBotProcess.Start(
            RepositoryFolders.Root,
            "console",
            "--index",
            _folder.Combine("index")
        );
        await newsbot.WriteInputAndCloseAsync("/search query: Pokrovsk\n");

        var (exit, output, error) = await newsbot.WaitAsync(Patience);

        Assert.True(exit == 0, error);
        Assert.Contains("002_5ef127697d2cc7cc.txt:24", output);
    }

    [Fact]
    public async Task A_rebuild_killed_halfway_leaves_the_previous_index_answering()
    {
        var articles = _folder.CopyOfSeeds();
        var index = _folder.Combine("index");
        using (var store = new IndexStore(new IndexOptions(articles, index)))
        {
            await store.EnsureReadyAsync();
        }
        var published = await File.ReadAllTextAsync(Path.Combine(index, "CURRENT"));
        // Enough new articles that the rebuild is still running when it is killed.
        var seedText = await File.ReadAllTextAsync(
            Path.Combine(articles, "002_5ef127697d2cc7cc.txt")
        );
        for (var i = 0; i < 4000; i++)
        {
            await File.WriteAllTextAsync(
                Path.Combine(articles, $"copy_{i:D5}.txt"),
                seedText.Replace("Pokrovsk", $"Town{i}")
            );
        }

        using (
            var newsbot = NewsBotProcess.Start(
                RepositoryFolders.Root,
                "index",
                "--articles",
                articles,
                "--index",
                index,
                "--full"
            )
        )
        {
            var deadline = DateTime.UtcNow + Patience;
            while (
                !Directory
                    .GetDirectories(index, "gen-*")
                    .Any(g =>
                        g != Path.Combine(index, published)
                        && Directory.EnumerateFileSystemEntries(g).Any()
                    )
            )
            {
                Assert.True(DateTime.UtcNow < deadline, "the rebuild never started writing");
                Assert.False(newsbot.HasExited, "the rebuild finished before it could be killed");
                await Task.Delay(20);
            }
            newsbot.Kill();
            await newsbot.WaitAsync(Patience);
        }

        Assert.Equal(published, await File.ReadAllTextAsync(Path.Combine(index, "CURRENT")));
        foreach (var copy in Directory.GetFiles(articles, "copy_*.txt"))
        {
            File.Delete(copy);
        }
        using var restarted = new IndexStore(new IndexOptions(articles, index));
        var report = await restarted.EnsureReadyAsync();
        var answer = await new AnswerService(restarted).SearchAsync("Pokrovsk");

        Assert.True(report.Reused);
        Assert.Equal("002_5ef127697d2cc7cc.txt", answer.Results[0].Sources[0].File);
    }
}
