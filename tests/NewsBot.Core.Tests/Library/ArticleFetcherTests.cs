using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Library;
using NewsBot.Testing.Emulator;
using NewsBot.Testing.News;

namespace NewsBot.Core.Tests.Library;

/// <summary>Every bound of a fetch, against a news site on 127.0.0.1.</summary>
public sealed class ArticleFetcherTests : IAsyncLifetime
{
    private static readonly FetchOptions s_loopback = new() { AllowPrivateAddresses = true };
    private NewsSite _site = null!;

    public async Task InitializeAsync() => _site = await NewsSite.StartAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    private static async Task<string> RefusalAsync(FetchOptions options, string url)
    {
        using var fetcher = new ArticleFetcher(options);
        var refusal = await Assert.ThrowsAsync<NewsBotException>(() =>
            fetcher.FetchAsync(new Uri(url), ArticleFetcher.PageTypes)
        );
        return refusal.Message;
    }

    [Fact]
    public async Task Fetches_a_page_and_follows_redirects_to_it()
    {
        _site.Serve("/news/ferry", NewsPages.Ferry);
        _site.Redirect("/r1", "/r2", 301);
        _site.Redirect("/r2", "/news/ferry", 307);
        using var fetcher = new ArticleFetcher(s_loopback);

        var page = await fetcher.FetchAsync(new Uri(_site.Url("/r1")), ArticleFetcher.PageTypes);

        Assert.Equal(_site.Url("/news/ferry"), page.Uri.AbsoluteUri);
        Assert.Equal("text/html", page.MediaType);
        Assert.Contains("night ferry", page.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/html; charset=utf-7", "")]
    [InlineData("text/html", "<meta charset=\"utf-7\">")]
    [InlineData(
        "text/html",
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-7\">"
    )]
    [InlineData("text/html; charset=x-no-such-charset", "")]
    public async Task Reads_a_page_in_a_charset_NewsBot_does_not_decode_as_UTF_8(
        string contentType,
        string meta
    )
    {
        _site.Serve(
            "/news/ferry",
            NewsPages.Ferry.Replace("<head>", "<head>" + meta, StringComparison.Ordinal),
            contentType
        );
        using var fetcher = new ArticleFetcher(s_loopback);

        var page = await fetcher.FetchAsync(
            new Uri(_site.Url("/news/ferry")),
            ArticleFetcher.PageTypes
        );

        Assert.Contains("night ferry", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_a_loopback_address_unless_private_addresses_are_allowed()
    {
        _site.Serve("/news/ferry", NewsPages.Ferry);

        var refusal = await RefusalAsync(new FetchOptions(), _site.Url("/news/ferry"));

        Assert.Contains("private, loopback or link-local", refusal, StringComparison.Ordinal);
        Assert.Equal(0, _site.Requests);
    }

    [Fact]
    public async Task Refuses_a_host_name_that_resolves_to_a_loopback_address()
    {
        var url = _site
            .Url("/news/ferry")
            .Replace("127.0.0.1", "localhost", StringComparison.Ordinal);

        var refusal = await RefusalAsync(new FetchOptions(), url);

        Assert.Contains("localhost", refusal, StringComparison.Ordinal);
        Assert.Contains("private, loopback or link-local", refusal, StringComparison.Ordinal);
        Assert.Equal(0, _site.Requests);
    }

    [Fact]
    public async Task Checks_the_address_of_every_redirect_again()
    {
        // Allowed to start on the loopback site only to show that the redirect's target is judged on its own.
        _site.Redirect("/out", "http://169.254.169.254/latest/meta-data/");

        var refusal = await RefusalAsync(
            s_loopback with
            {
                AllowPrivateAddresses = false,
            },
            _site.Url("/out")
        );
        Assert.Contains("private, loopback or link-local", refusal, StringComparison.Ordinal);

        _site.Redirect("/to-ftp", "ftp://127.0.0.1/file.txt");
        var scheme = await RefusalAsync(s_loopback, _site.Url("/to-ftp"));
        Assert.Contains("only http and https", scheme, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_a_redirect_loop_after_five_redirects()
    {
        _site.Redirect("/loop", "/loop");

        var refusal = await RefusalAsync(s_loopback, _site.Url("/loop"));

        Assert.Contains("redirects more than 5 times", refusal, StringComparison.Ordinal);
        Assert.Equal(6, _site.Requests);
    }

    [Fact]
    public async Task Refuses_a_page_larger_than_the_limit_whether_announced_or_not()
    {
        _site.Serve("/big", new string('x', 3000));
        _site.ServeUnannounced("/big-chunked", 300_000);
        var small = s_loopback with { MaxBytes = 2048 };

        Assert.Contains(
            "larger than",
            await RefusalAsync(small, _site.Url("/big")),
            StringComparison.Ordinal
        );
        Assert.Contains(
            "larger than",
            await RefusalAsync(s_loopback with { MaxBytes = 100_000 }, _site.Url("/big-chunked")),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Refuses_what_is_not_html_or_plain_text()
    {
        _site.Serve("/photo.jpg", "\u00ff\u00d8\u00ff", "image/jpeg");
        _site.Serve("/feed", "{}", "application/json");

        Assert.Contains(
            "'image/jpeg', not one of text/html, text/plain",
            await RefusalAsync(s_loopback, _site.Url("/photo.jpg")),
            StringComparison.Ordinal
        );
        Assert.Contains(
            "'application/json'",
            await RefusalAsync(s_loopback, _site.Url("/feed")),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Refuses_links_that_are_not_http_or_https() =>
        Assert.Contains(
            "only http and https",
            await RefusalAsync(s_loopback, "file:///etc/passwd"),
            StringComparison.Ordinal
        );

    [Fact]
    public async Task Gives_up_on_a_server_that_does_not_answer_within_the_time_limit()
    {
        var time = new FakeTimeProvider();
        using var fetcher = new ArticleFetcher(
            s_loopback with
            {
                Timeout = TimeSpan.FromSeconds(20),
            },
            time
        );
        _site.Hang("/slow");

        var fetch = fetcher.FetchAsync(new Uri(_site.Url("/slow")), ArticleFetcher.PageTypes);
        Assert.True(
            await DiscordEmulator.WaitUntilAsync(() => _site.Requests == 1),
            "The request never reached the site."
        );
        time.Advance(TimeSpan.FromSeconds(20));

        var refusal = await Assert.ThrowsAsync<NewsBotException>(() => fetch);
        Assert.Contains("took longer than 20 s", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Says_what_the_server_answered_when_it_is_not_a_page() =>
        Assert.Contains(
            "the server answered 404",
            await RefusalAsync(s_loopback, _site.Url("/missing")),
            StringComparison.Ordinal
        );

    [Fact]
    public async Task Reads_a_page_in_the_charset_its_meta_tag_names()
    {
        const string page =
            "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body><p>Caf\u00e9 \u201cowner\u201d</p></body></html>";
        var bytes = System
            .Text.CodePagesEncodingProvider.Instance.GetEncoding(1252)!
            .GetBytes(page);
        _site.ServeBytes("/legacy", bytes, "text/html");
        using var fetcher = new ArticleFetcher(s_loopback);

        var fetched = await fetcher.FetchAsync(
            new Uri(_site.Url("/legacy")),
            ArticleFetcher.PageTypes
        );

        Assert.Contains("Caf\u00e9 \u201cowner\u201d", fetched.Text, StringComparison.Ordinal);
    }
}
