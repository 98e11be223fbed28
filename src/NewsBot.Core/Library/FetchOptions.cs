namespace NewsBot.Core.Library;

/// <summary>
/// The bounds of every fetch: at most <see cref="MaxBytes"/> read, <see cref="Timeout"/> for the whole
/// fetch (redirects included), <see cref="MaxRedirects"/> redirects; addresses outside the public
/// internet are refused unless <see cref="AllowPrivateAddresses"/> (tests on 127.0.0.1).
/// </summary>
public sealed record FetchOptions
{
    public const long DefaultMaxBytes = 5 * 1024 * 1024;

    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    public long MaxBytes { get; init; } = DefaultMaxBytes;

    public TimeSpan Timeout { get; init; } = DefaultTimeout;

    public int MaxRedirects { get; init; } = 5;

    public bool AllowPrivateAddresses { get; init; }
}

/// <summary>A fetched text document: where it finally came from (after redirects), its media type and its text.</summary>
public sealed record FetchedDocument(Uri Uri, string MediaType, string Text);
