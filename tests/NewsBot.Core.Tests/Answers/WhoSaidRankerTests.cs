using NewsBot.Core.Answers;
using NewsBot.Core.Articles;
using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Answers;

public sealed class WhoSaidRankerTests
{
    private static readonly Person Lind = new("Sara Lind", "Chief Economist");
    private static readonly Person Haddad = new("Omar Haddad", "Mayor");

    private static Quote Q(
        string text,
        Person? speaker,
        string file,
        int line,
        QuoteKind kind = QuoteKind.Direct,
        string? passage = null
    ) => new(text, kind, speaker, passage ?? text, new SourceRef(file, line));

    private static readonly IReadOnlyList<Quote> Corpus =
    [
        Q(
            "Prices will keep rising until the autumn, and wages will not catch up,",
            Lind,
            "a.txt",
            3
        ),
        Q("The harbour is the heart of this city and we will not sell it,", Haddad, "a.txt", 9),
        Q("We will not sell the harbour, it is the heart of this city", Haddad, "b.txt", 4),
        Q("the central bank must act before the summer", Lind, "b.txt", 12, QuoteKind.Reported),
        Q("Nobody wins a strike that lasts this long.", null, "c.txt", 2),
    ];

    private static PersonDirectory People(IEnumerable<Quote> quotes) =>
        PersonDirectory.Build(quotes.Select(q => q.Speaker).OfType<Person>());

    private static readonly WhoSaidRanker Ranker = new();

    [Fact]
    public void Finds_the_speaker_of_an_exact_quote_with_full_confidence()
    {
        var answer = Ranker.Rank(
            "Prices will keep rising until the autumn",
            Corpus,
            People(Corpus)
        );

        var top = answer.Results[0];
        Assert.Equal(Lind, top.Speaker);
        Assert.Equal([new SourceRef("a.txt", 3)], top.Sources);
        Assert.InRange(top.Confidence, 0.95, 1.0);
    }

    [Fact]
    public void Finds_a_garbled_variant_of_a_quote()
    {
        var answer = Ranker.Rank(
            "prices will keep on rising till autumn and the wages won't catch up",
            Corpus,
            People(Corpus)
        );

        Assert.Equal(Lind, answer.Results[0].Speaker);
    }

    [Fact]
    public void Finds_a_paraphrase_through_stems_and_synonyms()
    {
        var answer = Ranker.Rank(
            "the central bank has to act before summer",
            Corpus,
            People(Corpus)
        );

        var top = answer.Results[0];
        Assert.Equal(Lind, top.Speaker);
        Assert.True(top.Reported);
    }

    [Fact]
    public void Merges_the_same_quote_from_two_articles_into_one_result_citing_first_the_words_shown()
    {
        var answer = Ranker.Rank("we will not sell the harbour", Corpus, People(Corpus));

        var top = Assert.Single(answer.Results, r => r.Speaker == Haddad);
        Assert.Equal("We will not sell the harbour, it is the heart of this city", top.Quote);
        Assert.Equal([new SourceRef("b.txt", 4), new SourceRef("a.txt", 9)], top.Sources);
    }

    [Fact]
    public void Lists_an_article_quoting_the_same_words_without_a_speaker_as_one_more_source()
    {
        Quote[] quotes =
        [
            Q("The harbour is the heart of this city and we will not sell it,", Haddad, "a.txt", 9),
            Q("The harbour is the heart of this city and we will not sell it.", null, "e.txt", 14),
        ];

        var answer = Ranker.Rank("we will not sell the harbour", quotes, People(quotes));

        var top = Assert.Single(answer.Results);
        Assert.Equal(Haddad, top.Speaker);
        Assert.Equal([new SourceRef("a.txt", 9), new SourceRef("e.txt", 14)], top.Sources);
    }

    [Fact]
    public void Names_no_speaker_below_the_threshold_and_gives_the_closest_miss_apart()
    {
        var answer = Ranker.Rank(
            "the airport will close for good next winter",
            Corpus,
            People(Corpus)
        );

        Assert.Empty(answer.Results);
        Assert.NotNull(answer.Closest);
        Assert.True(answer.Closest.Confidence < WhoSaidRanker.Threshold);
    }

