using NewsBot.Core.Answers;

namespace NewsBot.Core.Tests.Answers;

public sealed class ArticleCoverageTests
{
    private static readonly Dictionary<string, double> Weights = new()
    {
        ["person"] = 1.0,
        ["wounded"] = 2.0,
        ["typhoon"] = 3.0,
        ["want"] = 4.0,
    };

    private static readonly HashSet<string> Known = ["person", "wounded", "typhoon"];

    [Fact]
    public void An_article_missing_a_word_other_articles_write_covers_the_question_only_in_part()
    {
        var cover = ArticleCoverage.Of(
            Weights,
            new HashSet<string> { "person", "typhoon" },
            Known,
            new HashSet<string>()
        );

        Assert.Equal(4.0 / 6.0, cover, 6);
    }

    [Fact]
    public void A_word_no_article_writes_does_not_count_against_any()
    {
        var cover = ArticleCoverage.Of(
            Weights,
            new HashSet<string> { "person", "wounded", "typhoon" },
            Known,
            new HashSet<string>()
        );

        Assert.Equal(1.0, cover, 6);
    }

    [Fact]
    public void A_word_for_the_amount_counts_only_where_the_article_has_it()
    {
        var cover = ArticleCoverage.Of(
            Weights,
            new HashSet<string> { "person", "typhoon" },
            Known,
            new HashSet<string> { "wounded" }
        );

        Assert.Equal(1.0, cover, 6);
    }
}
