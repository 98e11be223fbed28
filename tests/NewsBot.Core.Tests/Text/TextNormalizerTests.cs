using System.Text;
using NewsBot.Core.Indexing;
using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Text;

public sealed class TextNormalizerTests
{
    private const string Messy =
        "\uFEFF\u201CPutin\u2019s war is not just a failure\u2014it\u2019s a tragedy,\u201D Rutte said. \u2018Do everything\u2019 \u2013 ok\u02BCs 20,000\u201325,000 \uD83D\uDE00 Rados\u0142aw \u00E9t\u00E9 \"plain\" 'single'\r\n";

    [Fact]
    public void The_block_filter_gives_the_same_characters_as_the_lucene_mapping_filter()
    {
        var text = string.Concat(Enumerable.Repeat(Messy, 500));

        Assert.Equal(
            ReadAll(TextNormalizer.MappingFilter(new StringReader(text)), 1),
            ReadAll(TextNormalizer.Filter(new StringReader(text)), 1)
        );
        Assert.Equal(
            ReadAll(TextNormalizer.MappingFilter(new StringReader(text)), 4096),
            ReadAll(TextNormalizer.Filter(new StringReader(text)), 37)
        );
        Assert.Equal(
            ReadAll(TextNormalizer.MappingFilter(new StringReader(text)), 7),
            ReadAll(TextNormalizer.Filter(new StringReader(text)), 4096)
        );
    }

    [Fact]
    public void Curly_and_straight_quotes_give_the_same_words()
    {
        Assert.Equal(
            TextQueries.StemmedWordsAt("Russia\u2019s \u201Cstrategic failure\u201D"),
            TextQueries.StemmedWordsAt("Russia's \"strategic failure\"")
        );
    }

    private static string ReadAll(TextReader reader, int block)
    {
        var text = new StringBuilder();
        var buffer = new char[block];
        int read;
        while ((read = reader.Read(buffer, 0, block)) > 0)
        {
            text.Append(buffer, 0, read);
        }
        return text.ToString();
    }
}
