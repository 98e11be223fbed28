using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes;

public sealed class QuoteExtractorTests
{
    private static IReadOnlyList<Quote> Extract(string text) =>
        new QuoteExtractor().Extract(TestArticles.Parse(text));

    private static Quote Single(IReadOnlyList<Quote> quotes, QuoteKind kind) =>
        Assert.Single(quotes, q => q.Kind == kind);

    [Fact]
    public void Attributes_a_curly_quote_to_the_name_after_it()
    {
        var quotes = Extract(
            """
            Finance Minister Elena Marsh presented the budget on Monday.

            “We cannot spend what we do not have,” Marsh said.
            """
        );

        var quote = Single(quotes, QuoteKind.Direct);
        Assert.Equal("We cannot spend what we do not have,", quote.Text);
        Assert.Equal(new Person("Elena Marsh", "Finance Minister"), quote.Speaker);
        Assert.Equal(3, quote.Source.Line);
    }

    [Fact]
    public void Attributes_a_straight_quote_to_the_name_after_said()
    {
        var quotes = Extract(
            """
            "The harbour will reopen next spring," said Harbour Master Ilse Brandt, who oversees the works.
            """
        );

        var quote = Single(quotes, QuoteKind.Direct);
        Assert.Equal("The harbour will reopen next spring,", quote.Text);
        Assert.Equal("Ilse Brandt", quote.Speaker?.Name);
        Assert.Equal("Harbour Master", quote.Speaker?.Role);
    }

    [Fact]
    public void Reads_single_quotes_without_mistaking_apostrophes_for_quote_marks()
    {
        var quotes = Extract(
            """
            The mayor’s office was quiet. ‘It’s the council’s decision, not ours,’ Mayor Omar Haddad said.
            """
        );

        var quote = Single(quotes, QuoteKind.Direct);
        Assert.Equal("It’s the council’s decision, not ours,", quote.Text);
        Assert.Equal("Omar Haddad", quote.Speaker?.Name);
    }

    [Fact]
    public void Keeps_a_quote_nested_inside_a_quote_as_part_of_it()
    {
        var quotes = Extract(
            """
            Senator Ruth Okafor recalled the meeting. "I told him, 'Stop the project now,' and he laughed," she said.
            """
        );

        var quote = Assert.Single(
            quotes,
            q => q.Text.StartsWith("I told", StringComparison.Ordinal)
        );
        Assert.Equal("I told him, 'Stop the project now,' and he laughed,", quote.Text);
        Assert.Equal("Ruth Okafor", quote.Speaker?.Name);
    }

    [Fact]
    public void Attributes_a_quote_split_by_its_attribution_to_the_named_speaker_and_shows_its_parts_apart()
    {
        var quotes = Extract(
            """
            “The first phase is finished,” engineer Paul Meyer said. “The second begins in May.”
            """
        );

        var quote = Single(quotes, QuoteKind.Direct);
        Assert.Equal("The first phase is finished, … The second begins in May.", quote.Text);
        Assert.Equal("Paul Meyer", quote.Speaker?.Name);
    }

    [Fact]
    public void Cites_each_paragraph_of_a_quote_running_over_paragraphs_at_its_own_line_under_its_speaker()
    {
        var quotes = Extract(
            """
            “We planted four thousand trees in the valley this year,” park director
            Anna Kowalczyk said. “Next year we will plant twice as many, and we will
            start on the northern slopes before the snow melts in the spring.

            “And the year after that, we will plant the whole valley,” she added at
            the end of the tour of the nursery on the edge of the old town centre.
            """
        );

        var direct = quotes.Where(q => q.Kind == QuoteKind.Direct).ToList();
        Assert.Equal(2, direct.Count);
        Assert.EndsWith("before the snow melts in the spring.", direct[0].Text);
        Assert.Equal(1, direct[0].Source.Line);
        Assert.Equal("And the year after that, we will plant the whole valley,", direct[1].Text);
        Assert.Equal(5, direct[1].Source.Line);
        Assert.All(
            direct,
            q => Assert.Equal(new Person("Anna Kowalczyk", "park director"), q.Speaker)
        );
    }

