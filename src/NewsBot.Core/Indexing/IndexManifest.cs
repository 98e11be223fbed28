using NewsBot.Core.Articles;
using NewsBot.Core.Quotes;
using NewsBot.Core.Text;

namespace NewsBot.Core.Indexing;

/// <summary>
/// What an index generation was built from: every article file with its size, time and hash, and what
/// the index holds of it. An index is reused while the folder still matches it, and /sources and the
/// people directory read it without touching Lucene.
/// </summary>
internal sealed record IndexManifest(
    string Format,
    DateTimeOffset BuiltAt,
    IReadOnlyList<ManifestEntry> Files,
    IReadOnlyList<SkippedFile> Skipped
)
{
    /// <summary>Bumped whenever documents or analysis change, so older indexes are rebuilt.</summary>
    public static string CurrentFormat { get; } =
        $"newsbot-index-1/{SynonymCatalog.Fingerprint}/{typeof(IndexManifest).Assembly.ManifestModule.ModuleVersionId:N}";

    public int Passages => Files.Sum(f => f.Passages);

    public int Quotes => Files.Sum(f => f.Quotes);

    public int Figures => Files.Sum(f => f.Figures);
}

internal sealed record ManifestEntry(
    string File,
    long Length,
    DateTime LastWriteUtc,
    string Hash,
    string? Headline,
    string? Dateline,
    int Passages,
    int Quotes,
    int Figures,
    IReadOnlyList<Person> People
);
