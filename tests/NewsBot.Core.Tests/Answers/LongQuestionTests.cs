namespace NewsBot.Core.Tests.Answers;

/// <summary>
/// A question of more words than Lucene takes clauses (1,024) is answered from its first words,
/// never with an exception.
/// </summary>
public sealed class LongQuestionTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    private static readonly string s_question =
        "drones kill zone Rutte Russia soldiers "
        + string.Join(' ', Enumerable.Range(0, 1_500).Select(i => $"word{i:x}q"));

    [Fact]
    public async Task Searches_a_question_of_more_than_1024_distinct_words()
    {
        var answer = await seeds.Answers.SearchAsync(s_question);

        Assert.NotNull(answer);
    }

    [Fact]
    public async Task Asks_who_said_a_quote_of_more_than_1024_distinct_words()
    {
        var answer = await seeds.Answers.WhoSaidAsync(s_question);

        Assert.NotNull(answer);
    }

    [Fact]
    public async Task Asks_for_a_figure_and_a_comparison_of_more_than_1024_distinct_words()
    {
        var figure = await seeds.Answers.FigureAsync(s_question);
        var compare = await seeds.Answers.CompareAsync(s_question, "Russian losses in January");

        Assert.NotNull(figure);
        Assert.NotNull(compare);
    }

    [Fact]
    public async Task Asks_what_a_speaker_said_about_more_than_1024_distinct_words()
    {
        var answer = await seeds.Answers.QuotesAsync(s_question, s_question);

        Assert.NotNull(answer);
    }
}
