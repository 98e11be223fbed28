using NewsBot.Core.Answers;

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

        Assert.Equal("Ann Marlow", answer.Results[0].Speaker?.Name);
        Assert.False(answer.Results[0].CloseMatch);
        var further = Assert.Single(answer.Results, r => r.Speaker?.Name == "Tom Reddle");
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

    private static readonly (string Name, string Text)[] s_twoHarbours =
    [
        (
            "harbour.txt",
            """
            Harbour to reopen

            "The harbour will reopen in the spring," said Ann Marlowe, the port director.
            """
        ),
        (
            "quay.txt",
            """
            Quay repairs begin

            "We start with the north quay," Marlowe told reporters.

            "The fish market stays open," said Tom Reddle, a trader.
            """
        ),
    ];

    [Theory]
    [InlineData("Marlow")]
    [InlineData("Marl")]
    public async Task A_misspelt_or_partial_speaker_gets_the_names_of_the_coverage_closest_to_it(
        string speaker
    )
    {
        var answers = await _articles.AnswersAsync(s_twoHarbours);

        var answer = await answers.QuotesAsync(speaker, about: null);

        Assert.Empty(answer.Results);
        Assert.Equal(["Ann Marlowe"], answer.DidYouMean);
    }

    [Theory]
    [InlineData("*")]
    [InlineData("Marl*")]
    [InlineData("Marlowe~")]
    [InlineData("speaker:Marlowe")]
    public async Task Wildcards_and_query_syntax_in_a_speaker_name_are_plain_text_naming_nobody(
        string speaker
    )
    {
        var answers = await _articles.AnswersAsync(s_twoHarbours);

        var answer = await answers.QuotesAsync(speaker, about: null);

        Assert.Empty(answer.Results);
    }

    [Fact]
    public async Task Quotes_of_a_person_name_them_as_each_cited_article_writes_the_name()
    {
        var answers = await _articles.AnswersAsync(s_twoHarbours);

        var answer = await answers.QuotesAsync("Ann Marlowe", about: null);

        Assert.Equal(2, answer.Results.Count);
        var quay = Assert.Single(answer.Results, r => r.Sources[0].File == "quay.txt");
        Assert.Equal("Marlowe", quay.Speaker?.Name);
        var harbour = Assert.Single(answer.Results, r => r.Sources[0].File == "harbour.txt");
        Assert.Equal("Ann Marlowe", harbour.Speaker?.Name);
    }

    [Fact]
    public async Task Two_people_sharing_a_surname_are_both_listed_under_their_own_names()
    {
        var answers = await _articles.AnswersAsync([
            (
                "school.txt",
                """
                School opens

                "The roof is finally fixed," said Mary Okafor, the head teacher.
                """
            ),
            (
                "clinic.txt",
                """
                Clinic extends hours

                "We will open on Saturdays," said Daniel Okafor, a nurse.
                """
            ),
        ]);

        var answer = await answers.QuotesAsync("Okafor", about: null);

        Assert.Equal(
            ["Daniel Okafor", "Mary Okafor"],
            answer.Results.Select(r => r.Speaker?.Name).Order()
        );
    }

    private static readonly (string Name, string Text)[] s_ferry =
    [
        (
            "ferry.txt",
            """
            Ferry service cut

            "We cannot find enough qualified engineers to keep the night ferries running," said Ruth Abara, the operator's chief executive.

            The council said it would review the timetable in March.
            """
        ),
    ];

    [Fact]
    public async Task Words_asked_with_small_misspellings_are_answered_as_a_close_match_at_a_lower_confidence()
    {
        var answers = await _articles.AnswersAsync(s_ferry);

        var answer = await answers.WhoSaidAsync(
            "we cannot find enough qualifed enginers to keep the night ferries running"
        );

        var result = Assert.Single(answer.Results);
        Assert.Equal("Ruth Abara", result.Speaker?.Name);
        Assert.True(result.CloseMatch);
        Assert.InRange(result.Confidence, WhoSaidRanker.Threshold, 0.9);
    }

    [Fact]
    public async Task Words_asked_verbatim_are_not_a_close_match()
    {
        var answers = await _articles.AnswersAsync(s_ferry);

        var answer = await answers.WhoSaidAsync(
            "enough qualified engineers to keep the night ferries"
        );

        Assert.False(Assert.Single(answer.Results).CloseMatch);
    }

    [Fact]
    public async Task A_paraphrase_is_answered_as_a_close_match()
    {
        var answers = await _articles.AnswersAsync(s_ferry);

        var answer = await answers.WhoSaidAsync(
            "the night ferries cannot keep running without more engineers"
        );

        var result = Assert.Single(answer.Results);
        Assert.Equal("Ruth Abara", result.Speaker?.Name);
        Assert.True(result.CloseMatch);
    }

    [Fact]
    public async Task Words_nobody_said_are_declined_though_a_word_is_a_letter_from_the_coverage()
    {
        var answers = await _articles.AnswersAsync(s_ferry);

        var answer = await answers.WhoSaidAsync("the night trains will be cancelled in March");

        Assert.Empty(answer.Results);
    }

    [Fact]
    public async Task Words_all_misspelt_are_found_through_words_a_letter_or_a_swap_away()
    {
        var answers = await _articles.AnswersAsync(s_ferry);

        var answer = await answers.WhoSaidAsync(
            "qualifeid enigneers to keep the nihgt feries runing"
        );

        var result = Assert.Single(answer.Results);
        Assert.Equal("Ruth Abara", result.Speaker?.Name);
        Assert.True(result.CloseMatch);
    }
}