    [Fact]
    public void Marks_a_few_quoted_words_inside_a_sentence_as_partial()
    {
        var quotes = Extract(
            """
            Governor Lena Fischer announced new rules. The governor called the old permits “a relic of another era.”
            """
        );

        var quote = Single(quotes, QuoteKind.Partial);
        Assert.Equal("a relic of another era.", quote.Text);
        Assert.Equal("Lena Fischer", quote.Speaker?.Name);
    }

    [Fact]
    public void Attributes_a_pull_quote_to_the_attribution_line_after_it()
    {
        var quotes = Extract(
            """
            Rail traffic resumed on Tuesday after the strike ended.
            "Nobody wins a strike that lasts this long."
            — Karin Holt, Transport Union spokesperson
            "The trains are running again."
            — Janek Nowak, Rail operator
            """
        );

        var direct = quotes.Where(q => q.Kind == QuoteKind.Direct).ToList();
        Assert.Equal(2, direct.Count);
        Assert.Equal(new Person("Karin Holt", "Transport Union spokesperson"), direct[0].Speaker);
        Assert.Equal("Janek Nowak", direct[1].Speaker?.Name);
        Assert.Equal(4, direct[1].Source.Line);
    }

    [Fact]
    public void Attributes_a_colon_introduced_quote_to_the_speaker_before_the_colon()
    {
        var quotes = Extract(
            """
            Chief Economist Sara Lind was blunt about the forecast. Lind warned: "Prices will keep rising until autumn."
            """
        );

        var quote = Single(quotes, QuoteKind.Direct);
        Assert.Equal("Sara Lind", quote.Speaker?.Name);
    }

    [Fact]
    public void Attributes_a_quote_told_to_a_newspaper_to_the_person_not_the_newspaper()
    {
        var quotes = Extract(
            """
            “The border will stay open,” Interior Minister Pieter Claes told The Evening Courier on Friday.
            """
        );

        var quote = Single(quotes, QuoteKind.Direct);
        Assert.Equal(new Person("Pieter Claes", "Interior Minister"), quote.Speaker);
    }

    [Fact]
    public void Resolves_he_said_to_the_most_recent_named_person()
    {
        var quotes = Extract(
            """
            Prime Minister Tomas Varga met farmers in the north. Opposition leader Irena Kos stayed away.

            Coach driver Milan Horak drove the delegation.

            “The drought is the worst in forty years,” he said.
            """
        );

        var quote = Single(quotes, QuoteKind.Direct);
        Assert.Equal("Milan Horak", quote.Speaker?.Name);
    }

    [Fact]
    public void Resolves_a_description_to_the_person_whose_role_it_shares_despite_a_later_name()
    {
        var quotes = Extract(
            """
            UNESCO Director Amara Diallo opened the exhibition on Sunday.

            In Geneva, President Leon Marchetti's office kept silent. The UNESCO director praised the curators’ “extraordinary patience.”
            """
        );

        var quote = Single(quotes, QuoteKind.Partial);
        Assert.Equal("Amara Diallo", quote.Speaker?.Name);
    }

    [Fact]
    public void Resolves_a_description_the_article_never_gave_to_the_most_recent_person()
    {
        var quotes = Extract(
            """
            Ambassador Olga Petrenko arrived in Vienna on Monday.

            Speaking at the embassy, the former trade negotiator was candid.

            “We need a deal before winter,” the former trade negotiator said.
            """
        );

        var quote = Single(quotes, QuoteKind.Direct);
        Assert.Equal("Olga Petrenko", quote.Speaker?.Name);
    }

    [Fact]
    public void Continues_the_previous_speaker_for_a_paragraph_that_is_only_a_quote()
    {
        var quotes = Extract(
            """
            “We will rebuild the bridge,” Mayor Hugo Lambert said on Monday.

            “It will take two years, maybe three.”
            """
        );

        Assert.Equal(2, quotes.Count(q => q.Kind == QuoteKind.Direct));
        Assert.All(quotes, q => Assert.Equal("Hugo Lambert", q.Speaker?.Name));
    }

    [Fact]
    public void Never_takes_a_photo_credit_or_a_newspaper_for_a_speaker()
    {
        var quotes = Extract(
            """
            Protesters gather outside parliament on Tuesday. Marta Ruiz / Reuters

            “We are not going home,” a protester told The Morning Ledger.
            """
        );

        var quote = Single(quotes, QuoteKind.Direct);
        Assert.Equal("a protester", quote.Speaker?.Name);
    }

