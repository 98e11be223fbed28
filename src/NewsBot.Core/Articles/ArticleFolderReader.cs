using System.Buffers;
using System.IO.Enumeration;
using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;

namespace NewsBot.Core.Articles;

/// <summary>
/// Lists the article files (*.txt) of the articles folder and reads them into articles. A bad
/// file never stops the others: it comes back as a <see cref="SkippedFile"/> with the reason.
/// </summary>
public sealed class ArticleFolderReader(
    string folder,
    long maxFileBytes = ArticleFolderReader.DefaultMaxFileBytes
)
{
    public const long DefaultMaxFileBytes = 5 * 1024 * 1024;

    private static readonly UTF8Encoding Utf8WithReplacement = new(
        encoderShouldEmitUTF8Identifier: false,
        throwOnInvalidBytes: false
    );

    private string? _resolvedFolder;

    public string Folder { get; } = Path.GetFullPath(folder);

    /// <summary>
    /// The *.txt files under the folder and its subfolders, sorted by relative path (ordinal);
    /// hidden files and folders (".git/", ".draft.txt") are left out.
    /// </summary>
    /// <exception cref="NewsBotException">The folder does not exist or cannot be listed.</exception>
    public IReadOnlyList<ArticleFile> List()
    {
        if (!Directory.Exists(Folder))
        {
            var where = folder == Folder ? "" : $" (looked for '{Folder}')";
            var what = File.Exists(Folder) ? "is a file, not a folder" : "does not exist";
            throw new NewsBotException($"Articles folder '{folder}' {what}{where}.");
        }
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
        };
        var files = new FileSystemEnumerable<ArticleFile>(
            Folder,
            (ref FileSystemEntry entry) =>
            {
                var fullPath = entry.ToFullPath();
                return new ArticleFile(
                    RelativePath(fullPath),
                    fullPath,
                    entry.Length,
                    entry.LastWriteTimeUtc.UtcDateTime
                );
            },
            options
        )
        {
            // A folder named like an article is listed too, so that the summary says why it was skipped.
            ShouldIncludePredicate = (ref FileSystemEntry entry) =>
                FileSystemName.MatchesSimpleExpression("*.txt", entry.FileName, ignoreCase: true),
            // Links to folders are not followed: a link to a parent folder would list files
            // forever, and one to a folder elsewhere would only list files outside the folder.
            ShouldRecursePredicate = (ref FileSystemEntry entry) =>
                (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };
        try
        {
            var listed = files.ToArray();
            Array.Sort(listed, (a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
            return listed;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new NewsBotException(
                $"Failed to list the articles folder '{Folder}': {ex.Message}",
                ex
            );
        }
    }

    /// <summary>A listed file's path relative to the folder, with '/' between folders.</summary>
    private string RelativePath(string fullPath)
    {
        var prefix = Folder.EndsWith(Path.DirectorySeparatorChar)
            ? Folder.Length
            : Folder.Length + 1;
        var relative = fullPath.StartsWith(Folder, StringComparison.Ordinal)
            ? fullPath[prefix..]
            : Path.GetRelativePath(Folder, fullPath);
        return Path.DirectorySeparatorChar == '/'
            ? relative
            : relative.Replace(Path.DirectorySeparatorChar, '/');
    }

    /// <summary>
    /// The text of one file as <see cref="Load"/> reads it (inside the folder whatever the links, within
    /// the size limit), without parsing it; null when the file would be skipped.
    /// </summary>
    public string? ReadText(ArticleFile file) =>
        Read(file).Bytes is { } bytes ? Decode(bytes).Text : null;

    /// <summary>Reads and parses one file; never throws for a bad file.</summary>
    public ArticleLoadResult Load(ArticleFile file)
    {
        var (bytes, skip) = Read(file);
        if (bytes is null)
        {
            return Skip(file, skip!);
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var (text, problem, warning) = Decode(bytes);
        if (problem is not null)
        {
            return new ArticleLoadResult(null, new SkippedFile(file.RelativePath, problem), hash);
        }
        try
        {
            var article = ArticleParser.Parse(file.RelativePath, text!);
            return new ArticleLoadResult(article, null, hash)
            {
                Warning = warning is null ? null : new SkippedFile(file.RelativePath, warning),
            };
        }
        catch (Exception ex)
        {
            return new ArticleLoadResult(
                null,
                new SkippedFile(file.RelativePath, $"could not be parsed: {ex.Message}"),
                hash
            );
        }
    }

    /// <summary>The bytes of one file, or why it is skipped.</summary>
    private (byte[]? Bytes, string? Skip) Read(ArticleFile file)
    {
        byte[] bytes;
        long measured;
        try
        {
            var path = FileSystemPaths.ResolveLinks(file.FullPath);
            _resolvedFolder ??= FileSystemPaths.ResolveLinks(Folder);
            if (!FileSystemPaths.IsInside(path, _resolvedFolder))
            {
                // A link to a file elsewhere would let the articles folder publish any file.
                return (null, "outside the articles folder");
            }
            if (Directory.Exists(path))
            {
                return (null, "a folder, not a file");
            }
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return (null, "file not found");
            }
            if (info.Length > maxFileBytes)
            {
                return (null, $"larger than {FormatSize(maxFileBytes)} limit");
            }
            // A zero length is also what a named pipe or a device reports: never open those,
            // reading them could wait forever.
            measured = info.Length;
            bytes = info.Length == 0 ? [] : ReadAtMost(path, maxFileBytes + 1);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, ex.Message);
        }
        // Checked again on the bytes read: the file may have grown since it was measured (at most
        // one byte over the limit was read).
        if (bytes.LongLength > maxFileBytes)
        {
            return (null, $"larger than {FormatSize(maxFileBytes)} limit");
        }
        if (IsBeingWritten(file, measured, bytes))
        {
            // A half-written file is never indexed: it is read whole at the next refresh.
            return (null, "changed while being read: read again at the next refresh");
        }
        return (bytes, null);
    }

    /// <summary>The file is no longer what was listed: its size or time changed before or while it was read.</summary>
    private static bool IsBeingWritten(ArticleFile file, long measured, byte[] bytes)
    {
        try
        {
            var now = new FileInfo(file.FullPath);
            return bytes.LongLength != measured
                || now.Length != file.Length
                || now.LastWriteTimeUtc != file.LastWriteUtc;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }

    private static byte[] ReadAtMost(string path, long limit)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (
            buffer.Length < limit
            && (read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit - buffer.Length)))
                > 0
        )
        {
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static ArticleLoadResult Skip(ArticleFile file, string reason) =>
        new(null, new SkippedFile(file.RelativePath, reason), null);

    /// <summary>The text, or why there is none, and a warning when it was read with replacements.</summary>
    private static (string? Text, string? Problem, string? Warning) Decode(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return (null, "empty", null);
        }
        string text;
        string? warning = null;
        if (bytes is [0xFF, 0xFE, ..])
        {
            text = Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        }
        else if (bytes is [0xFE, 0xFF, ..])
        {
            text = Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        }
        else
        {
            if (bytes.AsSpan().Contains((byte)0))
            {
                return (null, "binary (NUL bytes)", null);
            }
            var invalidAt = FirstInvalidUtf8Byte(bytes);
            if (invalidAt >= 0)
            {
                warning =
                    $"invalid UTF-8 on line {LineOfByte(bytes, invalidAt)}: read with replacement characters (U+FFFD)";
            }
            // GetString keeps a byte-order mark as U+FEFF; the parser drops it.
            text = Utf8WithReplacement.GetString(bytes);
        }
        return string.IsNullOrWhiteSpace(text.TrimStart('\uFEFF'))
            ? (null, "empty", null)
            : (text, null, warning);
    }

    private static int FirstInvalidUtf8Byte(byte[] bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return -1;
        }
        var buffer = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            var status = Utf8.ToUtf16(
                bytes,
                buffer,
                out var read,
                out _,
                replaceInvalidSequences: false
            );
            return status == OperationStatus.InvalidData ? read : 0;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static int LineOfByte(byte[] bytes, int index)
    {
        var line = 1;
        for (var i = 0; i < index; i++)
        {
            if (
                bytes[i] == '\n'
                || (bytes[i] == '\r' && (i + 1 >= bytes.Length || bytes[i + 1] != '\n'))
            )
            {
                line++;
            }
        }
        return line;
    }

    private static string FormatSize(long bytes) =>
        bytes % (1024 * 1024) == 0 ? $"{bytes / (1024 * 1024)} MB"
        : bytes % 1024 == 0 ? $"{bytes / 1024} KB"
        : $"{bytes} bytes";
}
