using NewsBot.Core.Inspection;
using NewsBot.Testing;

namespace NewsBot.Core.Tests.Inspection;

public sealed class ArticleInspectorTests : IDisposable
{
    private const string Harbour = """
        Harbour repairs to cost more than planned

        The harbour board said on Monday that repairs would cost €4.5 million.

        "We cannot wait another winter," said Ana Ruiz, the board's chair.

        Between 300 and 400 boats use the harbour each summer, and traffic rose 12% last year.

        Ruiz said the work would take about 18 months.
        """;

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static InspectedArticle Inspect(string path) =>
        Assert.Single(new ArticleInspector().Inspect([path]).Articles);

    [Fact]
    public void Reports_each_quote_with_its_line_its_speaker_and_whether_it_is_reported()
    {
        var article = Inspect(_folder.Write("harbour.txt", Harbour));

        Assert.Equal("harbour.txt", article.File);
        Assert.Equal("Harbour repairs to cost more than planned", article.Headline);
        var quote = Assert.Single(article.Quotes, q => !q.Reported);
        Assert.Equal(5, quote.Line);
        Assert.Equal("Ana Ruiz", quote.Speaker?.Name);
        Assert.Equal("We cannot wait another winter,", quote.Quote);
        Assert.Equal([3, 5, 9], article.Quotes.Select(q => q.Line));
        var reported = article.Quotes[2];
        Assert.True(reported.Reported);
        Assert.Equal("the work would take about 18 months.", reported.Quote);
        Assert.Equal("Ana Ruiz", reported.Speaker?.Name);
    }

    [Fact]
    public void Reports_money_with_its_currency_code_and_line()
    {
        var figure = Assert.Single(
            Inspect(_folder.Write("harbour.txt", Harbour)).Figures,
            f => f.Unit == "EUR"
        );

        Assert.Equal(3, figure.Line);
        Assert.Equal(4_500_000, figure.Value);
        Assert.Null(figure.Low);
        Assert.Equal(FigureChange.Exact, figure.Change);
        Assert.Equal("€4.5 million", figure.Text);
    }

    [Fact]
    public void Reports_a_range_with_low_and_high_and_no_single_value()
    {
        var range = Assert.Single(
            Inspect(_folder.Write("harbour.txt", Harbour)).Figures,
            f => f.Low is not null
        );

        Assert.Equal(7, range.Line);
        Assert.Null(range.Value);
        Assert.Equal(300, range.Low);
        Assert.Equal(400, range.High);
        Assert.Equal("boats", range.Unit);
    }

    [Fact]
    public void Reports_a_movement_with_where_it_started_as_low_and_where_it_ended_as_high_and_value()
    {
        var figure = Assert.Single(
            Inspect(_folder.Write("club.txt", "Membership fell from 900 to 750 last year.")).Figures
        );

        Assert.Equal(900, figure.Low);
        Assert.Equal(750, figure.High);
        Assert.Equal(750, figure.Value);
        Assert.Equal(FigureChange.Exact, figure.Change);
    }

    [Fact]
    public void Reports_a_rise_as_up_and_a_hedged_figure_as_about()
    {
        var figures = Inspect(_folder.Write("harbour.txt", Harbour)).Figures;

        var rise = Assert.Single(figures, f => f.Unit == "percent");
        Assert.Equal(FigureChange.Up, rise.Change);
        Assert.Equal(12, rise.Value);
        var months = Assert.Single(figures, f => f.Value == 18);
        Assert.Equal(FigureChange.About, months.Change);
        Assert.Equal(9, months.Line);
    }

    [Theory]
    [InlineData("Fares fell 4% in March.", "down")]
    [InlineData("Bus fares went up 20 cents in March.", "up")]
    [InlineData("The river rose 2 metres overnight.", "up")]
    [InlineData("The stock was down 45 p on the day.", "down")]
    [InlineData("Shares of the brewer lost 3.5% on Monday.", "down")]
    [InlineData("The bakery chain shed 2% in early trade.", "down")]
    [InlineData("The town has over 3,000 homes.", ">")]
    [InlineData("The town has fewer than 3,000 homes.", "<")]
    [InlineData("The town has roughly 3,000 homes.", "~")]
    [InlineData("The town has 3,000 homes.", "=")]
    [InlineData("Each player averaged 14 points.", "~")]
    public void Says_how_a_figure_stands_to_its_number_in_one_of_six_symbols(
        string sentence,
        string change
    ) =>
        Assert.Equal(
            change,
            Assert.Single(Inspect(_folder.Write("a.txt", sentence)).Figures).Change
        );

    [Fact]
    public void Reads_the_text_files_of_a_folder_and_its_subfolders_and_names_each_by_its_path_there()
    {
        _folder.Write("news/b.txt", "Second story\n\nThe council hired 40 teachers.");
        _folder.Write("news/old/a.txt", "First story\n\nThe council sold 12 buses.");
        _folder.Write("news/notes.md", "The council sold 99 buses.");

        var report = new ArticleInspector().Inspect([_folder.Combine("news")]);

        Assert.Equal(["b.txt", "old/a.txt"], report.Articles.Select(a => a.File));
        Assert.Empty(report.Skipped);
    }

    [Fact]
    public void Lists_a_folder_file_that_cannot_be_read_apart_with_the_reason()
    {
        _folder.Write("news/good.txt", "A story\n\nThe council hired 40 teachers.");
        _folder.Write("news/empty.txt", "");

        var report = new ArticleInspector().Inspect([_folder.Combine("news")]);

        Assert.Equal("good.txt", Assert.Single(report.Articles).File);
        var skipped = Assert.Single(report.Skipped);
        Assert.Equal("empty.txt", skipped.File);
        Assert.Equal("empty", skipped.Reason);
    }

    [Fact]
    public void Does_not_follow_a_link_out_of_an_inspected_folder()
    {
        var outside = _folder.Write("private/secret.txt", "Secret\n\nThe vault holds 7 keys.");
        Directory.CreateDirectory(_folder.Combine("news"));
        File.CreateSymbolicLink(_folder.Combine("news", "linked.txt"), outside);
        _folder.Write("news/story.txt", "A story\n\nThe council hired 40 teachers.");

        var report = new ArticleInspector().Inspect([_folder.Combine("news")]);

        Assert.Equal("story.txt", Assert.Single(report.Articles).File);
        Assert.Equal("outside the articles folder", Assert.Single(report.Skipped).Reason);
    }

    [Fact]
    public void Refuses_a_path_that_does_not_exist_naming_it()
    {
        var missing = _folder.Combine("nowhere.txt");

        var error = Assert.Throws<NewsBotException>(() =>
            new ArticleInspector().Inspect([missing])
        );

        Assert.Equal($"'{missing}' does not exist.", error.Message);
    }

    [Fact]
    public void Refuses_a_folder_with_no_article_files()
    {
        _folder.Write("notes/readme.md", "Nothing here.");

        var error = Assert.Throws<NewsBotException>(() =>
            new ArticleInspector().Inspect([_folder.Combine("notes")])
        );

        Assert.Contains("holds no article (.txt) files", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_named_file_that_is_not_text()
    {
        var path = _folder.Combine("photo.txt");
        File.WriteAllBytes(path, [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]);

        var error = Assert.Throws<NewsBotException>(() => new ArticleInspector().Inspect([path]));

        Assert.Equal($"'{path}' could not be read: binary (NUL bytes).", error.Message);
    }
}