    [Fact]
    public void Takes_the_role_from_an_appositive()
    {
        var quotes = Extract(
            """
            “The glacier lost a tenth of its mass,” said Ingrid Solberg, a climate researcher at the Polar Institute.
            """
        );

        var quote = Single(quotes, QuoteKind.Direct);
        Assert.Equal(
            new Person("Ingrid Solberg", "climate researcher at the Polar Institute"),
            quote.Speaker
        );
    }

    [Fact]
    public void Extracts_reported_speech_after_said_that()
    {
        var quotes = Extract(
            """
            Health Minister Rosa Becker said on Wednesday that the new clinic would open in March.
            """
        );

        var quote = Single(quotes, QuoteKind.Reported);
        Assert.Equal("the new clinic would open in March.", quote.Text);
        Assert.Equal("Rosa Becker", quote.Speaker?.Name);
        Assert.Equal(1, quote.Source.Line);
    }

    [Fact]
    public void Extracts_reported_speech_after_revealed_that_and_a_bare_warned()
    {
        var quotes = Extract(
            """
            Fire Chief Daniel Ortega revealed that three stations would close. Ortega warned the budget was too small to keep them.
            """
        );

        var reported = quotes.Where(q => q.Kind == QuoteKind.Reported).Select(q => q.Text).ToList();
        Assert.Equal(
            ["three stations would close.", "the budget was too small to keep them."],
            reported
        );
    }

    [Fact]
    public void Extracts_reported_speech_according_to_a_named_person_before_and_after_the_clause()
    {
        var quotes = Extract(
            """
            According to Yusuf Demir, a senior analyst at the Maritime Institute, shipping costs doubled in a year.

            Freight volumes fell by a third, according to Demir.
            """
        );

        var reported = quotes.Where(q => q.Kind == QuoteKind.Reported).ToList();
        Assert.Equal(2, reported.Count);
        Assert.Equal("shipping costs doubled in a year.", reported[0].Text);
        Assert.Equal("Freight volumes fell by a third", reported[1].Text);
        Assert.All(reported, q => Assert.Equal("Yusuf Demir", q.Speaker?.Name));
        Assert.Equal("senior analyst at the Maritime Institute", reported[0].Speaker?.Role);
    }

    [Fact]
    public void Extracts_a_statement_followed_by_its_speaker_and_the_outlet_told()
    {
        var quotes = Extract(
            """
            OSLO, Norway — The fishing quota should be halved for five years, Fisheries Minister Bjorn Dahl
            told The Coastal Post.
            """
        );

        var quote = Single(quotes, QuoteKind.Reported);
        Assert.Equal("The fishing quota should be halved for five years", quote.Text);
        Assert.Equal("Bjorn Dahl", quote.Speaker?.Name);
    }

    [Fact]
    public void Resolves_he_in_reported_speech_to_the_person_of_the_previous_paragraph()
    {
        var quotes = Extract(
            """
            Chancellor Greta Holm visited the flooded towns.

            But she said that while the dikes held, the pumps had failed.
            """
        );

        var quote = Single(quotes, QuoteKind.Reported);
        Assert.Equal("while the dikes held, the pumps had failed.", quote.Text);
        Assert.Equal("Greta Holm", quote.Speaker?.Name);
    }

    [Fact]
    public void Attributes_a_participle_clause_to_the_subject_of_the_sentence()
    {
        var quotes = Extract(
            """
            Coach Marco Bellini praised his players, saying they had never trained harder.
            """
        );

        var quote = Single(quotes, QuoteKind.Reported);
        Assert.Equal("they had never trained harder.", quote.Text);
        Assert.Equal("Marco Bellini", quote.Speaker?.Name);
    }

    [Fact]
    public void Does_not_take_a_possessive_for_the_speaker_of_a_noun()
    {
        var quotes = Extract(
            """
            Mayor Ida Berg spoke on Monday. Berg’s remarks underscored the city’s hope that tourism would recover.
            """
        );

        Assert.Empty(quotes);
    }

