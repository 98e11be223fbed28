using NewsBot.Core.Answers;
using NewsBot.Core.Articles;
using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Meaning;

public sealed class WhoSaidMeaningTests
{
    private const string Elite = "so the elite may not immediately experience this";
    private const string Asked = "the elite in Moscow won't feel the losses right away";

    private static readonly Person Volkova = new("Irina Volkova", "Economist");
    private static readonly Person Haddad = new("Omar Haddad", "Mayor");

    private static Quote Q(string text, Person? speaker, string file, int line) =>
        new(text, QuoteKind.Direct, speaker, text, new SourceRef(file, line));

    private static readonly IReadOnlyList<Quote> Corpus =
    [
        Q(Elite, Volkova, "a.txt", 4),
        Q("The harbour is the heart of this city and we will not sell it", Haddad, "b.txt", 9),
        Q("Losses at the front are growing every week in Moscow's war", Haddad, "c.txt", 2),
    ];

    private static PersonDirectory People =>
        PersonDirectory.Build(Corpus.Select(q => q.Speaker).OfType<Person>());

    [Fact]
    public void A_question_in_other_words_is_answered_by_the_quote_it_means_as_a_paraphrase()
    {
        var meaning = new FakeSentenceEmbedder(new Dictionary<string, double> { [Elite] = 0.85 });

        var answer = new WhoSaidRanker(meaning).Rank(Asked, Corpus, People);

        var top = Assert.Single(answer.Results);
        Assert.Equal(Volkova, top.Speaker);
        Assert.InRange(top.Confidence, WhoSaidRanker.Threshold, WhoSaidRanker.MeaningCeiling);
    }

    [Fact]
    public void The_same_question_is_declined_by_words_alone()
    {
        var answer = new WhoSaidRanker().Rank(Asked, Corpus, People);

        Assert.Empty(answer.Results);
    }

    [Fact]
    public void A_quote_that_only_shares_the_questions_topic_is_not_an_answer()
    {
        var meaning = new FakeSentenceEmbedder(
            new Dictionary<string, double>
            {
                [Elite] = 0.3,
                ["Losses at the front are growing every week in Moscow's war"] = 0.6,
            }
        );

        var answer = new WhoSaidRanker(meaning).Rank(Asked, Corpus, People);

        Assert.Empty(answer.Results);
        Assert.NotNull(answer.Closest);
        Assert.True(answer.Closest.Confidence < WhoSaidRanker.Threshold);
    }

    [Fact]
    public void A_quote_asked_word_for_word_keeps_its_confidence_without_asking_the_model()
    {
        var meaning = new FakeSentenceEmbedder(new Dictionary<string, double>());

        var answer = new WhoSaidRanker(meaning).Rank(
            "The harbour is the heart of this city",
            Corpus,
            People
        );
        var byWords = new WhoSaidRanker().Rank(
            "The harbour is the heart of this city",
            Corpus,
            People
        );

        Assert.Equal(0, meaning.Calls);
        Assert.Equal(Described(byWords), Described(answer));
        Assert.True(answer.Results[0].Confidence >= WhoSaidRanker.NearVerbatim);
    }

    [Fact]
    public void Meaning_never_lowers_what_the_words_score()
    {
        var meaning = new FakeSentenceEmbedder(new Dictionary<string, double>());
        const string partly = "The harbour is the very heart of this city";

        var answer = new WhoSaidRanker(meaning).Rank(partly, Corpus, People);
        var byWords = new WhoSaidRanker().Rank(partly, Corpus, People);

        Assert.NotEqual(0, meaning.Calls);
        Assert.InRange(byWords.Results[0].Confidence, WhoSaidRanker.Threshold, 0.89);
        Assert.Equal(byWords.Results[0].Confidence, answer.Results[0].Confidence);
    }

    [Fact]
    public void Without_a_model_who_said_answers_by_words_alone()
    {
        var meaning = new FakeSentenceEmbedder(new Dictionary<string, double> { [Elite] = 0.85 })
        {
            Available = false,
        };

        var answer = new WhoSaidRanker(meaning).Rank(Asked, Corpus, People);

        Assert.Equal(Described(new WhoSaidRanker().Rank(Asked, Corpus, People)), Described(answer));
    }

    [Fact]
    public void Only_the_first_candidates_of_four_words_or_more_are_encoded_once()
    {
        var many = Enumerable
            .Range(0, 30)
            .Select(i => Q($"the losses number {i} were counted in the east", Haddad, "d.txt", i))
            .Append(Q("rigged polls", Haddad, "e.txt", 1))
            .Prepend(Q("feel the losses", Volkova, "e.txt", 2))
            .ToList();
        var meaning = new FakeSentenceEmbedder(new Dictionary<string, double>());

        new WhoSaidRanker(meaning).Rank(Asked, many, People);

        Assert.Equal(1, meaning.Calls);
        Assert.Equal(QuoteMeaning.Candidates + 1, meaning.Encoded.Count);
        Assert.Equal(Asked, meaning.Encoded[0]);
        Assert.DoesNotContain("feel the losses", meaning.Encoded);
        Assert.DoesNotContain("rigged polls", meaning.Encoded);
    }

    [Fact]
    public void Reported_speech_is_not_compared_by_meaning()
    {
        const string reported = "NATO is committed to supporting Ukraine for as long as it takes";
        IReadOnlyList<Quote> corpus =
        [
            new(reported, QuoteKind.Reported, Haddad, reported, new SourceRef("f.txt", 3)),
        ];
        var meaning = new FakeSentenceEmbedder(new Dictionary<string, double> { [reported] = 0.9 });

        var answer = new WhoSaidRanker(meaning).Rank(
            "Ukraine will join NATO before the end of the year",
            corpus,
            People
        );

        Assert.Empty(answer.Results);
        Assert.DoesNotContain(reported, meaning.Encoded);
    }

    [Fact]
    public void A_quote_running_a_whole_paragraph_is_read_by_its_opening_words()
    {
        var paragraph = string.Join(' ', Enumerable.Range(0, 400).Select(i => $"word{i}"));
        IReadOnlyList<Quote> corpus = [Q(paragraph, Volkova, "g.txt", 1)];
        var meaning = new FakeSentenceEmbedder(new Dictionary<string, double>());

        new WhoSaidRanker(meaning).Rank(Asked, corpus, People);

        var read = Assert.Single(meaning.Encoded.Skip(1));
        Assert.Equal(QuoteMeaning.MaxWords, read.Split(' ').Length);
        Assert.StartsWith("word0 word1 ", read, StringComparison.Ordinal);
    }

    private static string Described(QuoteAnswer answer) =>
        string.Join(
            " | ",
            answer
                .Results.Append(answer.Closest)
                .OfType<QuoteResult>()
                .Select(r => $"{r.Speaker?.Name} {r.Confidence} {string.Join(',', r.Sources)}")
        );

    [Theory]
    [InlineData(0.5, 0.2, 0.5)]
    [InlineData(0.2, 0.6, 0.2)]
    [InlineData(0.2, 0.7, 0.38)]
    [InlineData(0.5, 0.95, 0.69)]
    [InlineData(0.85, 0.95, 0.85)]
    public void A_paraphrase_blends_its_word_score_with_the_cosine_above_the_floor(
        double words,
        double cosine,
        double expected
    ) => Assert.Equal(expected, WhoSaidRanker.Blend(words, cosine), 3);
}
