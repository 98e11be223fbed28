using System.Runtime.CompilerServices;
using NewsBot.Core.Articles;

namespace NewsBot.Core.Indexing;

/// <summary>Which files of the folder must be read again, and which indexed files are gone.</summary>
internal sealed class IndexPlan(
    IReadOnlyList<ArticleFile> toRead,
    IReadOnlyList<string> removed,
    Func<IReadOnlyDictionary<string, ManifestEntry>> previous
)
{
    private readonly Lazy<IReadOnlyDictionary<string, ManifestEntry>> _previous = new(previous);

    public IReadOnlyList<ArticleFile> ToRead { get; } = toRead;

    public IReadOnlyList<string> Removed { get; } = removed;

    /// <summary>The previous manifest's entries by path, built when a build needs them.</summary>
    public IReadOnlyDictionary<string, ManifestEntry> Previous => _previous.Value;

    public bool IsEmpty => ToRead.Count == 0 && Removed.Count == 0;

    /// <summary>
    /// A file whose size and time match the previous manifest is taken as unchanged without reading it;
    /// any other file is read (and its hash decides). Files skipped last time are read again, since
    /// they may have been fixed; with no previous manifest every file is read.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static IndexPlan Make(IReadOnlyList<ArticleFile> files, IndexManifest? previous)
    {
        var previousFiles = previous?.Files ?? [];
        if (IsUnchanged(files, previousFiles))
        {
            return new IndexPlan([], [], () => ByPath(previousFiles));
        }
        var entries = ByPath(previousFiles);
        var present = files.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        var toRead = files
            .Where(f =>
                !entries.TryGetValue(f.RelativePath, out var e)
                || e.Length != f.Length
                || e.LastWriteUtc != f.LastWriteUtc
            )
            .ToList();
        var removed = entries.Keys.Where(k => !present.Contains(k)).ToList();
        return new IndexPlan(toRead, removed, () => entries);
    }

    private static Dictionary<string, ManifestEntry> ByPath(IReadOnlyList<ManifestEntry> entries) =>
        entries.ToDictionary(e => e.File, StringComparer.Ordinal);

    /// <summary>
    /// Whether the folder holds exactly the files of the manifest, each with its size and time: the usual
    /// start, told by walking the two lists side by side (both are in path order) without a lookup table.
    /// </summary>
    private static bool IsUnchanged(
        IReadOnlyList<ArticleFile> files,
        IReadOnlyList<ManifestEntry> previous
    )
    {
        if (files.Count != previous.Count || files.Count == 0)
        {
            return false;
        }
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            var entry = previous[i];
            if (
                file.Length != entry.Length
                || file.LastWriteUtc != entry.LastWriteUtc
                || !string.Equals(file.RelativePath, entry.File, StringComparison.Ordinal)
            )
            {
                return false;
            }
        }
        return true;
    }
}
