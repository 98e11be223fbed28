using NewsBot.Testing.News;

namespace NewsBot.Core.Tests.Library;

/// <summary>Pages built to make the extraction of their article hang or crash.</summary>
public sealed partial class ArticleLibraryTests
{
    private static string NestedPage(int depth) =>
        "<html><head><title>Deep</title></head><body>"
        + string.Concat(Enumerable.Repeat("<div>", depth))
        + "<p>"
        + string.Concat(Enumerable.Repeat("Words of a paragraph nested deep. ", 20))
        + "</p></body></html>";

    [Theory]
    [InlineData(1_500)]
    [InlineData(50_000)]
    public async Task Refuses_a_page_of_deeply_nested_markup_and_stays_able_to_add_the_next(
        int depth
    )
    {
        var deep = await _library.AddLinkAsync(_site.Serve("/deep", NestedPage(depth)));
        var next = await _library.AddLinkAsync(_site.Serve("/ferry", NewsPages.Ferry));

        Assert.Null(deep.Article);
        Assert.Contains("levels deep", deep.Refusal, StringComparison.Ordinal);
        Assert.Null(next.Refusal);
    }

    [Fact]
    public async Task Refuses_a_deeply_nested_html_attachment()
    {
        var link = _site.Serve("/attachments/9/deep.html", NestedPage(50_000));

        var result = await _library.AddAttachmentAsync("deep.html", link);

        Assert.Contains("levels deep", result.Refusal, StringComparison.Ordinal);
    }
}
