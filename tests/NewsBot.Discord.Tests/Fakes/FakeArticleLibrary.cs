using NewsBot.Core.Library;
using NewsBot.Core.Quotes;

namespace NewsBot.Discord.Tests.Fakes;

/// <summary>Records what was asked of the library and answers with a fixed article, or refuses.</summary>
internal sealed class FakeArticleLibrary : IArticleLibrary
{
    public static readonly AddedArticle Article = new(
        "20260304_0123456789abcdef.txt",
        "Harbour council approves a night ferry",
        "https://news.example.org/ferry",
        [new(6, new Person("Elena Varga", null), "We have waited twenty years", false)],
        [new(8, "1,200", 1200, null, null, "passengers", "=", "passengers a night", null)]
    );

    public List<string> Calls { get; } = [];

    public string? Refusal { get; set; }

    public Task<AddResult> AddLinkAsync(string link, CancellationToken cancellationToken = default)
    {
        lock (Calls)
        {
            Calls.Add("link " + link);
        }
        return Task.FromResult(Result());
    }

    public Task<AddResult> AddAttachmentAsync(
        string fileName,
        string downloadLink,
        CancellationToken cancellationToken = default
    )
    {
        lock (Calls)
        {
            Calls.Add($"attachment {fileName} {downloadLink}");
        }
        return Task.FromResult(Result());
    }

    public Task<AddResult> AddFileAsync(string path, CancellationToken cancellationToken = default)
    {
        lock (Calls)
        {
            Calls.Add("file " + path);
        }
        return Task.FromResult(Result());
    }

    public Task<RemoveResult> RemoveAsync(
        string file,
        CancellationToken cancellationToken = default
    )
    {
        lock (Calls)
        {
            Calls.Add("remove " + file);
        }
        return Task.FromResult(new RemoveResult(file, "A headline", Refusal));
    }

    private AddResult Result() => Refusal is null ? new(Article, null) : AddResult.Refused(Refusal);
}
