using System.Diagnostics;
using NewsBot.Core.Indexing;
using NewsBot.Core.Library;
using NewsBot.Testing.News;

namespace NewsBot.Core.Tests.Library;

/// <summary>Local files that are not what their name says: pipes, devices, links out of the folder.</summary>
public sealed partial class ArticleLibraryTests
{
    private static readonly TimeSpan s_writerBound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Refuses_a_named_pipe_without_reading_past_the_size_limit()
    {
        var pipe = _folder.Combine("pipe.txt");
        MakeFifo(pipe);
        long written = 0;
        var writer = Task.Run(() =>
        {
            var chunk = new byte[64 * 1024];
            Array.Fill(chunk, (byte)'a');
            try
            {
                using var stream = new FileStream(pipe, FileMode.Open, FileAccess.Write);
                while (written < 30 * 1024 * 1024)
                {
                    stream.Write(chunk);
                    written += chunk.Length;
                }
            }
            catch (IOException)
            {
                // The reader closed the pipe: nothing more is read.
            }
        });

        var result = await _library.AddFileAsync(pipe);
        await writer.WaitAsync(s_writerBound);

        Assert.Null(result.Article);
        Assert.Contains("not a regular file", result.Refusal, StringComparison.Ordinal);
        Assert.True(written <= new FetchOptions().MaxBytes, $"{written} bytes were written");
        Assert.Equal(["lighthouse.txt"], ArticleFiles());
    }

    [Fact]
    public async Task Refuses_a_link_to_a_device_that_never_ends()
    {
        var link = _folder.Combine("zero.txt");
        File.CreateSymbolicLink(link, "/dev/zero");

        var result = await _library.AddFileAsync(link);

        Assert.Null(result.Article);
        Assert.Contains("not a regular file", result.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_a_folder_named_like_an_article()
    {
        var folder = _folder.Combine("folder.txt");
        Directory.CreateDirectory(folder);

        var result = await _library.AddFileAsync(folder);

        Assert.Null(result.Article);
        Assert.NotNull(result.Refusal);
    }

    [Fact]
    public async Task Refuses_to_remove_a_file_through_a_link_to_a_folder_outside_the_articles_folder()
    {
        var outside = _folder.Combine("outside");
        Directory.CreateDirectory(outside);
        var victim = Path.Combine(outside, "victim.txt");
        await File.WriteAllTextAsync(victim, Existing);
        Directory.CreateSymbolicLink(Path.Combine(Articles, "linkdir"), outside);

        var result = await _library.RemoveAsync("linkdir/victim.txt");

        Assert.Contains("is not an article file", result.Refusal, StringComparison.Ordinal);
        Assert.True(File.Exists(victim));
    }

    [Fact]
    public async Task Does_not_read_a_link_to_a_device_in_the_articles_folder_when_looking_for_duplicates()
    {
        File.CreateSymbolicLink(Path.Combine(Articles, "zero.txt"), "/dev/zero");

        var result = await _library.AddLinkAsync(_site.Serve("/ferry", NewsPages.Ferry));

        Assert.Null(result.Refusal);
    }

    [Fact]
    public async Task Removes_a_file_listed_by_sources_when_the_articles_path_ends_with_a_slash()
    {
        var added = (await _library.AddLinkAsync(_site.Serve("/ferry", NewsPages.Ferry))).Article!;
        var slashed = new IndexOptions(Articles + "/", _folder.Combine("index"));
        using var library = new ArticleLibrary(slashed, _fetcher, _store, _answers, _time);

        var removed = await library.RemoveAsync(added.File);

        Assert.Null(removed.Refusal);
        Assert.Equal(["lighthouse.txt"], ArticleFiles());
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
