using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;

namespace NewsBot.Core.Articles;

/// <summary>
/// Lists the article files (*.txt) of the articles folder and reads them into articles. A bad
/// file never stops the others: it comes back as a <see cref="SkippedFile"/> with the reason.
/// </summary>
public sealed class ArticleFolderReader(string folder, long maxFileBytes = ArticleFolderReader.DefaultMaxFileBytes)
{
    public const long DefaultMaxFileBytes = 5 * 1024 * 1024;

    private static readonly UTF8Encoding Utf8WithReplacement = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public string Folder { get; } = Path.GetFullPath(folder);

    /// <summary>The *.txt files under the folder and its subfolders, sorted by relative path (ordinal).</summary>
    /// <exception cref="NewsBotException">The folder does not exist or cannot be listed.</exception>
    public IReadOnlyList<ArticleFile> List()
    {
        if (!Directory.Exists(Folder))
        {
            throw new NewsBotException($"Articles folder '{Folder}' does not exist.");
        }
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            MatchCasing = MatchCasing.CaseInsensitive,
            MatchType = MatchType.Simple,
        };
        try
        {
            return new DirectoryInfo(Folder)
                .EnumerateFiles("*.txt", options)
                .Select(f => new ArticleFile(
                    Path.GetRelativePath(Folder, f.FullName).Replace(Path.DirectorySeparatorChar, '/'),
                    f.FullName,
                    f.Length,
                    f.LastWriteTimeUtc
                ))
                .OrderBy(f => f.RelativePath, StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new NewsBotException($"Failed to list the articles folder '{Folder}': {ex.Message}", ex);
        }
    }

    /// <summary>Reads and parses one file; never throws for a bad file.</summary>
    public ArticleLoadResult Load(ArticleFile file)
    {
        byte[] bytes;
        try
        {
            var path = FileSystemPaths.ResolveLinks(file.FullPath);
            if (!FileSystemPaths.IsInside(path, FileSystemPaths.ResolveLinks(Folder)))
            {
                // A link to a file elsewhere would let the articles folder publish any file.
                return Skip(file, "outside the articles folder");
            }
            if (Directory.Exists(path))
            {
                return Skip(file, "a folder, not a file");
            }
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return Skip(file, "file not found");
            }
            if (info.Length > maxFileBytes)
            {
                return Skip(file, $"larger than {FormatSize(maxFileBytes)} limit");
            }
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Skip(file, ex.Message);
        }
        // Checked again on the bytes read: the file may have grown since it was measured.
        if (bytes.LongLength > maxFileBytes)
        {
            return Skip(file, $"larger than {FormatSize(maxFileBytes)} limit");
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
            return new ArticleLoadResult(null, new SkippedFile(file.RelativePath, $"could not be parsed: {ex.Message}"), hash);
        }
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
                warning = $"invalid UTF-8 on line {LineOfByte(bytes, invalidAt)}: read with replacement characters (U+FFFD)";
            }
            // GetString keeps a byte-order mark as U+FEFF; the parser drops it.
            text = Utf8WithReplacement.GetString(bytes);
        }
        return string.IsNullOrWhiteSpace(text.TrimStart('\uFEFF')) ? (null, "empty", null) : (text, null, warning);
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
            var status = Utf8.ToUtf16(bytes, buffer, out var read, out _, replaceInvalidSequences: false);
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
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.Length || bytes[i + 1] != '\n')))
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
