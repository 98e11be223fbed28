namespace NewsBot.Core.Articles;

/// <summary>
/// An article file of the articles folder: its path relative to the folder (with '/'), its full
/// path, and the size and time used to tell whether it changed since it was indexed.
/// </summary>
public sealed record ArticleFile(
    string RelativePath,
    string FullPath,
    long Length,
    DateTime LastWriteUtc
);