    [Fact]
    public void Gives_the_line_of_the_opening_mark_and_reads_crlf_and_a_byte_order_mark()
    {
        var text =
            "\uFEFFThe old station reopened on Monday after three years of careful repairs.\r\n\r\n"
            + "After the ceremony, site engineer Lukas Brenner walked along the platform\r\n"
            + "with reporters and explained: “The tunnel is finally dry, and the trains\r\n"
            + "can run at full speed again.”\r\n";

        var quote = Single(Extract(text), QuoteKind.Direct);

        Assert.Equal(
            "The tunnel is finally dry, and the trains can run at full speed again.",
            quote.Text
        );
        Assert.Equal(new Person("Lukas Brenner", "site engineer"), quote.Speaker);
        Assert.Equal(4, quote.Source.Line);
    }

    [Fact]
    public void Attributes_a_quote_to_a_speaker_set_off_by_an_appositive_before_the_verb()
    {
        var quotes = Extract(
            """
            Farmer Jonas Weber, 54, said he had never seen the river so low. "The wells are empty," Weber said.
            """
        );

        var reported = Single(quotes, QuoteKind.Reported);
        Assert.Equal("he had never seen the river so low.", reported.Text);
        Assert.All(quotes, q => Assert.Equal("Jonas Weber", q.Speaker?.Name));
    }

    [Fact]
    public void Resolves_a_pronoun_to_the_subject_of_the_previous_sentence_rather_than_a_person_named_after_it()
    {
        var quotes = Extract(
            """
            Defence Minister Karl Sommer met his counterpart Ivo Marin in Zagreb on Monday.

            “We agreed on the joint exercises,” he said.
            """
        );

        Assert.Equal("Karl Sommer", Single(quotes, QuoteKind.Direct).Speaker?.Name);
    }

    [Fact]
    public void Names_an_unnamed_source_by_its_description_and_never_a_person_nearby()
    {
        var quotes = Extract(
            """
            Chancellor Greta Holm will travel to Rome. A senior official, who asked not to be named, confirmed the trip.

            “The visit is about energy,” the official said.
            """
        );

        Assert.Equal("a senior official", Single(quotes, QuoteKind.Direct).Speaker?.Name);
    }

    [Fact]
    public void Separates_a_name_from_the_organisation_after_it_and_an_age_from_the_role()
    {
        var quotes = Extract(
            """
            Analyst Petra Novak of Danube Capital says prices have “peaked for now.”

            “We were lucky,” said Tomasz Wrona, 61, a fisherman who has worked the lake for decades.
            """
        );

        Assert.Equal(
            new Person("Petra Novak", "Analyst"),
            Single(quotes, QuoteKind.Partial).Speaker
        );
        Assert.Equal(
            new Person("Tomasz Wrona", "fisherman"),
            Single(quotes, QuoteKind.Direct).Speaker
        );
    }

    [Fact]
    public void Continues_the_speaker_of_reported_speech_for_a_paragraph_that_is_only_a_quote()
    {
        var quotes = Extract(
            """
            Union leader Carla Mendes said the strike would go on until the contracts were signed.

            “We have waited long enough.”
            """
        );

        Assert.Equal("Carla Mendes", Single(quotes, QuoteKind.Direct).Speaker?.Name);
    }

    [Fact]
    public void Attributes_through_a_possessive_description_and_a_family_name_written_first()
    {
        var quotes = Extract(
            """
            “We are,” the company’s chief executive Lee Jae-sung said, “running out of capacity.”

            “It is a good problem to have,” Lee told The Korea Herald.
            """
        );

        var direct = quotes.Where(q => q.Kind == QuoteKind.Direct).ToList();
        Assert.Equal("We are, … running out of capacity.", direct[0].Text);
        Assert.All(direct, q => Assert.Equal("Lee Jae-sung", q.Speaker?.Name));
    }

    [Fact]
    public void Keeps_a_reply_by_another_speaker_apart_from_the_quote_before_it()
    {
        var quotes = Extract(
            """
            Mayor Hugo Lambert and councillor Nadia Benali clashed on Monday. "The budget is balanced," Lambert said. "It is not," Benali replied.
            """
        );

        var direct = quotes.Where(q => q.Kind == QuoteKind.Direct).ToList();
        Assert.Equal(2, direct.Count);
        Assert.Equal("Hugo Lambert", direct[0].Speaker?.Name);
        Assert.Equal("Nadia Benali", direct[1].Speaker?.Name);
    }

