using NewsBot.Core.Answers;
using NewsBot.Core.Indexing;
using NewsBot.Core.Library;
using NewsBot.Testing.News;

namespace NewsBot.Core.Tests.Library;

/// <summary>An article refused after it was saved leaves nothing behind, in the folder or the index.</summary>
public sealed partial class ArticleLibraryTests
{
    [Fact]
    public async Task An_article_the_index_skips_is_refused_and_leaves_no_skipped_entry_behind()
    {
        var small = new IndexOptions(Articles, _folder.Combine("index"), MaxFileBytes: 1_000);
        using var store = new IndexStore(small);
        await store.EnsureReadyAsync();
        var answers = new AnswerService(store);
        using var library = new ArticleLibrary(small, _fetcher, store, answers, _time);

        var result = await library.AddLinkAsync(_site.Serve("/ferry", NewsPages.Ferry));

        Assert.Contains("could not be read", result.Refusal, StringComparison.Ordinal);
        Assert.Equal(["lighthouse.txt"], ArticleFiles());
        Assert.Empty((await answers.SourcesAsync()).Skipped);
    }

    [Fact]
    public async Task Refuses_a_text_file_that_holds_binary_bytes()
    {
        var path = _folder.Combine("binary.txt");
        await File.WriteAllBytesAsync(
            path,
            [
                .. System.Text.Encoding.UTF8.GetBytes(
                    Existing.Replace("keeper", "other keeper", StringComparison.Ordinal)
                ),
                0,
                1,
                2,
                0,
            ]
        );

        var result = await _library.AddFileAsync(path);

        Assert.Contains("is not a text file", result.Refusal, StringComparison.Ordinal);
        Assert.Empty((await _answers.SourcesAsync()).Skipped);
    }
}
