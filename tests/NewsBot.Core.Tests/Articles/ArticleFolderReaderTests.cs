using System.Security.Cryptography;
using System.Text;
using NewsBot.Core.Articles;

namespace NewsBot.Core.Tests.Articles;

public sealed class ArticleFolderReaderTests : IDisposable
{
    private readonly string _root = Path.Combine(
        Path.GetTempPath(),
        "newsbot-reader-" + Guid.NewGuid().ToString("N")
    );
    private readonly string _folder;

    public ArticleFolderReaderTests()
    {
        _folder = Path.Combine(_root, "articles");
        Directory.CreateDirectory(_folder);
    }

    // Links are deleted, not followed; a file without permissions can still be unlinked.
    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Write(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(_folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string Write(string relativePath, string text) =>
        Write(relativePath, Encoding.UTF8.GetBytes(text));

    private ArticleLoadResult Load(
        string relativePath,
        long maxFileBytes = ArticleFolderReader.DefaultMaxFileBytes
    )
    {
        var reader = new ArticleFolderReader(_folder, maxFileBytes);
        var file = reader.List().Single(f => f.RelativePath == relativePath);
        return reader.Load(file);
    }

    [Fact]
    public void Lists_txt_files_of_all_subfolders_sorted_by_relative_path_without_hidden_ones()
    {
        Write("b.txt", "B.");
        Write("a.txt", "A.");
        Write("sub/c.txt", "C.");
        Write("Z.TXT", "Z.");
        Write("notes.md", "not an article");
        Write(".draft.txt", "hidden");
        Write(".git/x.txt", "hidden folder");

        var files = new ArticleFolderReader(_folder).List();

        Assert.Equal(["Z.TXT", "a.txt", "b.txt", "sub/c.txt"], files.Select(f => f.RelativePath));
        var c = files[3];
        Assert.Equal(Path.Combine(_folder, "sub", "c.txt"), c.FullPath);
        Assert.Equal(2, c.Length);
        Assert.Equal(File.GetLastWriteTimeUtc(c.FullPath), c.LastWriteUtc);
    }

    [Fact]
    public void Fails_with_a_clear_message_when_the_folder_does_not_exist()
    {
        var missing = Path.Combine(_root, "missing");

        var error = Assert.Throws<NewsBotException>(() => new ArticleFolderReader(missing).List());

        Assert.Equal($"Articles folder '{missing}' does not exist.", error.Message);
    }

    [Fact]
    public void Names_the_folder_as_configured_and_where_it_was_looked_for()
    {
        var file = Path.Combine(_root, "articles.txt");
        File.WriteAllText(file, "not a folder");
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, file);

        var error = Assert.Throws<NewsBotException>(() => new ArticleFolderReader(relative).List());

        Assert.Equal(
            $"Articles folder '{relative}' is a file, not a folder (looked for '{file}').",
            error.Message
        );
    }

    [Fact]
    public void Loads_an_article_with_the_sha256_of_its_bytes()
    {
        var bytes = Encoding.UTF8.GetBytes("MUNICH, Germany — Rutte spoke.\n");
        Write("news/one.txt", bytes);

        var result = Load("news/one.txt");

        Assert.NotNull(result.Article);
        Assert.Equal("news/one.txt", result.Article.File);
        Assert.Equal("MUNICH, Germany", result.Article.Dateline);
        Assert.Null(result.Skipped);
        Assert.Null(result.Warning);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), result.Hash);
    }

    [Fact]
    public void Reads_utf8_with_a_byte_order_mark_and_utf16()
    {
        Write(
            "bom.txt",
            [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Rutte’s remarks.\r\nSecond line.")]
        );
        Write(
            "utf16.txt",
            [
                .. Encoding.Unicode.GetPreamble(),
                .. Encoding.Unicode.GetBytes("Rutte’s remarks.\nSecond line."),
            ]
        );

        foreach (var name in new[] { "bom.txt", "utf16.txt" })
        {
            var article = Load(name).Article;

            Assert.NotNull(article);
            Assert.Equal(
                [(1, "Rutte’s remarks."), (2, "Second line.")],
                article.Paragraphs.Select(p => (p.FirstLine, p.Text))
            );
        }
    }

    [Fact]
    public void Skips_an_empty_file()
    {
        Write("empty.txt", []);
        Write("blank.txt", "\uFEFF \r\n\n");

        Assert.Equal(new SkippedFile("empty.txt", "empty"), Load("empty.txt").Skipped);
        Assert.Equal(new SkippedFile("blank.txt", "empty"), Load("blank.txt").Skipped);
        Assert.Null(Load("empty.txt").Article);
    }

    [Fact]
    public void Skips_a_binary_file()
    {
        Write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x0D, 0x0A]);

        var result = Load("image.txt");

        Assert.Null(result.Article);
        Assert.Equal(new SkippedFile("image.txt", "binary (NUL bytes)"), result.Skipped);
    }

    [Fact]
    public void Reads_invalid_utf8_with_replacement_characters_and_warns()
    {
        Write(
            "latin1.txt",
            [
                .. Encoding.UTF8.GetBytes("First line.\nRadosaw "),
                0xB3,
                .. Encoding.UTF8.GetBytes(" Sikorski spoke.\n"),
            ]
        );

        var result = Load("latin1.txt");

        Assert.NotNull(result.Article);
        Assert.Null(result.Skipped);
        Assert.Equal("Radosaw \uFFFD Sikorski spoke.", result.Article.Paragraphs[1].Text);
        Assert.Equal(
            new SkippedFile(
                "latin1.txt",
                "invalid UTF-8 on line 2: read with replacement characters (U+FFFD)"
            ),
            result.Warning
        );
    }

    [Fact]
    public void Skips_a_file_over_the_size_limit()
    {
        Write("big.txt", new string('a', 2048) + ".");

        Assert.Equal(
            new SkippedFile("big.txt", "larger than 2 KB limit"),
            Load("big.txt", maxFileBytes: 2048).Skipped
        );
        Assert.NotNull(Load("big.txt", maxFileBytes: 4096).Article);
        Assert.Equal(5 * 1024 * 1024, ArticleFolderReader.DefaultMaxFileBytes);
    }

    [Fact]
    public void Skips_a_symbolic_link_to_a_file_outside_the_folder_and_does_not_list_a_linked_folder()
    {
        var outside = Path.Combine(_root, "secret.txt");
        File.WriteAllText(outside, "Not an article.");
        File.CreateSymbolicLink(Path.Combine(_folder, "link.txt"), outside);
        Directory.CreateDirectory(Path.Combine(_root, "elsewhere"));
        File.WriteAllText(Path.Combine(_root, "elsewhere", "inner.txt"), "Not an article either.");
        Directory.CreateSymbolicLink(
            Path.Combine(_folder, "linked"),
            Path.Combine(_root, "elsewhere")
        );

        var reader = new ArticleFolderReader(_folder);
        var files = reader.List();
        var result = reader.Load(Assert.Single(files));

        Assert.Equal("link.txt", files[0].RelativePath);
        Assert.Null(result.Article);
        Assert.Equal(new SkippedFile("link.txt", "outside the articles folder"), result.Skipped);
    }

    [Fact]
    public void Does_not_follow_a_link_to_a_parent_folder()
    {
        Write("sub/one.txt", "An article.");
        Directory.CreateSymbolicLink(Path.Combine(_folder, "sub", "up"), "..");

        var files = new ArticleFolderReader(_folder).List();

        Assert.Equal(["sub/one.txt"], files.Select(f => f.RelativePath));
    }

    [Fact]
    public void Reads_a_symbolic_link_to_another_article_of_the_folder()
    {
        Write("real.txt", "An article.");
        File.CreateSymbolicLink(Path.Combine(_folder, "alias.txt"), "real.txt");

        var result = Load("alias.txt");

        Assert.Equal("An article.", Assert.Single(result.Article!.Paragraphs).Text);
    }

    [Fact]
    public void Skips_an_unreadable_file_with_the_reason()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        var path = Write("locked.txt", "An article.");
        File.SetUnixFileMode(path, UnixFileMode.None);
        if (CanStillRead(path))
        {
            // Running as root: permissions do not stop reads, so there is nothing to observe.
            return;
        }

        var result = Load("locked.txt");

        Assert.Null(result.Article);
        Assert.Contains("denied", result.Skipped?.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Skips_a_file_another_process_holds_locked_with_the_reason()
    {
        var path = Write("locked.txt", "An article.");
        using var writer = new FileStream(
            path,
            FileMode.Open,
            FileAccess.ReadWrite,
            FileShare.None
        );

        var result = Load("locked.txt");

        Assert.Null(result.Article);
        Assert.NotNull(result.Skipped);
        Assert.Equal("locked.txt", result.Skipped.File);
        Assert.Contains(path, result.Skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Skips_a_named_pipe_as_empty_without_waiting_for_a_writer()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        var pipe = Path.Combine(_folder, "pipe.txt");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [pipe]))
        {
            mkfifo.WaitForExit();
        }

        var result = Load("pipe.txt");

        Assert.Equal(new SkippedFile("pipe.txt", "empty"), result.Skipped);
    }

    [Fact]
    public void Lists_a_folder_named_like_an_article_and_skips_it_with_its_reason()
    {
        var path = Path.Combine(_folder, "folder.txt");
        Directory.CreateDirectory(path);
        var reader = new ArticleFolderReader(_folder);

        var listed = Assert.Single(reader.List());
        var result = reader.Load(listed);

        Assert.Equal("folder.txt", listed.RelativePath);
        Assert.Equal(new SkippedFile("folder.txt", "a folder, not a file"), result.Skipped);
    }

    [Fact]
    public void Skips_a_file_removed_after_it_was_listed()
    {
        var path = Write("gone.txt", "An article.");
        var reader = new ArticleFolderReader(_folder);
        var file = reader.List().Single();
        File.Delete(path);

        Assert.Equal(new SkippedFile("gone.txt", "file not found"), reader.Load(file).Skipped);
    }

    [Fact]
    public void Loads_every_seed_article()
    {
        var reader = new ArticleFolderReader(Seeds.Folder);

        var results = reader.List().Select(reader.Load).ToList();

        Assert.Equal(5, results.Count);
        Assert.All(results, r => Assert.Null(r.Skipped));
        Assert.All(results, r => Assert.Null(r.Warning));
        Assert.Equal("004_03b79c85bce5be51.txt", results[4].Article?.File);
    }

    private static bool CanStillRead(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    [Fact]
    public void A_file_written_after_it_was_listed_is_left_for_the_next_refresh_not_half_read()
    {
        Write("growing.txt", "The first half of an article");
        var reader = new ArticleFolderReader(_folder);
        var listed = reader.List().Single();

        File.AppendAllText(
            Path.Combine(_folder, "growing.txt"),
            " and the second half, written while the folder was read."
        );
        var result = reader.Load(listed);

        Assert.Null(result.Article);
        Assert.Contains("next refresh", result.Skipped!.Reason);
        Assert.NotNull(reader.Load(reader.List().Single()).Article);
    }
}
