using System.Text;

namespace NewsBot.Core.Library;

/// <summary>
/// Reads a local file given to <c>newsbot add</c>: a regular file only, and never more than the limit.
/// A named pipe or a link to a device (<c>/dev/zero</c>) has the name of an article but no end: its
/// size says nothing of what reading it gives, so it is refused before more than a byte past its
/// stated size is read.
/// </summary>
internal static class LocalArticleFile
{
    public static async Task<string> ReadAsync(
        string path,
        long maxBytes,
        CancellationToken cancellationToken
    )
    {
        var name = Path.GetFileName(path);
        try
        {
            await using var stream = new FileStream(
                path,
                FileMode.Open,
                FileAccess.Read,
                FileShare.Read,
                bufferSize: 1
            );
            // A pipe or a socket cannot seek; a device can, but gives more than the size it states.
            if (!stream.CanSeek)
            {
                throw NotRegular(name);
            }
            var length = stream.Length;
            if (length > maxBytes)
            {
                throw new NewsBotException(
                    $"'{name}' is larger than the {maxBytes / (1024 * 1024)} MB an article may be."
                );
            }
            var bytes = new byte[length + 1];
            var read = 0;
            while (read < bytes.Length)
            {
                var count = await stream.ReadAsync(bytes.AsMemory(read), cancellationToken);
                if (count == 0)
                {
                    break;
                }
                read += count;
            }
            if (read > length)
            {
                throw NotRegular(name);
            }
            using var reader = new StreamReader(
                new MemoryStream(bytes, 0, read),
                Encoding.UTF8,
                detectEncodingFromByteOrderMarks: true
            );
            return await reader.ReadToEndAsync(cancellationToken);
        }
        catch (FileNotFoundException)
        {
            throw new NewsBotException($"There is no file '{path}'.");
        }
        catch (DirectoryNotFoundException)
        {
            throw new NewsBotException($"There is no file '{path}'.");
        }
        catch (UnauthorizedAccessException)
        {
            throw new NewsBotException($"'{name}' cannot be read.");
        }
    }

    private static NewsBotException NotRegular(string name) =>
        new($"'{name}' is not a regular file: NewsBot reads article files only.");
}
