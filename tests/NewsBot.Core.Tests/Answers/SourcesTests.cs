namespace NewsBot.Core.Tests.Answers;

public sealed class SourcesTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    [Fact]
    public async Task Lists_the_five_seed_articles_in_file_order()
    {
        var answer = await seeds.Answers.SourcesAsync();

        Assert.Equal(5, answer.Files);
        Assert.Equal(
            [
                "000_678e51a0da039845.txt",
                "001_376bf699fdc7134b.txt",
                "002_5ef127697d2cc7cc.txt",
                "003_4b0f46ba6aa475ed.txt",
                "004_03b79c85bce5be51.txt",
            ],
            answer.Articles.Select(a => a.File)
        );
        Assert.Empty(answer.Skipped);
    }

    [Fact]
    public async Task Gives_the_headline_and_dateline_where_an_article_has_them()
    {
        var answer = await seeds.Answers.SourcesAsync();
        var ap = answer.Articles.Single(a => a.File.StartsWith("004", StringComparison.Ordinal));
        var munich = answer.Articles.Single(a =>
            a.File.StartsWith("001", StringComparison.Ordinal)
        );

        Assert.Equal(
            "NATO Secretary General: Russia’s War in Ukraine a ‘Strategic Failure’",
            ap.Headline
        );
        Assert.Equal("BRUSSELS, Belgium (AP)", ap.Dateline);
        Assert.Equal("MUNICH, Germany", munich.Dateline);
        Assert.Null(
            answer.Articles.Single(a => a.File.StartsWith("002", StringComparison.Ordinal)).Headline
        );
    }
}
