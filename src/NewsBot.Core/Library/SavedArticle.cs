using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace NewsBot.Core.Library;

/// <summary>
/// An added article as the file NewsBot saves: the headline first, then the link and the date (and the
/// byline when known), then the paragraphs, blank lines between. The name is the date and a hash of
/// the link (of the text for a file without one): <c>20260304_1f2e3d4c5b6a7980.txt</c>.
/// </summary>
public sealed record SavedArticle(string FileName, string Text)
{
    public static SavedArticle Of(ExtractedArticle article, Uri? source, DateOnly added)
    {
        article = ControlCharacters.Strip(article);
        var date = article.Published ?? added;
        var text = new StringBuilder();
        text.Append(article.Headline).Append("\n\n");
        if (source is not null)
        {
            text.Append(Canonical(source)).Append('\n');
        }
        text.Append(date.ToString("dddd, MMMM d, yyyy", CultureInfo.InvariantCulture)).Append('\n');
        if (article.Byline is { } byline)
        {
            text.Append(
                    byline.StartsWith("By ", StringComparison.OrdinalIgnoreCase)
                        ? byline
                        : "By " + byline
                )
                .Append('\n');
        }
        foreach (var paragraph in article.Paragraphs)
        {
            text.Append('\n').Append(paragraph).Append('\n');
        }
        var key = source is null ? text.ToString() : Canonical(source);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
        return new SavedArticle(
            string.Create(CultureInfo.InvariantCulture, $"{date:yyyyMMdd}_{hash}.txt"),
            text.ToString()
        );
    }

    /// <summary>The link as it is saved and compared: without its fragment, which names a place in the page.</summary>
    public static string Canonical(Uri uri) =>
        new UriBuilder(uri) { Fragment = "" }
            .Uri
            .AbsoluteUri;
}
