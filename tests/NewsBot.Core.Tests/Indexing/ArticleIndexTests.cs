using NewsBot.Core.Answers;
using NewsBot.Core.Tests.Answers;

namespace NewsBot.Core.Tests.Indexing;

/// <summary>
/// How the index picks its candidates: the documents holding every word of a question first, the
/// documents holding any of them when none holds all.
/// </summary>
public sealed class ArticleIndexTests : IDisposable
{
    private readonly IndexedArticles _articles = new();

    public void Dispose() => _articles.Dispose();

    /// <summary>
    /// Forty short passages saying "harbour" and "grain" three times each, forty saying "ships" three
    /// times, and one long passage holding the three words once, far apart: by BM25 alone the eighty
    /// short ones outrank the long one, more of them than a search takes as candidates.
    /// </summary>
    private Task<AnswerService> HarbourArticlesAsync() =>
        _articles.AnswersAsync(
            Enumerable
                .Range(0, 40)
                .SelectMany(i =>
                    new[]
                    {
                        (
                            $"grain{i:D2}.txt",
                            $"Port report {i}\n\nThe harbour grain, harbour grain and harbour grain piled up.\n"
                        ),
                        (
                            $"ships{i:D2}.txt",
                            $"Fleet report {i}\n\nShips, ships and more ships came in.\n"
                        ),
                    }
                )
                .Append(
                    (
                        "quillmouth.txt",
                        "Quillmouth reopens\n\n"
                            + "The council of Quillmouth met on Monday to settle the future of the old harbour, "
                            + "which had been closed for most of the winter while engineers inspected the walls, "
                            + "the cranes and the lock gates, and the mayor told residents that the town's "
                            + "warehouses would be ready for the grain that farmers had stored since the autumn, "
                            + "before the council agreed that the first ships could come back in the spring.\n"
                    )
                )
        );

    [Fact]
    public async Task Search_ranks_the_one_passage_holding_every_word_above_many_holding_some_of_them()
    {
        var answers = await HarbourArticlesAsync();

        var answer = await answers.SearchAsync("harbour grain ships");

        var top = answer.Results[0];
        Assert.Equal("quillmouth.txt", Assert.Single(top.Sources).File);
        Assert.Equal(1.0, top.Confidence);
    }

    [Fact]
    public async Task A_word_that_no_article_holds_does_not_keep_the_others_from_being_required()
    {
        var answers = await HarbourArticlesAsync();

        var answer = await answers.SearchAsync("harbour grain shipz ships");

        Assert.Equal("quillmouth.txt", Assert.Single(answer.Results[0].Sources).File);
    }

    [Fact]
    public async Task Search_answers_from_passages_holding_some_of_the_words_when_none_holds_them_all()
    {
        var answers = await HarbourArticlesAsync();

        var answer = await answers.SearchAsync("piled Quillmouth");

        Assert.Contains(answer.Results, r => r.Passage.Contains("piled", StringComparison.Ordinal));
        Assert.Contains(answer.Results, r => r.Sources.Any(s => s.File == "quillmouth.txt"));
    }

    [Fact]
    public async Task Who_said_takes_the_quote_holding_every_word_though_many_quotes_hold_some()
    {
        var answers = await _articles.AnswersAsync(
            Enumerable
                .Range(0, 35)
                .SelectMany(i =>
                    new[]
                    {
                        (
                            $"dock{i:D2}.txt",
                            $"Dock report {i}\n\n\u201CThe harbour grain, the harbour grain is in,\u201D said Ada Brook.\n"
                        ),
                        (
                            $"fleet{i:D2}.txt",
                            $"Fleet report {i}\n\n\u201CShips, ships and more ships,\u201D said Cai Dunn.\n"
                        ),
                    }
                )
                .Append(
                    (
                        "quillmouth.txt",
                        "Quillmouth reopens\n\n"
                            + "\u201CAfter a winter of repairs to the walls, the cranes and the lock gates, the "
                            + "warehouses are ready for the grain the farmers stored, and the first ships will "
                            + "come back to the harbour in the spring,\u201D said Harbour Master Edda Vark.\n"
                    )
                )
        );

        var answer = await answers.WhoSaidAsync("grain ships harbour");

        Assert.Equal("Edda Vark", answer.Results[0].Speaker.Name);
    }
}
