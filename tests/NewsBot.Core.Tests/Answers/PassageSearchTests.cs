namespace NewsBot.Core.Tests.Answers;

public sealed class PassageSearchTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    [Theory]
    [InlineData("drones kill zone", "002_5ef127697d2cc7cc.txt", new[] { 5, 27 })]
    [InlineData("Pokrovsk", "002_5ef127697d2cc7cc.txt", new[] { 24 })]
    [InlineData(
        "former Dutch prime minister on the sidelines",
        "001_376bf699fdc7134b.txt",
        new[] { 8 }
    )]
    [InlineData(
        "strategic failure for President Putin",
        "004_03b79c85bce5be51.txt",
        new[] { 3, 7 }
    )]
    public async Task Cites_the_file_and_line_of_the_best_passage(
        string query,
        string file,
        int[] lines
    )
    {
        var answer = await seeds.Answers.SearchAsync(query);

        var top = answer.Results[0];
        Assert.Contains(top.Sources, s => s.File == file && lines.Contains(s.Line));
    }

    [Fact]
    public async Task Finds_soldiers_killed_when_asked_about_troops_lost()
    {
        var answer = await seeds.Answers.SearchAsync("troops lost every month");

        Assert.Contains(
            answer.Results,
            r => r.Passage.Contains("soldiers killed", StringComparison.Ordinal)
        );
    }

    [Theory]
    [InlineData("zebra marmalade spaceship")]
    [InlineData("the of and")]
    [InlineData("")]
    public async Task Gives_no_result_when_no_passage_answers(string query)
    {
        var answer = await seeds.Answers.SearchAsync(query);

        Assert.Empty(answer.Results);
    }

    [Theory]
    [InlineData("\"drones AND (kill")]
    [InlineData("kill* ~zone^2 [to] {x} query: -drones")]
    [InlineData("@everyone <script>")]
    public async Task Takes_query_syntax_characters_as_plain_text(string query)
    {
        var answer = await seeds.Answers.SearchAsync(query);

        Assert.All(answer.Results, r => Assert.NotEmpty(r.Sources));
    }

    [Fact]
    public async Task Every_result_has_a_confidence_between_zero_and_one()
    {
        var answer = await seeds.Answers.SearchAsync("Russian losses recruitment");

        Assert.NotEmpty(answer.Results);
        Assert.All(answer.Results, r => Assert.InRange(r.Confidence, 0.3, 1.0));
    }

    [Fact]
    public async Task A_passage_holding_every_word_of_the_question_is_not_a_close_match()
    {
        using var articles = new IndexedArticles();
        var answers = await articles.AnswersAsync([
            ("port.txt", "Port news\n\nGrain ships returned to the harbour on Monday.\n"),
        ]);

        var answer = await answers.SearchAsync("grain ships");

        Assert.False(Assert.Single(answer.Results).CloseMatch);
    }

    [Fact]
    public async Task Passages_holding_only_some_words_of_the_question_are_close_matches()
    {
        using var articles = new IndexedArticles();
        var answers = await articles.AnswersAsync([
            ("port.txt", "Port news\n\nGrain ships returned to the harbour on Monday.\n"),
            ("yard.txt", "Yard news\n\nTwo new ships left the yard on Tuesday.\n"),
        ]);

        var answer = await answers.SearchAsync("grain ships Tuesday");

        Assert.Equal(2, answer.Results.Count);
        Assert.All(answer.Results, r => Assert.True(r.CloseMatch));
    }
}
