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
    public async Task I_can_keep_the_console_open_while_an_article_is_removed_and_it_stops_citing_it()
    {
        var articles = _folder.CopyOfSeeds();
        using var newsbot = NewsBotProcess.Start(
            RepositoryFolders.Root,
            "console",
            "--articles",
            articles,
            "--index",
            _folder.Combine("index")
        );
        await newsbot.WriteLineAsync("/sources");
        await WaitForAsync(newsbot, "5 articles");

        File.Delete(Path.Combine(articles, "000_678e51a0da039845.txt"));
        // The folder's change reaches the console within moments; each question until then may
        // still be answered from the index as it was.
        var deadline = DateTime.UtcNow + Patience;
        while (!newsbot.OutputSoFar.Contains("4 articles", StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, newsbot.OutputSoFar);
            await newsbot.WriteLineAsync("/sources");
            await Task.Delay(250);
        }
        await newsbot.WriteInputAndCloseAsync("/reindex\n");
        var (exit, output, error) = await newsbot.WaitAsync(Patience);

        Assert.True(exit == 0, error);
        Assert.Contains("> /reindex\nIndex is up to date: 4 articles", output);
        Assert.Empty(error);
    }

    [Theory]
    [InlineData("NewsBot__MaxFileBytes", "abc")]
    [InlineData("NewsBot__WatchArticles", "maybe")]
    public async Task A_malformed_setting_stops_newsbot_with_one_line_naming_it_and_exit_code_two(
        string variable,
        string value
    )
    {
        using var newsbot = NewsBotProcess.StartWithEnvironment(
            RepositoryFolders.Root,
            new Dictionary<string, string> { [variable] = value },
            "ask",
            "sources"
        );

        var (exit, output, error) = await newsbot.WaitAsync(Patience);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(
            $"{variable.Replace("__", ":", StringComparison.Ordinal)} is '{value}'",
            line
        );
    }

    [Fact]
    public async Task Skipped_files_are_reported_once_by_index_and_not_on_every_ask()
    {
        var articles = _folder.CopyOfSeeds();
        await File.WriteAllTextAsync(Path.Combine(articles, "empty.txt"), "");
        string[] folders = ["--articles", articles, "--index", _folder.Combine("index")];

        var index = await RunAsync(["index", .. folders]);
        var ask = await RunAsync(["ask", "search", "--query", "Pokrovsk", .. folders]);
        var verbose = await RunAsync(["ask", "sources", "--verbose", .. folders]);

        Assert.Single(Occurrences(index.Output + index.Error, "empty.txt"));
        Assert.Empty(ask.Error);
        Assert.Single(Occurrences(verbose.Error, "empty.txt"));
    }

    private static async Task<(string Output, string Error)> RunAsync(string[] args)
    {
        using var newsbot = NewsBotProcess.Start(RepositoryFolders.Root, args);
        var (exit, output, error) = await newsbot.WaitAsync(Patience);
        Assert.True(exit == 0, error);
        return (output, error);
    }

    private static IEnumerable<int> Occurrences(string text, string word) =>
        Enumerable
            .Range(0, Math.Max(0, text.Length - word.Length + 1))
            .Where(i => string.CompareOrdinal(text, i, word, 0, word.Length) == 0);

    private static async Task WaitForAsync(NewsBotProcess newsbot, string text)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!newsbot.OutputSoFar.Contains(text, StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, newsbot.OutputSoFar);
            await Task.Delay(50);
        }
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