    [Fact]
    public void Does_not_answer_a_question_that_shares_only_some_of_its_meaningful_words_with_a_quote()
    {
        var answer = Ranker.Rank(
            "prices will keep rising in the housing market",
            Corpus,
            People(Corpus)
        );

        Assert.Empty(answer.Results);
        Assert.Equal(Lind, answer.Closest?.Speaker);
    }

    [Fact]
    public void Answers_words_whose_speaker_the_article_does_not_name_with_their_sources_and_no_speaker()
    {
        var answer = Ranker.Rank(
            "Nobody wins a strike that lasts this long",
            Corpus,
            People(Corpus)
        );

        var top = answer.Results[0];
        Assert.Equal("Nobody wins a strike that lasts this long.", top.Quote);
        Assert.Null(top.Speaker);
        Assert.Equal(QuoteResult.SpeakerNotNamed, top.SpeakerReason);
        Assert.NotEmpty(top.Sources);
    }

    [Fact]
    public void Matches_a_partial_quote_through_its_passage()
    {
        Quote[] quotes =
        [
            Q(
                "a relic of another era.",
                Haddad,
                "d.txt",
                5,
                QuoteKind.Partial,
                "The mayor called the old parking permits “a relic of another era.”"
            ),
        ];

        var answer = Ranker.Rank(
            "old parking permits are a relic of another era",
            quotes,
            People(quotes)
        );

        Assert.Equal(Haddad, Assert.Single(answer.Results).Speaker);
    }

    [Fact]
    public void Lists_a_persons_quotes_merged_across_articles_best_first_about_a_topic()
    {
        var people = People(Corpus);

        var all = Ranker.RankBySpeaker("haddad", null, Corpus, people);
        var aboutBanks = Ranker.RankBySpeaker("Sara", "central bank", Corpus, people);

        var merged = Assert.Single(all.Results);
        Assert.Equal(2, merged.Sources.Count);
        Assert.Equal("the central bank must act before the summer", aboutBanks.Results[0].Quote);
        Assert.Empty(Ranker.RankBySpeaker("nobody", null, Corpus, people).Results);
    }

    [Fact]
    public void Offers_at_most_25_speaker_names_of_at_most_100_characters()
    {
        var many = Enumerable
            .Range(0, 40)
            .Select(i => new Person(
                $"Anna Example{(char)('a' + i % 26)}{i} " + new string('x', 120),
                null
            ));
        var people = PersonDirectory.Build(many);

        var names = Ranker.SpeakerNames("anna", 50, people);

        Assert.Equal(25, names.Count);
        Assert.All(names, n => Assert.True(n.Length <= 100));
        Assert.Equal(["Omar Haddad"], Ranker.SpeakerNames("om", 5, People(Corpus)));
    }

    [Fact]
    public void Answers_the_words_of_a_nested_quote_with_its_inner_speaker_before_the_outer_quote()
    {
        var ortiz = new Person("Ana Ortiz", "Captain");
        var kerr = new Person("Paula Kerr", null);
        const string passage =
            "\"She kept yelling 'keep your head up',\" Ortiz said of her coach, Paula Kerr.";
        IReadOnlyList<Quote> quotes =
        [
            Q("She kept yelling 'keep your head up',", ortiz, "d.txt", 3, passage: passage),
            Q("keep your head up", kerr, "d.txt", 3, passage: passage),
        ];

        var answer = Ranker.Rank("keep your head up", quotes, People(quotes));

        Assert.Equal(kerr, answer.Results[0].Speaker);
        Assert.False(answer.Results[0].Quoting);
    }

    [Fact]
    public void Notes_that_the_outer_speaker_is_quoting_when_the_nested_quote_s_own_speaker_is_not_named()
    {
        var ortiz = new Person("Ana Ortiz", "Captain");
        const string passage = "\"A man told me 'you will never make it',\" Ortiz said.";
        IReadOnlyList<Quote> quotes =
        [
            Q("A man told me 'you will never make it',", ortiz, "d.txt", 5, passage: passage),
            Q("you will never make it", ortiz, "d.txt", 5, passage: passage) with
            {
                Quoting = true,
            },
        ];

        var answer = Ranker.Rank("you will never make it", quotes, People(quotes));

        var top = answer.Results[0];
        Assert.Equal(ortiz, top.Speaker);
        Assert.Equal("you will never make it", top.Quote);
        Assert.True(top.Quoting);
    }
}
