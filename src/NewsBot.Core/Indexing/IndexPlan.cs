using System.Runtime.CompilerServices;
using NewsBot.Core.Articles;

namespace NewsBot.Core.Indexing;

/// <summary>Which files of the folder must be read again, and which indexed files are gone.</summary>
internal sealed record IndexPlan(
    IReadOnlyList<ArticleFile> ToRead,
    IReadOnlyList<string> Removed,
    IReadOnlyDictionary<string, ManifestEntry> Previous
)
{
    public bool IsEmpty => ToRead.Count == 0 && Removed.Count == 0;

    /// <summary>
    /// A file whose size and time match the previous manifest is taken as unchanged without reading it;
    /// any other file is read (and its hash decides). Files skipped last time are read again, since
    /// they may have been fixed; with no previous manifest every file is read.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static IndexPlan Make(IReadOnlyList<ArticleFile> files, IndexManifest? previous)
    {
        var entries = (previous?.Files ?? []).ToDictionary(e => e.File, StringComparer.Ordinal);
        var present = files.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        var toRead = files
            .Where(f =>
                !entries.TryGetValue(f.RelativePath, out var e)
                || e.Length != f.Length
                || e.LastWriteUtc != f.LastWriteUtc
            )
            .ToList();
        var removed = entries.Keys.Where(k => !present.Contains(k)).ToList();
        return new IndexPlan(toRead, removed, entries);
    }
}