    [Fact]
    public void Resolves_the_minister_to_the_minister_rather_than_the_person_named_last()
    {
        var quotes = Extract(
            """
            Finance Minister Elena Marsh met union leader Tom Reyes on Friday.

            “The pension age will not change,” the minister said.
            """
        );

        Assert.Equal("Elena Marsh", Single(quotes, QuoteKind.Direct).Speaker?.Name);
    }

    [Fact]
    public void Gives_a_quote_ending_its_sentence_not_to_the_next_speaker_who_says_a_quote_of_their_own()
    {
        var quotes = Extract(
            """
            "He was a giant," said the dean, Anna Kerr. Kerr talked of his "endless curiosity about the sea" and "his patience with students." Lab director Tom Brill said "He changed the field."
            """
        );

        Assert.Equal(
            "Tom Brill",
            quotes.Single(q => q.Text == "He changed the field.").Speaker?.Name
        );
        Assert.NotEqual(
            "Tom Brill",
            quotes
                .Single(q => q.Text.StartsWith("his patience", StringComparison.Ordinal))
                .Speaker?.Name
        );
    }

    [Theory]
    [InlineData(
        "Virologist Jane Roe of Harwell Research said, \"This strain spreads faster than any we have studied.\""
    )]
    [InlineData(
        "Jane Roe, a virologist, led the study. Roe of Harwell Research said, \"This strain spreads faster than any we have studied.\""
    )]
    public void Never_names_the_institution_in_a_phrase_after_the_speaker(string text)
    {
        var quote = Assert.Single(Extract(text), q => q.Kind == QuoteKind.Direct);

        Assert.NotEqual("Harwell Research", quote.Speaker?.Name);
    }

    [Fact]
    public void Names_the_person_after_a_title_with_its_own_phrase()
    {
        var quotes = Extract(
            """
            First Minister of Eastland Jane Roe said, "The court has spoken and parliament must sit again."
            """
        );

        Assert.EndsWith(
            "Jane Roe",
            Assert.Single(quotes, q => q.Kind == QuoteKind.Direct).Speaker?.Name
        );
    }

    [Fact]
    public void Attributes_the_unlabelled_paragraphs_of_an_interview_answer_to_the_labelled_speaker()
    {
        var quotes = Extract(
            """
            Mayoral candidate Ann Lee spoke with the Gazette about her campaign.

            ((Gazette)) Why are you running?

            ((Ann Lee)) I grew up on this street.

            The council has ignored the harbour for twenty years.

            ((Gazette)) What comes first?

            The harbour wall, before the winter storms.
            """
        );

        Assert.Equal(
            [
                ("I grew up on this street.", 5),
                ("The council has ignored the harbour for twenty years.", 7),
            ],
            quotes
                .Where(q => q.Speaker?.Name == "Ann Lee")
                .Select(q => (q.Text, q.Source.Line))
                .ToArray()
        );
        // After a question nobody has answered with a label, a paragraph is nobody's answer.
        Assert.DoesNotContain(
            quotes,
            q => q.Text.StartsWith("The harbour wall", StringComparison.Ordinal)
        );
    }

    [Fact]
    public void A_portrait_caption_with_its_credit_glued_to_the_name_is_no_speaker_label()
    {
        var quotes = Extract(
            """
            Three candidates gave a closing statement.

            Ann LeeImage: Ann Lee for Mayor.

            I am the only candidate who lives in the harbour district.
            """
        );

        Assert.DoesNotContain(
            quotes,
            q => q.Speaker?.Name.Contains("Image", StringComparison.Ordinal) == true
        );
        Assert.DoesNotContain(
            quotes,
            q => q.Text.StartsWith("I am the only", StringComparison.Ordinal)
        );
    }

    [Fact]
    public void A_name_after_a_full_stop_outside_the_closing_mark_speaks_the_next_quote_not_the_one_before()
    {
        var quotes = Extract(
            """
            Councillor Ann Lee said the vote marked a "sad day for the harbour". Former mayor Tom Ash said, "It is a mistake we will regret."
            """
        );

        Assert.Equal(
            "Ann Lee",
            Assert
                .Single(quotes, q => q.Text.StartsWith("sad day", StringComparison.Ordinal))
                .Speaker?.Name
        );
        Assert.Equal(
            "Tom Ash",
            Assert
                .Single(quotes, q => q.Text.StartsWith("It is a mistake", StringComparison.Ordinal))
                .Speaker?.Name
        );
    }

