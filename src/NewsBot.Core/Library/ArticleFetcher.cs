using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsBot.Core.Library;

/// <summary>
/// Fetches one page for <c>/add-article</c> within <see cref="FetchOptions"/>: http and https only,
/// redirects followed by hand so that each is checked again, the addresses a host name resolves to checked
/// when the connection is made (so a name cannot resolve to a public address for the check and a private
/// one for the connection), only the media types asked for, and the body read no further than the limit.
/// Every refusal is a <see cref="NewsBotException"/> whose message says why.
/// </summary>
public sealed partial class ArticleFetcher : IDisposable
{
    /// <summary>What a news page is served as.</summary>
    public static readonly IReadOnlySet<string> PageTypes = new HashSet<string>(
        ["text/html", "text/plain"],
        StringComparer.OrdinalIgnoreCase
    );

    private readonly FetchOptions _options;
    private readonly TimeProvider _time;
    private readonly HttpClient _http;

    // windows-1252 and the other legacy code pages of old news sites are not built into .NET.
    static ArticleFetcher() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public ArticleFetcher(FetchOptions options, TimeProvider? time = null)
    {
        _options = options;
        _time = time ?? TimeProvider.System;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            // A proxy would be connected to instead of the checked address.
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectCallback = ConnectAsync,
        };
        _http = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("NewsBot", "0.1"));
    }

    public FetchOptions Options => _options;

    /// <summary>Fetches <paramref name="uri"/> when it is served as one of <paramref name="mediaTypes"/>.</summary>
    /// <exception cref="NewsBotException">The fetch was refused or failed; the message says why.</exception>
    public async Task<FetchedDocument> FetchAsync(
        Uri uri,
        IReadOnlySet<string> mediaTypes,
        CancellationToken cancellationToken = default
    )
    {
        using var timeout = new CancellationTokenSource(_options.Timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(
            cancellationToken,
            timeout.Token
        );
        try
        {
            var current = uri;
            for (var redirects = 0; ; redirects++)
            {
                Check(current);
                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                request.Headers.Accept.ParseAdd("text/html, text/plain;q=0.9");
                using var response = await _http.SendAsync(
                    request,
                    HttpCompletionOption.ResponseHeadersRead,
                    linked.Token
                );
                if (IsRedirect(response.StatusCode))
                {
                    if (redirects >= _options.MaxRedirects)
                    {
                        throw Refused(
                            $"it redirects more than {_options.MaxRedirects} times (a redirect loop?)"
                        );
                    }
                    var location =
                        response.Headers.Location
                        ?? throw Refused("it redirects without saying where to");
                    current = location.IsAbsoluteUri ? location : new Uri(current, location);
                    continue;
                }
                if (!response.IsSuccessStatusCode)
                {
                    throw Refused(
                        string.Create(
                            CultureInfo.InvariantCulture,
                            $"the server answered {(int)response.StatusCode} {response.ReasonPhrase}"
                        )
                    );
                }
                var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
                if (!mediaTypes.Contains(mediaType))
                {
                    throw Refused(
                        $"it is {(mediaType.Length == 0 ? "of no stated type" : $"'{mediaType}'")}, not one of {string.Join(", ", mediaTypes.Order())}"
                    );
                }
                if (response.Content.Headers.ContentLength > _options.MaxBytes)
                {
                    throw TooLarge();
                }
                var bytes = await ReadAsync(response.Content, linked.Token);
                return new FetchedDocument(
                    current,
                    mediaType.ToLowerInvariant(),
                    Decode(
                        bytes,
                        response.Content.Headers.ContentType?.CharSet
                            ?? (mediaType == "text/html" ? MetaCharset(bytes) : null)
                    )
                );
            }
        }
        catch (OperationCanceledException)
            when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw Refused(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"it took longer than {_options.Timeout.TotalSeconds:0.#} s"
                )
            );
        }
        catch (HttpRequestException e)
        {
            // The connection's own refusal (a private address) comes back wrapped.
            for (Exception? inner = e; inner is not null; inner = inner.InnerException)
            {
                if (inner is NewsBotException refusal)
                {
                    throw refusal;
                }
            }
            throw Refused($"it could not be fetched: {e.Message}");
        }
    }

    public void Dispose() => _http.Dispose();

    /// <summary>The scheme, and an address written in the link, checked before anything is sent.</summary>
    private void Check(Uri uri)
    {
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        {
            throw Refused($"only http and https links are fetched, not {uri.Scheme}");
        }
        if (
            !_options.AllowPrivateAddresses
            && IPAddress.TryParse(uri.DnsSafeHost, out var literal)
            && !AddressGuard.IsPublic(literal)
        )
        {
            throw PrivateAddress(uri.DnsSafeHost);
        }
    }

    private async ValueTask<Stream> ConnectAsync(
        SocketsHttpConnectionContext context,
        CancellationToken cancellationToken
    )
    {
        var host = context.DnsEndPoint.Host;
        var addresses = await Dns.GetHostAddressesAsync(host, cancellationToken);
        if (!_options.AllowPrivateAddresses)
        {
            // A name resolving to any private address is refused as a whole: it is either a mistake or a trick.
            if (addresses.FirstOrDefault(a => !AddressGuard.IsPublic(a)) is { } refused)
            {
                throw PrivateAddress($"{host} ({refused})");
            }
        }
        if (addresses.Length == 0)
        {
            throw Refused($"{host} has no address");
        }
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private async Task<byte[]> ReadAsync(HttpContent content, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            // Counted after decompression: a small compressed body cannot unpack past the limit.
            if (buffer.Length + read > _options.MaxBytes)
            {
                throw TooLarge();
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>
    /// The charset a page names in its first kilobyte (<c>&lt;meta charset="windows-1252"&gt;</c>) when the
    /// server does not say: pages older than UTF-8's dominance still do so.
    /// https://html.spec.whatwg.org/multipage/parsing.html#prescan-a-byte-stream-to-determine-its-encoding
    /// </summary>
    private static string? MetaCharset(byte[] bytes)
    {
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 1024));
        var match = MetaCharsetPattern().Match(head);
        return match.Success ? match.Groups["charset"].Value : null;
    }

    [GeneratedRegex(
        @"<meta[^>]+charset\s*=\s*[""']?(?<charset>[\w.:-]+)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex MetaCharsetPattern();

    private static string Decode(byte[] bytes, string? charset)
    {
        var encoding = Encoding.UTF8;
        if (!string.IsNullOrWhiteSpace(charset))
        {
            try
            {
                encoding = Encoding.GetEncoding(charset.Trim('"', ' '));
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException)
            {
                // An unknown charset is read as UTF-8, the web's default; so is UTF-7, which .NET no
                // longer decodes and browsers never did (it hides markup from filters).
                // https://encoding.spec.whatwg.org/#names-and-labels
            }
        }
        using var reader = new StreamReader(
            new MemoryStream(bytes),
            encoding,
            detectEncodingFromByteOrderMarks: true
        );
        return reader.ReadToEnd();
    }

    private static bool IsRedirect(HttpStatusCode status) =>
        status
            is HttpStatusCode.MovedPermanently
                or HttpStatusCode.Found
                or HttpStatusCode.SeeOther
                or HttpStatusCode.TemporaryRedirect
                or HttpStatusCode.PermanentRedirect;

    private NewsBotException TooLarge() =>
        Refused(
            string.Create(
                CultureInfo.InvariantCulture,
                $"it is larger than {_options.MaxBytes / (1024.0 * 1024.0):0.##} MB"
            )
        );

    private static NewsBotException PrivateAddress(string where) =>
        Refused(
            $"{where} is a private, loopback or link-local address, which NewsBot does not fetch"
        );

    private static NewsBotException Refused(string why) => new($"The link was refused: {why}.");
}
