using Lucene.Net.Analysis.CharFilters;

namespace NewsBot.Core.Indexing;

/// <summary>
/// Maps typographic variants to one form before tokenizing, so that "Russia’s" in an article and
/// "Russia's" typed in Discord are the same token and curly quotes never glue onto words.
/// </summary>
internal static class TextNormalizer
{
    public static NormalizeCharMap CharMap { get; } = BuildCharMap();

    private static NormalizeCharMap BuildCharMap()
    {
        var builder = new NormalizeCharMap.Builder();
        builder.Add("\u2019", "'");
        builder.Add("\u2018", "'");
        builder.Add("\u02BC", "'");
        builder.Add("\u201C", "\"");
        builder.Add("\u201D", "\"");
        builder.Add("\u2014", " ");
        builder.Add("\u2013", " ");
        return builder.Build();
    }
}