    [Fact]
    public void A_later_quote_of_a_paragraph_does_not_continue_the_first_speaker_after_someone_else_speaks()
    {
        var quotes = Extract(
            """
            Mayor Tom Ash opened the debate. "We are ready," Ash said. The challenger Ann Lee interrupted him twice. Lee exclaimed, "Mr. Mayor, I am speaking."
            """
        );

        Assert.EndsWith(
            "Lee",
            Assert
                .Single(quotes, q => q.Text.StartsWith("Mr. Mayor", StringComparison.Ordinal))
                .Speaker?.Name
        );
    }

    [Fact]
    public void A_later_quote_of_a_paragraph_continues_its_speaker_past_a_name_that_is_not_a_subject()
    {
        var quotes = Extract(
            """
            Councillor Ann Lee spoke about the mayor, calling him "a careful man". Lee praised Ash's "steady hand".
            """
        );

        Assert.Equal("Ann Lee", Assert.Single(quotes, q => q.Text == "steady hand").Speaker?.Name);
    }

    [Fact]
    public void A_capitalised_pronoun_before_a_speech_verb_is_nobody_s_name()
    {
        var quotes = Extract(
            """
            To the voters of the harbour district I say, "There is a better way."
            """
        );

        Assert.DoesNotContain(quotes, q => q.Speaker?.Name == "I");
    }

    [Fact]
    public void A_name_after_a_hyphenated_role_and_a_group_noun_is_the_speaker_not_the_group()
    {
        var quotes = Extract(
            """
            "The shelf is thinning from below," said study co-author Jane Roe.
            """
        );

        Assert.Equal("Jane Roe", Assert.Single(quotes).Speaker?.Name);
    }

    [Theory]
    [InlineData(
        "Prosecutor Jane Roe characterized the attack as \"designed to intimidate\" the town.",
        "Jane Roe"
    )]
    [InlineData(
        "Candidate Tom Ash introduced himself as \"pro-business\" and thanked the crowd.",
        "Tom Ash"
    )]
    public void A_few_quoted_words_in_the_writer_s_sentence_are_the_words_of_its_subject(
        string sentence,
        string speaker
    )
    {
        var quote = Assert.Single(Extract(sentence));

        Assert.Equal(QuoteKind.Partial, quote.Kind);
        Assert.Equal(speaker, quote.Speaker?.Name);
    }

    [Theory]
    [InlineData("Candidate Tom Ash was described as \"reckless\" by the council.")]
    [InlineData("Candidate Tom Ash, who was called \"reckless\" by the council, left early.")]
    [InlineData("Candidate Tom Ash met Mayor Ann Lee, whose plan the council called \"reckless\".")]
    public void A_few_quoted_words_after_a_passive_verb_or_another_name_are_not_given_to_the_subject(
        string sentence
    )
    {
        var quote = Assert.Single(Extract(sentence));

        Assert.NotEqual("Tom Ash", quote.Speaker?.Name);
    }

    [Fact]
    public void The_name_before_who_said_is_the_speaker()
    {
        var quotes = Extract(
            """
            The bill was drafted by councillor Jane Roe who said on the floor, "It follows decades of work."
            """
        );

        Assert.Equal("Jane Roe", Assert.Single(quotes).Speaker?.Name);
    }

    [Fact]
    public void Where_questions_carry_a_label_an_unlabelled_question_goes_on_with_the_answer()
    {
        var quotes = Extract(
            """
            Mayoral candidate Ann Lee answered the Gazette's questions.

            ((Gazette)) What is your plan?

            ((Ann Lee)) Democracy 2.0:

            When I speak to voters, I ask: what kind of council would you build?

            I have an answer of my own.
            """
        );

        Assert.Equal(
            [5, 7, 9],
            quotes.Where(q => q.Speaker?.Name == "Ann Lee").Select(q => q.Source.Line).ToArray()
        );
    }

    [Fact]
    public void A_quote_ending_the_writer_s_sentence_is_not_attributed_to_the_next_sentence_s_subject()
    {
        var quotes = Extract(
            """
            Councillor Tom Ash argued the town needs "steady leadership."  Mayor Ann Lee argued against the plan.
            """
        );

        Assert.NotEqual(
            "Ann Lee",
            Assert.Single(quotes, q => q.Kind != QuoteKind.Reported).Speaker?.Name
        );
    }
}
