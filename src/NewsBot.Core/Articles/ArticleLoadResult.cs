namespace NewsBot.Core.Articles;

/// <summary>
/// What reading one article file gave: the parsed <see cref="Article"/>, or why the file was
/// <see cref="Skipped"/>; <see cref="Hash"/> is the hex SHA-256 of its bytes whenever they were
/// read, for the index manifest.
/// </summary>
/// <remarks>
/// <see cref="Warning"/> is set when the article was read but only partly as written (invalid
/// UTF-8 replaced by U+FFFD), so that the caller can report it with the skipped files.
/// </remarks>
public sealed record ArticleLoadResult(Article? Article, SkippedFile? Skipped, string? Hash)
{
    public SkippedFile? Warning { get; init; }
}
