namespace NewsBot.Core.Library;

/// <summary>
/// Adds articles to the articles folder and removes them, refreshing the index each time: the seam that
/// <c>/add-article</c>, <c>/remove-article</c>, <c>newsbot add</c> and <c>newsbot remove</c> share.
/// A refusal is a result that says why, never an exception; nothing indexed is lost by one.
/// </summary>
public interface IArticleLibrary
{
    /// <summary>Fetches the page at <paramref name="link"/> and adds its article.</summary>
    Task<AddResult> AddLinkAsync(string link, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds a <c>.txt</c>, <c>.md</c> or <c>.html</c> file named <paramref name="fileName"/>, downloaded
    /// from <paramref name="downloadLink"/> (a Discord attachment) through the same bounded fetch.
    /// </summary>
    Task<AddResult> AddAttachmentAsync(
        string fileName,
        string downloadLink,
        CancellationToken cancellationToken = default
    );

    /// <summary>Adds a local <c>.txt</c>, <c>.md</c> or <c>.html</c> file (the command line).</summary>
    Task<AddResult> AddFileAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>Removes the article file <paramref name="file"/> (relative to the articles folder).</summary>
    Task<RemoveResult> RemoveAsync(string file, CancellationToken cancellationToken = default);
}
