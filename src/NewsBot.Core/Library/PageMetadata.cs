using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace NewsBot.Core.Library;

/// <summary>
/// What a news page says about its article besides the text: the headline it shows (<c>og:title</c>, else
/// the article's <c>&lt;h1&gt;</c>, since <c>&lt;title&gt;</c> usually carries the site's name too) and the
/// day it was published, from the first of: <c>article:published_time</c> and the other date metas,
/// JSON-LD <c>datePublished</c>, a <c>&lt;time datetime&gt;</c>, a date written in the byline.
/// </summary>
internal sealed partial record PageMetadata(
    string? OpenGraphTitle,
    string? Heading,
    DateOnly? Published
)
{
    private static readonly string[] s_dateMetas =
    [
        "meta[property='article:published_time']",
        "meta[itemprop='datePublished']",
        "meta[name='date']",
        "meta[name='pubdate']",
        "meta[name='publishdate']",
        "meta[name='dc.date']",
        "meta[name='DC.date.issued']",
    ];

    // "14 March 2026", "14 Mar 2026", "March 14, 2026", "Mar 14, 2026".
    private static readonly string[] s_writtenDates =
    [
        "d MMMM yyyy",
        "d MMM yyyy",
        "MMMM d, yyyy",
        "MMM d, yyyy",
        "MMMM d yyyy",
    ];

    public static PageMetadata Read(IHtmlDocument page)
    {
        var article = page.QuerySelector("article") ?? page.Body;
        var heading = (article?.QuerySelector("h1") ?? page.QuerySelector("h1"))?.TextContent;
        return new PageMetadata(
            NonBlank(page.QuerySelector("meta[property='og:title']")?.GetAttribute("content")),
            NonBlank(heading),
            MetaDate(page) ?? JsonLdDate(page) ?? TimeDate(article) ?? BylineDate(article)
        );
    }

    private static DateOnly? MetaDate(IHtmlDocument page) =>
        s_dateMetas
            .Select(selector => Parse(page.QuerySelector(selector)?.GetAttribute("content")))
            .FirstOrDefault(date => date is not null);

    private static DateOnly? JsonLdDate(IHtmlDocument page) =>
        page.QuerySelectorAll("script[type='application/ld+json']")
            .Select(script => DatePublished().Match(script.TextContent))
            .Where(match => match.Success)
            .Select(match => Parse(match.Groups["date"].Value))
            .FirstOrDefault(date => date is not null);

    private static DateOnly? TimeDate(IElement? article) =>
        article
            ?.QuerySelectorAll("time[datetime]")
            .Select(time => Parse(time.GetAttribute("datetime")))
            .FirstOrDefault(date => date is not null);

    /// <summary>A date written near the top of the article, as bylines carry it ("By … | 14 March 2026").</summary>
    private static DateOnly? BylineDate(IElement? article)
    {
        var top = article?.TextContent ?? "";
        top = top[..Math.Min(top.Length, 1500)];
        foreach (Match match in WrittenDate().Matches(top))
        {
            var text = Whitespace().Replace(match.Value, " ");
            if (
                DateTime.TryParseExact(
                    text,
                    s_writtenDates,
                    CultureInfo.InvariantCulture,
                    DateTimeStyles.None,
                    out var date
                )
            )
            {
                return DateOnly.FromDateTime(date);
            }
        }
        return null;
    }

    private static DateOnly? Parse(string? value) =>
        DateTimeOffset.TryParse(
            value?.Trim(),
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal,
            out var time
        )
            ? DateOnly.FromDateTime(time.UtcDateTime)
            : null;

    private static string? NonBlank(string? text)
    {
        var trimmed = Whitespace().Replace(text ?? "", " ").Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }

    [GeneratedRegex(@"""datePublished""\s*:\s*""(?<date>[^""]+)""")]
    private static partial Regex DatePublished();

    [GeneratedRegex(@"\b(\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}|[A-Z][a-z]{2,8}\s+\d{1,2},?\s+\d{4})\b")]
    private static partial Regex WrittenDate();

    [GeneratedRegex(@"[\s\u00A0]+")]
    private static partial Regex Whitespace();
}
