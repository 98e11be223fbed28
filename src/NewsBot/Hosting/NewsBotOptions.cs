using System.Globalization;
using NewsBot.Core.Indexing;
using NewsBot.Core.Library;

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

    /// <summary>The largest page or file <c>/add-article</c> and <c>newsbot add</c> read.</summary>
    public long FetchMaxBytes { get; set; } = FetchOptions.DefaultMaxBytes;

    /// <summary>How long fetching one page may take, redirects included.</summary>
    public TimeSpan FetchTimeout { get; set; } = FetchOptions.DefaultTimeout;

    /// <summary>
    /// Fetch from loopback, private and link-local addresses too. Off: a link posted in Discord must not
    /// reach the bot's machine or its network. On only for tests and a trusted local network.
    /// </summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>How many days the questions the coverage could not answer are kept for <c>/coverage-gaps</c>.</summary>
    public int GapsDays { get; set; } = 30;

    /// <summary>One message naming the key and the value for each setting NewsBot cannot use; empty when all are usable.</summary>
    public IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(ArticlesPath))
        {
            yield return $"{Section}:{nameof(ArticlesPath)} is '{ArticlesPath}', which names no folder (leave it out for the default, seeds).";
        }
        if (string.IsNullOrWhiteSpace(IndexPath))
        {
            yield return $"{Section}:{nameof(IndexPath)} is '{IndexPath}', which names no folder (leave it out for the default, .newsbot/index).";
        }
        foreach (
            var (key, value) in new[]
            {
                (nameof(MaxFileBytes), MaxFileBytes),
                (nameof(FetchMaxBytes), FetchMaxBytes),
            }
        )
        {
            if (value <= 0)
            {
                yield return string.Create(
                    CultureInfo.InvariantCulture,
                    $"{Section}:{key} is '{value}', which is not a positive number of bytes."
                );
            }
        }
        if (FetchTimeout <= TimeSpan.Zero)
        {
            yield return string.Create(
                CultureInfo.InvariantCulture,
                $"{Section}:{nameof(FetchTimeout)} is '{FetchTimeout}', which is not a positive duration such as 00:00:20."
            );
        }
    }

    /// <summary>The bounds of fetching an article.</summary>
    public FetchOptions ToFetchOptions() =>
        new()
        {
            MaxBytes = FetchMaxBytes,
            Timeout = FetchTimeout,
            AllowPrivateAddresses = AllowPrivateAddresses,
        };

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
