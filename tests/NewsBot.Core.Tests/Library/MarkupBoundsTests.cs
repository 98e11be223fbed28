using NewsBot.Core.Library;
using NewsBot.Testing.News;

namespace NewsBot.Core.Tests.Library;

public sealed class MarkupBoundsTests
{
    /// <summary>An element opened <paramref name="depth"/> times and never closed.</summary>
    private static string Nested(string tag, int depth) =>
        string.Concat(Enumerable.Repeat($"<{tag}>", depth)) + "text";

    [Theory]
    [InlineData("div", 100, 100)]
    [InlineData("span", 40, 40)]
    [InlineData("p", 300, 0)]
    [InlineData("li", 300, 0)]
    [InlineData("br", 300, 0)]
    public void Counts_the_levels_a_parser_would_nest(string tag, int repeats, int depth) =>
        Assert.Equal(depth, MarkupBounds.Measure(Nested(tag, repeats)).Depth);

    [Fact]
    public void Counts_a_closed_element_as_one_level() =>
        Assert.Equal(
            (2, 401, 801L),
            MarkupBounds.Measure(
                "<div>" + string.Concat(Enumerable.Repeat("<b>x</b>", 400)) + "</div>"
            )
        );

    [Fact]
    public void Takes_a_slash_as_closing_only_inside_svg_and_math()
    {
        Assert.Equal(100, MarkupBounds.Measure(Nested("div/", 100)).Depth);
        Assert.Equal(
            1,
            MarkupBounds
                .Measure("<svg>" + string.Concat(Enumerable.Repeat("<path d='M0'/>", 300)))
                .Depth
        );
    }

    [Fact]
    public void Finds_no_elements_in_comments_scripts_and_quoted_attributes()
    {
        var html =
            "<!-- <div><div> -->"
            + "<script>var s = '<div><div><div>';</script>"
            + "<a title=\"<div><div>\" data-x='>'>link</a>";

        Assert.Equal((1, 2, 2L), MarkupBounds.Measure(html));
    }

    [Fact]
    public void Stops_counting_just_past_the_bound_of_a_huge_page()
    {
        var (depth, _, _) = MarkupBounds.Measure(Nested("div", 1_000_000));

        Assert.Equal(MarkupBounds.MaxDepth + 1, depth);
    }

    [Theory]
    [InlineData(1_500)]
    [InlineData(50_000)]
    public void Refuses_a_page_nested_deeper_than_a_news_page(int depth)
    {
        var refusal = Assert.Throws<NewsBotException>(() =>
            MarkupBounds.Check(Nested("div", depth))
        );

        Assert.Contains("levels deep", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_page_of_more_elements_than_a_news_page()
    {
        var html = string.Concat(Enumerable.Repeat("<i>x</i>", MarkupBounds.MaxElements + 1));

        var refusal = Assert.Throws<NewsBotException>(() => MarkupBounds.Check(html));

        Assert.Contains("more markup than a news page", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_page_of_many_elements_each_nested_deep()
    {
        var html =
            string.Concat(Enumerable.Repeat("<div>", 120))
            + string.Concat(Enumerable.Repeat("<i>x</i>", 5_000));

        var refusal = Assert.Throws<NewsBotException>(() => MarkupBounds.Check(html));

        Assert.Contains("more markup than a news page", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(NewsPages.Ferry)]
    [InlineData(NewsPages.Library)]
    public void Accepts_real_news_pages(string html) => MarkupBounds.Check(html);
}
