namespace NewsBot.Core.Tests.Answers;

public sealed class QuoteSearchTests : IDisposable
{
    private readonly IndexedArticles _articles = new();

    public void Dispose() => _articles.Dispose();

    [Fact]
    public async Task Marks_further_quotes_that_only_share_the_topic_words_as_close_matches()
    {
        var answers = await _articles.AnswersAsync([
            (
                "harbour.txt",
                """
                Harbour to reopen

                "The harbour will reopen in the spring," said Ann Marlow, the port director.
                """
            ),
            (
                "floods.txt",
                """
                Floods close the coast

                "The spring floods closed the harbour before we could reopen the quay," said Tom Reddle, a fisherman.
                """
            ),
        ]);

        var answer = await answers.WhoSaidAsync("the harbour will reopen in the spring");

        Assert.Equal("Ann Marlow", answer.Results[0].Speaker.Name);
        Assert.False(answer.Results[0].CloseMatch);
        var further = Assert.Single(answer.Results, r => r.Speaker.Name == "Tom Reddle");
        Assert.True(further.CloseMatch);
    }

    [Fact]
    public async Task Two_quotes_matching_equally_well_are_both_answers()
    {
        var answers = await _articles.AnswersAsync([
            (
                "council.txt",
                """
                Council vote

                "The bridge must be rebuilt this year," said Ann Marlow, the mayor.
                """
            ),
            (
                "union.txt",
                """
                Union backs council

                "The bridge must be rebuilt this year," said Tom Reddle, a union leader.
                """
            ),
        ]);

        var answer = await answers.WhoSaidAsync("the bridge must be rebuilt this year");

        Assert.Equal(2, answer.Results.Count);
        Assert.All(answer.Results, r => Assert.False(r.CloseMatch));
    }
}
