using NewsBot.Core.Indexing;

namespace NewsBot.Hosting;

/// <summary>The <c>NewsBot</c> configuration section: where the articles and the index are.</summary>
public sealed class NewsBotOptions
{
    public const string Section = "NewsBot";

    public string ArticlesPath { get; set; } = "seeds";

    public string IndexPath { get; set; } = ".newsbot/index";

    public long MaxFileBytes { get; set; } = IndexOptions.DefaultMaxFileBytes;

    /// <summary>Refresh the index by itself when files of the articles folder change.</summary>
    public bool WatchArticles { get; set; } = true;

    /// <summary>The index options, with relative paths resolved the way <see cref="PathResolver"/> says.</summary>
    public IndexOptions ToIndexOptions(
        string? articlesOverride = null,
        string? indexOverride = null
    ) =>
        new(
            PathResolver.Articles(
                articlesOverride ?? ArticlesPath,
                isDefault: articlesOverride is null
            ),
            Path.GetFullPath(indexOverride ?? IndexPath),
            MaxFileBytes
        );
}
