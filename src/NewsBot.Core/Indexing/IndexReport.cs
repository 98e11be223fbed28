using NewsBot.Core.Articles;

namespace NewsBot.Core.Indexing;

/// <summary>What a build or refresh of the index did.</summary>
public sealed record IndexReport(
    bool Reused,
    int Added,
    int Changed,
    int Removed,
    IReadOnlyList<SkippedFile> Skipped,
    int Articles,
    int Passages,
    int Quotes,
    int Figures,
    TimeSpan Elapsed
)
{
    /// <summary>Files indexed with a problem worth knowing, such as invalid UTF-8 read with replacement characters.</summary>
    public IReadOnlyList<SkippedFile> Warnings { get; init; } = [];

    /// <summary>The manifest of the generation the build published or kept, so it is not read again.</summary>
    internal IndexManifest? Manifest { get; init; }
}

/// <summary>Progress of a build: files done out of files to read.</summary>
public sealed record IndexProgress(int Done, int Total, string? CurrentFile);
