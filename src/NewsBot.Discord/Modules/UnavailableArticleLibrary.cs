using NewsBot.Core.Library;

namespace NewsBot.Discord.Modules;

/// <summary>
/// The library when the host registers none (a bot answering from an index it does not own, such as a
/// replica or the benchmark): <c>/add-article</c> and <c>/remove-article</c> are refused with a reason.
/// </summary>
internal sealed class UnavailableArticleLibrary : IArticleLibrary
{
    private const string Refusal =
        "This NewsBot does not change its articles: add or remove them where the index is written.";

    public Task<AddResult> AddLinkAsync(
        string link,
        CancellationToken cancellationToken = default
    ) => Task.FromResult(AddResult.Refused(Refusal));

    public Task<AddResult> AddAttachmentAsync(
        string fileName,
        string downloadLink,
        CancellationToken cancellationToken = default
    ) => Task.FromResult(AddResult.Refused(Refusal));

    public Task<AddResult> AddFileAsync(
        string path,
        CancellationToken cancellationToken = default
    ) => Task.FromResult(AddResult.Refused(Refusal));

    public Task<RemoveResult> RemoveAsync(
        string file,
        CancellationToken cancellationToken = default
    ) => Task.FromResult(new RemoveResult(file, null, Refusal));
}
