namespace NewsBot.Core.Articles;

/// <summary>Resolves symbolic links along a whole path, to tell whether a file really lies in a folder.</summary>
internal static class FileSystemPaths
{
    private const int MaxLinks = 40;

    /// <summary>
    /// The path with every symbolic link on it resolved (like realpath(3)); a part that does not
    /// exist is kept as it is.
    /// </summary>
    public static string ResolveLinks(string path)
    {
        var pending = new Stack<string>();
        var current = Path.GetFullPath(path);
        var links = 0;
        while (true)
        {
            var root = Path.GetPathRoot(current) ?? string.Empty;
            var parts = current[root.Length..]
                .Split(
                    [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar],
                    StringSplitOptions.RemoveEmptyEntries
                );
            for (var i = parts.Length - 1; i >= 0; i--)
            {
                pending.Push(parts[i]);
            }
            current = root;
            string? restart = null;
            while (pending.Count > 0)
            {
                var next = Path.Combine(current, pending.Pop());
                var target = new FileInfo(next).LinkTarget;
                if (target is null)
                {
                    current = next;
                    continue;
                }
                if (++links > MaxLinks)
                {
                    throw new IOException($"Too many levels of symbolic links at '{next}'.");
                }
                restart = Path.GetFullPath(target, current);
                break;
            }
            if (restart is null)
            {
                return current;
            }
            current = restart;
        }
    }

    public static bool IsInside(string path, string folder)
    {
        var prefix = Path.EndsInDirectorySeparator(folder)
            ? folder
            : folder + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, StringComparison.Ordinal);
    }
}
