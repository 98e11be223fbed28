using NewsBot.Core.Answers;
using NewsBot.Core.Articles;
using NewsBot.Core.Figures;
using NewsBot.Core.Indexing;
using NewsBot.Core.Quotes;
using NewsBot.Testing;

namespace NewsBot.Core.Tests.Indexing;

public sealed class ArticleAnalysisTests : IDisposable
{
    private const string ArticleWithOtherDigits = """
        Festival draws record crowd

        Festival director Ana Petrova said the festival opened on १८ March with stalls from ٢٥ villages.

        Police counted 1,200 visitors on the first day, the organisers said.
        """;

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Indexes_an_article_with_devanagari_and_arabic_indic_digits_and_finds_its_ascii_figures()
    {
        var articles = _folder.Combine("articles");
        Directory.CreateDirectory(articles);
        await File.WriteAllTextAsync(
            Path.Combine(articles, "festival.txt"),
            ArticleWithOtherDigits
        );
        using var store = new IndexStore(new IndexOptions(articles, _folder.Combine("index")));

        var report = await store.EnsureReadyAsync();
        var answer = await new AnswerService(store).FigureAsync(
            "visitors counted on the first day"
        );

        Assert.Empty(report.Skipped);
        Assert.Empty(report.Warnings);
        Assert.Equal(1, report.Articles);
        Assert.Equal(1200, answer.Results[0].Value);
    }

    [Fact]
    public void Keeps_the_passages_and_figures_of_an_article_whose_quotes_cannot_be_read_and_says_so()
    {
        var article = ArticleParser.Parse("festival.txt", ArticleWithOtherDigits);

        var analysis = ArticleAnalysis.Of(
            article,
            _ => throw new FormatException("a bad character"),
            (text, attribution) => new FigureExtractor().Extract(text, attribution)
        );

        Assert.Equal(article.Paragraphs.Count, analysis.Passages.Count);
        Assert.Empty(analysis.Quotes);
        Assert.Contains(analysis.Figures, f => f.Value == 1200);
        Assert.Equal(
            "indexed without its quotes: FormatException: a bad character",
            analysis.LeftOut
        );
    }

    [Fact]
    public void Keeps_the_passages_and_quotes_of_an_article_whose_figures_cannot_be_read()
    {
        var article = ArticleParser.Parse("festival.txt", ArticleWithOtherDigits);

        var analysis = ArticleAnalysis.Of(
            article,
            text => new QuoteExtractor().Read(text),
            (_, _) => throw new InvalidOperationException("no figures today")
        );

        Assert.Equal(article.Paragraphs.Count, analysis.Passages.Count);
        Assert.NotEmpty(analysis.Quotes);
        Assert.Empty(analysis.Figures);
        Assert.Contains("its figures", analysis.LeftOut);
    }
}
