using System.Diagnostics;
using System.Runtime.Versioning;
using NewsBot.Core.Answers;
using NewsBot.Core.Indexing;
using NewsBot.Testing;

namespace NewsBot.Core.Tests.Indexing;

/// <summary>A replica's index folder it may not write: it answers from the index it has.</summary>
[UnsupportedOSPlatform("windows")]
public sealed class ReadOnlyIndexTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private string? _immutable;

    public void Dispose()
    {
        if (_immutable is not null)
        {
            Run("chattr", "-i", _immutable);
        }
        var index = _folder.Combine("index");
        if (Directory.Exists(index))
        {
            File.SetUnixFileMode(
                index,
                UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            );
        }
        _folder.Dispose();
    }

    private IndexOptions Options(string articles) => new(articles, _folder.Combine("index"));

    [Fact]
    public async Task Answers_from_a_read_only_index_when_the_articles_folder_changed()
    {
        var articles = _folder.CopyOfSeeds();
        using (var writer = new IndexStore(Options(articles)))
        {
            await writer.EnsureReadyAsync();
        }
        File.Delete(Path.Combine(articles, "000_678e51a0da039845.txt"));
        MakeReadOnly(_folder.Combine("index"));

        using var replica = new IndexStore(Options(articles));
        var report = await replica.EnsureReadyAsync();
        var sources = await new AnswerService(replica).SourcesAsync();

        Assert.True(report.Reused);
        Assert.Equal(5, sources.Files);
        Assert.True(replica.IsReadOnly);
    }

    /// <summary>
    /// No new generation can be made in the folder: by permissions for a user, by the immutable attribute
    /// for root (whom permissions do not stop).
    /// </summary>
    private void MakeReadOnly(string folder)
    {
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        if (IsWritable(folder))
        {
            Run("chattr", "+i", folder);
            _immutable = folder;
        }
        Assert.False(IsWritable(folder), "The test could not make a folder read-only here.");
    }

    private static bool IsWritable(string folder)
    {
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "probe")).Delete();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static void Run(string program, params string[] args)
    {
        using var process = Process.Start(program, args);
        process.WaitForExit();
    }
}
