using System.Diagnostics;
using NewsBot.Core.Library;

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

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
