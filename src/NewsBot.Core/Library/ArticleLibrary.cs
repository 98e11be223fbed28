using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Core.Answers;
using NewsBot.Core.Articles;
using NewsBot.Core.Indexing;
using NewsBot.Core.Inspection;

namespace NewsBot.Core.Library;

/// <summary>
/// The articles folder as moderators change it: an added article is fetched (bounded by
/// <see cref="ArticleFetcher"/>), reduced to its text, checked against the folder for a duplicate,
/// saved under a new name and indexed; a removed one is set aside, the index refreshed without it, and
/// only then deleted. One change at a time; a change that fails leaves the folder and the index as they were.
/// </summary>
public sealed partial class ArticleLibrary(
    IndexOptions index,
    ArticleFetcher fetcher,
    IIndexRefresher refresher,
    IAnswerService answers,
    TimeProvider time,
    ILogger<ArticleLibrary>? logger = null
) : IArticleLibrary, IDisposable
{
    /// <summary>What an attachment may be served as (Discord serves Markdown as such).</summary>
    private static readonly IReadOnlySet<string> s_fileTypes = new HashSet<string>(
        ["text/html", "text/plain", "text/markdown", "text/x-markdown"],
        StringComparer.OrdinalIgnoreCase
    );

    private static readonly string[] s_extensions = [".txt", ".md", ".markdown", ".html", ".htm"];

    private readonly ILogger _logger = logger ?? NullLogger<ArticleLibrary>.Instance;
    private readonly SemaphoreSlim _oneChange = new(1, 1);

    // Reading an article is bounded like fetching it: as long again, on a thread of its own.
    private readonly ExtractionThread _extraction = new(fetcher.Options.Timeout, time);

    /// <summary>The articles folder, without a trailing separator (<c>articles/</c> names the same folder).</summary>
    private string Folder =>
        Path.TrimEndingDirectorySeparator(Path.GetFullPath(index.ArticlesPath));

    public async Task<AddResult> AddLinkAsync(
        string link,
        CancellationToken cancellationToken = default
    )
    {
        if (
            !Uri.TryCreate(link.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        )
        {
            return AddResult.Refused(
                $"'{Shorten(link)}' is not a link NewsBot fetches: give a full http:// or https:// address."
            );
        }
        return await ChangeAsync(
            async () =>
            {
                var page = await fetcher.FetchAsync(
                    uri,
                    ArticleFetcher.PageTypes,
                    cancellationToken
                );
                var article = await _extraction.RunAsync(
                    () =>
                        page.MediaType == "text/html"
                            ? ArticleExtractor.FromHtml(page.Uri, page.Text)
                            : ArticleExtractor.FromText(
                                page.Text,
                                page.Uri.Host + page.Uri.AbsolutePath
                            ),
                    cancellationToken
                );
                return await SaveAsync(
                    article,
                    uri,
                    [SavedArticle.Canonical(uri), SavedArticle.Canonical(page.Uri)],
                    cancellationToken
                );
            },
            cancellationToken
        );
    }

    public async Task<AddResult> AddAttachmentAsync(
        string fileName,
        string downloadLink,
        CancellationToken cancellationToken = default
    )
    {
        if (Unsupported(fileName) is { } refusal)
        {
            return AddResult.Refused(refusal);
        }
        if (!Uri.TryCreate(downloadLink, UriKind.Absolute, out var uri))
        {
            return AddResult.Refused("The attachment has no link to download it from.");
        }
        return await ChangeAsync(
            async () =>
            {
                var file = await fetcher.FetchAsync(uri, s_fileTypes, cancellationToken);
                return await SaveAsync(
                    await _extraction.RunAsync(
                        () => Extract(fileName, file.Uri, file.Text),
                        cancellationToken
                    ),
                    null,
                    [],
                    cancellationToken
                );
            },
            cancellationToken
        );
    }

    public async Task<AddResult> AddFileAsync(
        string path,
        CancellationToken cancellationToken = default
    )
    {
        if (Unsupported(path) is { } refusal)
        {
            return AddResult.Refused(refusal);
        }
        var info = new FileInfo(path);
        if (!info.Exists && !Directory.Exists(path))
        {
            return AddResult.Refused($"There is no file '{path}'.");
        }
        return await ChangeAsync(
            async () =>
            {
                var text = await LocalArticleFile.ReadAsync(
                    info.FullName,
                    fetcher.Options.MaxBytes,
                    cancellationToken
                );
                return await SaveAsync(
                    await _extraction.RunAsync(
                        () => Extract(info.Name, new Uri(info.FullName), text),
                        cancellationToken
                    ),
                    null,
                    [],
                    cancellationToken
                );
            },
            cancellationToken
        );
    }

    public async Task<RemoveResult> RemoveAsync(
        string file,
        CancellationToken cancellationToken = default
    )
    {
        var name = file.Trim().Replace('\\', '/');
        var full = Path.GetFullPath(Path.Combine(Folder, name));
        if (
            name.Length == 0
            || Path.IsPathRooted(name)
            || name.Split('/').Any(part => part is ".." or "." || part.StartsWith('.'))
            || !FileSystemPaths.IsInside(full, Folder)
            || !name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)
        )
        {
            return NotAnArticle(name);
        }
        await _oneChange.WaitAsync(cancellationToken);
        try
        {
            // A folder on the way may be a link out of the articles folder (linkdir/victim.txt): the file
            // is judged, moved and deleted where its folder really is. The file itself may be a link: it
            // is the link that is moved and deleted, never what it points to.
            full = Path.Combine(
                FileSystemPaths.ResolveLinks(Path.GetDirectoryName(full)!),
                Path.GetFileName(full)
            );
            if (!FileSystemPaths.IsInside(full, FileSystemPaths.ResolveLinks(Folder)))
            {
                return NotAnArticle(name);
            }
            if (!File.Exists(full))
            {
                return new RemoveResult(name, null, $"There is no article file '{name}'.");
            }
            var headline = (await answers.SourcesAsync(cancellationToken))
                .Articles.FirstOrDefault(a => a.File == name)
                ?.Headline;
            // Set aside (hidden files are not read) rather than deleted until the index no longer has it.
            var aside = Path.Combine(
                Path.GetDirectoryName(full)!,
                $".{Path.GetFileName(full)}.removed"
            );
            File.Move(full, aside, overwrite: true);
            try
            {
                await RefreshAsync(name, isIndexed: false, cancellationToken);
            }
            catch (Exception e) when (e is NewsBotException or OperationCanceledException)
            {
                File.Move(aside, full);
                return new RemoveResult(
                    name,
                    headline,
                    $"The index could not be refreshed, so '{name}' was kept: {e.Message}"
                );
            }
            File.Delete(aside);
            LogRemoved(name);
            return new RemoveResult(name, headline, null);
        }
        finally
        {
            _oneChange.Release();
        }
    }

    public void Dispose() => _oneChange.Dispose();

    private async Task<AddResult> ChangeAsync(
        Func<Task<AddResult>> change,
        CancellationToken cancellationToken
    )
    {
        await _oneChange.WaitAsync(cancellationToken);
        try
        {
            return await change();
        }
        catch (NewsBotException e)
        {
            LogRefused(e.Message);
            return AddResult.Refused(e.Message);
        }
        catch (IOException e)
        {
            LogRefused(e.Message);
            return AddResult.Refused($"The article could not be saved: {e.Message}");
        }
        finally
        {
            _oneChange.Release();
        }
    }

    private async Task<AddResult> SaveAsync(
        ExtractedArticle article,
        Uri? source,
        IReadOnlyList<string> links,
        CancellationToken cancellationToken
    )
    {
        var duplicate = new DuplicateFinder(Folder, index.MaxFileBytes).Find(
            links,
            article.Paragraphs
        );
        if (duplicate is not null)
        {
            return AddResult.Refused($"This article is already indexed as '{duplicate}'.");
        }
        var saved = SavedArticle.Of(
            article,
            source,
            DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)
        );
        var target = Path.Combine(Folder, saved.FileName);
        if (File.Exists(target))
        {
            return AddResult.Refused($"This article is already indexed as '{saved.FileName}'.");
        }
        Directory.CreateDirectory(Folder);
        // Written beside under a hidden name (never read as an article), then moved into place whole.
        // A link left under that name is removed first, so that the text is never written through it.
        var partial = Path.Combine(Folder, $".{saved.FileName}.partial");
        File.Delete(partial);
        await using (
            var stream = new FileStream(
                partial,
                FileMode.CreateNew,
                FileAccess.Write,
                FileShare.None
            )
        )
        await using (var writer = new StreamWriter(stream))
        {
            await writer.WriteAsync(saved.Text.AsMemory(), cancellationToken);
        }
        File.Move(partial, target);
        try
        {
            await RefreshAsync(saved.FileName, isIndexed: true, cancellationToken);
        }
        catch (Exception e) when (e is NewsBotException or OperationCanceledException)
        {
            File.Delete(target);
            await ForgetAsync(saved.FileName);
            return AddResult.Refused(
                $"The index could not be refreshed, so the article was not added: {e.Message}"
            );
        }
        LogAdded(saved.FileName, source?.AbsoluteUri ?? "(file)");
        var found = ArticleInspector.Of(
            ArticleAnalysis.Of(ArticleParser.Parse(saved.FileName, saved.Text))
        );
        return new AddResult(
            new AddedArticle(
                saved.FileName,
                article.Headline,
                source is null ? null : SavedArticle.Canonical(source),
                found.Quotes,
                found.Figures
            ),
            null
        );
    }

    /// <summary>
    /// Refreshes the index until it has (or no longer has) the file: a refresh already running when the
    /// file changed joins that one, which may have listed the folder before, so it runs once more.
    /// </summary>
    private async Task RefreshAsync(
        string file,
        bool isIndexed,
        CancellationToken cancellationToken
    )
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            await refresher.RefreshAsync(
                full: false,
                progress: null,
                cancellationToken: cancellationToken
            );
            var sources = await answers.SourcesAsync(cancellationToken);
            if (sources.Articles.Any(a => a.File == file) == isIndexed)
            {
                return;
            }
            if (sources.Skipped.FirstOrDefault(s => s.File == file) is { } skipped)
            {
                throw new NewsBotException($"'{file}' could not be read: {skipped.Reason}");
            }
        }
        throw new NewsBotException(
            isIndexed ? $"'{file}' was not indexed." : $"'{file}' is still indexed."
        );
    }

    /// <summary>
    /// Refreshes the index once more after a refused file was deleted, so that it does not keep listing
    /// the file as skipped until a full rebuild. A failure here changes nothing already refused.
    /// </summary>
    private async Task ForgetAsync(string file)
    {
        try
        {
            var sources = await answers.SourcesAsync(CancellationToken.None);
            if (
                sources.Skipped.Any(s => s.File == file)
                || sources.Articles.Any(a => a.File == file)
            )
            {
                await refresher.RefreshAsync(
                    full: false,
                    progress: null,
                    cancellationToken: CancellationToken.None
                );
            }
        }
        catch (NewsBotException e)
        {
            LogRefused(e.Message);
        }
    }

    private static ExtractedArticle Extract(string fileName, Uri uri, string text)
    {
        // A binary file under an article's name is refused naming the file given, before anything is saved.
        if (IsBinary(text))
        {
            throw new NewsBotException(
                $"'{Shorten(Path.GetFileName(fileName))}' is not a text file: NewsBot reads articles written as text (.txt, .md or .html)."
            );
        }
        var headline = Path.GetFileNameWithoutExtension(fileName)
            .Replace('_', ' ')
            .Replace('-', ' ');
        return Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".html" or ".htm" => ArticleExtractor.FromHtml(uri, text),
            ".md" or ".markdown" => ArticleExtractor.FromMarkdown(text, headline),
            _ => ArticleExtractor.FromText(text, headline),
        };
    }

    private static string? Unsupported(string fileName) =>
        s_extensions.Contains(
            Path.GetExtension(fileName).ToLowerInvariant(),
            StringComparer.Ordinal
        )
            ? null
            : $"'{Shorten(Path.GetFileName(fileName))}' is not an article file NewsBot reads: give a .txt, .md or .html file.";

    /// <summary>NUL characters, or more than 1 in 100 characters undecodable or control characters.</summary>
    private static bool IsBinary(string text)
    {
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return true;
        }
        var odd = text.Count(c =>
            c == '\uFFFD' || (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
        );
        return odd > Math.Max(1, text.Length / 100);
    }

    private static RemoveResult NotAnArticle(string name) =>
        new(
            name,
            null,
            $"'{Shorten(name)}' is not an article file: give a name /sources lists, such as 20260304_1f2e3d4c5b6a7980.txt."
        );

    private static string Shorten(string text) => text.Length > 80 ? text[..80] + "…" : text;

    [LoggerMessage(Level = LogLevel.Information, Message = "Added article {File} from {Source}")]
    private partial void LogAdded(string file, string source);

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed article {File}")]
    private partial void LogRemoved(string file);

    [LoggerMessage(Level = LogLevel.Information, Message = "Article not added: {Reason}")]
    private partial void LogRefused(string reason);
}
