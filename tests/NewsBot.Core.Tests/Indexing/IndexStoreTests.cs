using NewsBot.Core.Answers;
using NewsBot.Core.Indexing;
using NewsBot.Testing;

namespace NewsBot.Core.Tests.Indexing;

public sealed class IndexStoreTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private IndexOptions Options(string articles) => new(articles, _folder.Combine("index"));

    [Fact]
    public async Task Builds_the_index_on_first_use_and_reuses_it_while_the_articles_are_unchanged()
    {
        var articles = _folder.CopyOfSeeds();

        using (var first = new IndexStore(Options(articles)))
        {
            var built = await first.EnsureReadyAsync();
            Assert.False(built.Reused);
            Assert.Equal(5, built.Articles);
            Assert.Equal(5, built.Added);
        }
        using var second = new IndexStore(Options(articles));
        var reused = await second.EnsureReadyAsync();

        Assert.True(reused.Reused);
        Assert.Equal(5, reused.Articles);
        Assert.Single(Directory.GetDirectories(_folder.Combine("index"), "gen-*"));
    }

    [Fact]
    public async Task Knows_when_another_store_published_a_newer_index_until_it_refreshes()
    {
        var articles = _folder.CopyOfSeeds();
        using var answering = new IndexStore(Options(articles));
        await answering.EnsureReadyAsync();
        Assert.False(answering.HasNewerPublished);

        File.Delete(Path.Combine(articles, "000_678e51a0da039845.txt"));
        using (var other = new IndexStore(Options(articles)))
        {
            await other.EnsureReadyAsync();
        }
        Assert.True(answering.HasNewerPublished);

        var refreshed = await answering.RefreshAsync(full: false);
        var sources = await new AnswerService(answering).SourcesAsync();

        Assert.True(refreshed.Reused);
        Assert.False(answering.HasNewerPublished);
        Assert.Equal(4, sources.Files);
    }

    [Fact]
    public async Task Rebuilds_when_an_article_changes_and_answers_from_the_new_text()
    {
        var articles = _folder.CopyOfSeeds();
        using (var first = new IndexStore(Options(articles)))
        {
            await first.EnsureReadyAsync();
        }
        var changed = Path.Combine(articles, "000_678e51a0da039845.txt");
        await File.AppendAllTextAsync(
            changed,
            "\n\nThe harbour of Quillmouth reopened to grain ships on Monday.\n"
        );

        using var second = new IndexStore(Options(articles));
        var report = await second.EnsureReadyAsync();
        var answer = await new AnswerService(second).SearchAsync("Quillmouth harbour grain");

        Assert.False(report.Reused);
        Assert.Equal(1, report.Changed);
        Assert.Equal(0, report.Added);
        Assert.Equal(5, report.Articles);
        Assert.Equal("000_678e51a0da039845.txt", Assert.Single(answer.Results).Sources[0].File);
    }

    [Fact]
    public async Task A_removed_article_no_longer_answers_and_an_added_one_does()
    {
        var articles = _folder.CopyOfSeeds();
        using var store = new IndexStore(Options(articles));
        await store.EnsureReadyAsync();

        File.Delete(Path.Combine(articles, "002_5ef127697d2cc7cc.txt"));
        await File.WriteAllTextAsync(
            Path.Combine(articles, "010_new.txt"),
            "Quillmouth harbour reopened to grain ships on Monday.\n"
        );
        var report = await store.RefreshAsync(full: false);
        var answers = new AnswerService(store);

        Assert.Equal(1, report.Removed);
        Assert.Equal(1, report.Added);
        Assert.Empty((await answers.SearchAsync("Pokrovsk")).Results);
        Assert.Equal(
            "010_new.txt",
            Assert.Single((await answers.SearchAsync("Quillmouth")).Results).Sources[0].File
        );
    }

    [Fact]
    public async Task A_full_rebuild_reads_every_article_again()
    {
        var articles = _folder.CopyOfSeeds();
        using var store = new IndexStore(Options(articles));
        await store.EnsureReadyAsync();

        var report = await store.RefreshAsync(full: true);

        Assert.False(report.Reused);
        Assert.Equal(5, report.Added + report.Changed);
    }

    [Fact]
    public async Task A_refresh_that_fails_keeps_the_previous_index_answering()
    {
        var articles = _folder.CopyOfSeeds();
        using var store = new IndexStore(Options(articles));
        await store.EnsureReadyAsync();

        Directory.Delete(articles, recursive: true);
        var failure = await Assert.ThrowsAsync<NewsBotException>(() =>
            store.RefreshAsync(full: false)
        );
        var answer = await new AnswerService(store).SearchAsync("Pokrovsk");

        Assert.Contains("does not exist", failure.Message);
        Assert.NotEmpty(answer.Results);
    }

    [Fact]
    public async Task A_half_written_generation_left_by_a_killed_build_is_ignored_at_the_next_start()
    {
        var articles = _folder.CopyOfSeeds();
        string published;
        using (var first = new IndexStore(Options(articles)))
        {
            await first.EnsureReadyAsync();
            published = File.ReadAllText(_folder.Combine("index", "CURRENT"));
        }
        var orphan = _folder.Combine("index", "gen-99999999999999999-orphan");
        Directory.CreateDirectory(orphan);
        await File.WriteAllTextAsync(Path.Combine(orphan, "_0.cfs"), "half written");

        using var second = new IndexStore(Options(articles));
        var report = await second.EnsureReadyAsync();

        Assert.True(report.Reused);
        Assert.Equal(published, File.ReadAllText(_folder.Combine("index", "CURRENT")));
        Assert.NotEmpty((await new AnswerService(second).SearchAsync("Pokrovsk")).Results);
    }

    [Fact]
    public async Task Two_refreshes_asked_at_once_share_one_build()
    {
        var articles = _folder.CopyOfSeeds();
        using var store = new IndexStore(Options(articles));

        var first = store.RefreshAsync(full: true);
        var second = store.RefreshAsync(full: true);
        var reports = await Task.WhenAll(first, second);

        Assert.Same(reports[0], reports[1]);
        Assert.Single(Directory.GetDirectories(_folder.Combine("index"), "gen-*"));
    }

    [Fact]
    public async Task Queries_in_a_loop_during_refreshes_never_fail_and_always_see_a_complete_index()
    {
        var articles = _folder.CopyOfSeeds();
        using var store = new IndexStore(Options(articles));
        await store.EnsureReadyAsync();
        var answers = new AnswerService(store);
        using var refreshing = new CancellationTokenSource();

        var refreshes = Task.Run(async () =>
        {
            var count = 0;
            while (!refreshing.IsCancellationRequested && count < 6)
            {
                await store.RefreshAsync(full: true);
                count++;
            }
            return count;
        });
        var queries = 0;
        while (!refreshes.IsCompleted)
        {
            var search = await answers.SearchAsync("Pokrovsk");
            var sources = await answers.SourcesAsync();
            Assert.Equal("002_5ef127697d2cc7cc.txt", search.Results[0].Sources[0].File);
            Assert.Equal(5, sources.Files);
            queries++;
        }

        Assert.Equal(6, await refreshes);
        Assert.True(queries > 0);
    }

    [Fact]
    public async Task Bad_files_are_skipped_with_their_reasons_and_the_good_ones_indexed()
    {
        var articles = _folder.CopyOfSeeds();
        await File.WriteAllTextAsync(Path.Combine(articles, "empty.txt"), "");
        await File.WriteAllBytesAsync(
            Path.Combine(articles, "binary.txt"),
            [0x50, 0x4B, 0x00, 0x03, 0x00]
        );
        await File.WriteAllBytesAsync(
            Path.Combine(articles, "latin1.txt"),
            [0x43, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x70, 0x65, 0x6E, 0x73, 0x2E]
        );
        await using (var huge = File.Create(Path.Combine(articles, "huge.txt")))
        {
            huge.SetLength(50L * 1024 * 1024);
        }
        Directory.CreateDirectory(Path.Combine(articles, "x.txt"));
        var outside = _folder.Combine("secret.txt");
        await File.WriteAllTextAsync(outside, "Outside the articles folder.");
        File.CreateSymbolicLink(Path.Combine(articles, "link.txt"), outside);

        using var store = new IndexStore(Options(articles));
        var report = await store.EnsureReadyAsync();
        var reasons = report.Skipped.ToDictionary(s => s.File, s => s.Reason);

        Assert.Equal(6, report.Articles);
        Assert.Contains("empty", reasons["empty.txt"]);
        Assert.Contains("binary", reasons["binary.txt"]);
        Assert.Contains("5 MB", reasons["huge.txt"]);
        Assert.Contains("outside", reasons["link.txt"]);
        Assert.Contains("folder", reasons["x.txt"]);
        Assert.DoesNotContain("secret.txt", reasons.Keys);
        Assert.Contains(
            report.Warnings,
            w => w.File == "latin1.txt" && w.Reason.Contains("UTF-8", StringComparison.Ordinal)
        );
        Assert.NotEmpty((await new AnswerService(store).SearchAsync("Pokrovsk")).Results);
    }

    [Fact]
    public void Options_without_folders_are_refused_with_a_message_naming_the_setting()
    {
        var failure = Assert.Throws<NewsBotException>(() =>
            new IndexStore(new IndexOptions("", ""))
        );

        Assert.Contains("NewsBot:ArticlesPath", failure.Message);
        Assert.Contains("NewsBot:IndexPath", failure.Message);
    }

    [Fact]
    public async Task An_article_grown_too_large_leaves_the_index_and_is_reported_skipped()
    {
        var articles = _folder.CopyOfSeeds();
        var options = Options(articles) with { MaxFileBytes = 20_000 };
        using (var first = new IndexStore(options))
        {
            await first.EnsureReadyAsync();
        }
        var grown = Path.Combine(articles, "000_678e51a0da039845.txt");
        await File.AppendAllTextAsync(
            grown,
            "\n\nThe harbour of Quillmouth reopened to grain ships on Monday.\n"
                + new string('x', 20_000)
        );

        using var second = new IndexStore(options);
        var report = await second.EnsureReadyAsync();
        var answer = await new AnswerService(second).SearchAsync("Quillmouth harbour grain");
        var sources = await new AnswerService(second).SourcesAsync();

        Assert.False(report.Reused);
        Assert.Equal(4, report.Articles);
        Assert.Equal("000_678e51a0da039845.txt", Assert.Single(report.Skipped).File);
        Assert.Empty(answer.Results);
        Assert.DoesNotContain(sources.Articles, a => a.File == "000_678e51a0da039845.txt");
    }

    [Fact]
    public async Task A_refresh_after_a_touch_without_change_reuses_the_index()
    {
        var articles = _folder.CopyOfSeeds();
        using (var first = new IndexStore(Options(articles)))
        {
            await first.EnsureReadyAsync();
        }
        File.SetLastWriteTimeUtc(
            Path.Combine(articles, "001_376bf699fdc7134b.txt"),
            DateTime.UtcNow.AddMinutes(5)
        );

        using var second = new IndexStore(Options(articles));
        var report = await second.EnsureReadyAsync();
        var answer = await new AnswerService(second).SearchAsync("drones kill zone");

        Assert.True(report.Reused);
        Assert.Single(Directory.GetDirectories(_folder.Combine("index"), "gen-*"));
        Assert.NotEmpty(answer.Results);
    }

    [Fact]
    public async Task Who_said_finds_a_quote_added_by_a_refresh_though_the_older_articles_hold_none_of_its_phrase()
    {
        var articles = _folder.CopyOfSeeds();
        using (var first = new IndexStore(Options(articles)))
        {
            await first.EnsureReadyAsync();
        }
        await File.WriteAllTextAsync(
            Path.Combine(articles, "harbour.txt"),
            "Quillmouth harbour reopens\n\n"
                + "QUILLMOUTH (AP) \u2014 Grain ships returned to the port on Monday.\n\n"
                + "\u201CThe grain ships will sail from Quillmouth again,\u201D said Harbour Master Edda Vark.\n"
        );

        // The refresh keeps the older articles' documents and adds the new one's beside them, so the
        // phrase of the question is in part of the index only.
        using var second = new IndexStore(Options(articles));
        await second.EnsureReadyAsync();
        var answer = await new AnswerService(second).WhoSaidAsync(
            "grain ships will sail from Quillmouth"
        );

        var top = answer.Results[0];
        Assert.Equal("Edda Vark", top.Speaker.Name);
        Assert.Equal("harbour.txt", Assert.Single(top.Sources).File);
    }
}
