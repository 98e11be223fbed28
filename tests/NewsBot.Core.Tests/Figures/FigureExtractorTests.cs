using NewsBot.Core.Answers;
using NewsBot.Core.Articles;
using NewsBot.Core.Figures;

namespace NewsBot.Core.Tests.Figures;

public sealed class FigureExtractorTests
{
    private static IReadOnlyList<Figure> Extract(string text) =>
        new FigureExtractor().Extract(ArticleParser.Parse("test.txt", text));

    private static Figure Single(string text) => Assert.Single(Extract(text));

    [Theory]
    [InlineData("Inspectors have checked more than 1,200 homes since the storm.", "homes checked")]
    [InlineData("The floods destroyed an estimated 300 bridges.", "bridges destroyed")]
    [InlineData("Rescuers evacuated up to 300 families.", "families evacuated")]
    [InlineData("Crews inspected at least 40 bridges.", "bridges inspected")]
    [InlineData("The town has 1,200 homes.", "homes")]
    [InlineData("The supplies were delivered to 300 hospitals.", "hospitals")]
    public void Reads_a_count_with_nothing_after_its_noun_with_the_past_verb_before_it(
        string sentence,
        string measure
    ) => Assert.Equal(measure, Single(sentence).Measure);

    [Fact]
    public void Normalises_digits_with_thousand_separators_and_decimals()
    {
        var figures = Extract(
            "The army sent 1,250 soldiers and 2.5 tonnes of ammunition to the front."
        );

        Assert.Equal(2, figures.Count);
        Assert.Equal(1250, figures[0].Value);
        Assert.Equal("soldiers", figures[0].Unit);
        Assert.Equal(2.5, figures[1].Value);
        Assert.Equal("tonne", figures[1].Unit);
    }

    [Theory]
    [InlineData("Officials said 1.1 million people had fled.", 1_100_000)]
    [InlineData("The fund holds 2 billion shares.", 2_000_000_000)]
    [InlineData("About 500k residents lost power.", 500_000)]
    [InlineData("Some 3 thousand volunteers signed up.", 3_000)]
    [InlineData("The army lost 12m rounds of ammunition.", 12_000_000)]
    public void Applies_scale_words_to_the_number(string sentence, double expected) =>
        Assert.Equal(expected, Single(sentence).Value);

    [Theory]
    [InlineData(
        "Ministers announced a package of $500 million in military aid.",
        500_000_000,
        "USD"
    )]
    [InlineData("Brussels pledged €2.5 billion for reconstruction.", 2_500_000_000, "EUR")]
    [InlineData("London added £300m for air defence.", 300_000_000, "GBP")]
    [InlineData("The loan is worth USD 40 million over ten years.", 40_000_000, "USD")]
    [InlineData("Berlin gave 5 million euros to the fund.", 5_000_000, "EUR")]
    [InlineData("The bank lent €3bn to Kyiv.", 3_000_000_000, "EUR")]
    [InlineData("The city borrowed €6bn for trams.", 6_000_000_000, "EUR")]
    [InlineData("The club paid A$2.4 million for the ground.", 2_400_000, "AUD")]
    [InlineData("The fund holds SEK 150 million in bonds.", 150_000_000, "SEK")]
    [InlineData("The stadium cost £41.5m to build.", 41_500_000, "GBP")]
    [InlineData("The prize is worth 10 million Swedish kronor this year.", 10_000_000, "SEK")]
    [InlineData("Bail was set at 100,000 Georgian lari.", 100_000, "GEL")]
    [InlineData("The farm sold for 3 million Canadian dollars.", 3_000_000, "CAD")]
    [InlineData("A night in the hotel costs 95€.", 95, "EUR")]
    [InlineData("The stall sells lunch for RM12.50.", 12.5, "MYR")]
    [InlineData("The council spent $A4.2 million on roads.", 4_200_000, "AUD")]
    [InlineData("The fund raised $US30 million.", 30_000_000, "USD")]
    [InlineData("The fare is HK $45 for adults.", 45, "HKD")]
    public void Reads_currencies_with_their_scale(string sentence, double value, string unit)
    {
        var figure = Extract(sentence).First(f => f.Kind == FigureKind.Money);

        Assert.Equal(value, figure.Value);
        Assert.Equal(unit, figure.Unit);
    }

    [Theory]
    [InlineData("Drones destroy 90% of all targets.", 90, "percent")]
    [InlineData("Turnout reached 12 per cent in the east.", 12, "percent")]
    [InlineData("Prices rose 7.5 percent in the capital.", 7.5, "percent")]
    [InlineData(
        "The central bank raised rates by 0.25 percentage points.",
        0.25,
        "percentage points"
    )]
    public void Reads_percentages_and_percentage_points(string sentence, double value, string unit)
    {
        var figure = Single(sentence);

        Assert.Equal(value, figure.Value);
        Assert.Equal(unit, figure.Unit);
    }

    [Theory]
    [InlineData("Drones now cause two-thirds of all casualties.", 66.67, "two-thirds")]
    [InlineData("Half of the recruits come from the regions.", 50, "Half")]
    [InlineData("A quarter of the budget goes to defence.", 25, "A quarter")]
    [InlineData("Only 3/4 of the ballots were counted by noon.", 75, "3/4")]
    public void Reads_a_fraction_of_something_as_a_percentage(
        string sentence,
        double value,
        string text
    )
    {
        var figure = Single(sentence);

        Assert.Equal(value, figure.Value);
        Assert.Equal("percent", figure.Unit);
        Assert.Equal(text, figure.Text);
    }

    [Theory]
    [InlineData("The strike came half an hour later, in the first quarter of the year.")]
    [InlineData("A quarter of a century has passed.")]
    [InlineData("Growth slowed in the first quarter of 2024.")]
    public void Leaves_out_fractions_of_time(string sentence) => Assert.Empty(Extract(sentence));

    [Fact]
    public void Gives_a_fall_in_percentage_points_a_negative_value()
    {
        var figure = Single("Unemployment fell 0.25 percentage points in March.");

        Assert.Equal(-0.25, figure.Value);
        Assert.Equal("0.25 percentage points", figure.Text);
    }

    [Theory]
    [InlineData(
        "Russia is losing between 20,000 and 25,000 soldiers each month.",
        20_000,
        25_000,
        "between 20,000 and 25,000"
    )]
    [InlineData(
        "Russia recruits 30,000 to 36,000 new soldiers each month.",
        30_000,
        36_000,
        "30,000 to 36,000"
    )]
    [InlineData(
        "An estimated 15,000–20,000 Russian troops were killed.",
        15_000,
        20_000,
        "15,000–20,000"
    )]
    [InlineData("Each brigade fields 20-25 tanks.", 20, 25, "20-25")]
    [InlineData(
        "The repairs cost between 20 and 25 million dollars.",
        20_000_000,
        25_000_000,
        "between 20 and 25 million dollars"
    )]
    [InlineData(
        "Donors offered $1-2 billion in loans.",
        1_000_000_000,
        2_000_000_000,
        "$1-2 billion"
    )]
    public void Normalises_a_range_to_low_high_and_midpoint(
        string sentence,
        double low,
        double high,
        string text
    )
    {
        var figure = Single(sentence);

        Assert.Equal(low, figure.Low);
        Assert.Equal(high, figure.High);
        Assert.Equal((low + high) / 2, figure.Value);
        Assert.Equal(text, figure.Text);
    }

    [Theory]
    [InlineData("Inflation rose from 2% to 3% in a year.", 2, 3, "percent")]
    [InlineData("Ticket sales climbed from 1,200 to 1,500 last season.", 1200, 1500, "count")]
    [InlineData("The lake's level fell from 12 metres to 9.5 in a month.", 12, 9.5, "metre")]
    [InlineData(
        "The van's fuel economy crept upward, from 21 mpg in 2015 to 26 mpg in 2020.",
        21,
        26,
        "mile per gallon"
    )]
    [InlineData("The fare has dropped since May from $4.50 to $3.80.", 4.5, 3.8, "USD")]
    [InlineData("Turnout is expected to slow from 7.5 to 7.1 percent.", 7.5, 7.1, "percent")]
    [InlineData("The budget grew from 1.5 to 2 billion euros.", 1.5e9, 2e9, "EUR")]
    public void Reads_a_movement_from_one_number_to_another_as_one_figure_whose_value_is_where_it_ended(
        string sentence,
        double start,
        double end,
        string unit
    )
    {
        // The year a movement ended in ("to 26 mpg in 2020") is a year figure of its own.
        var figure = Assert.Single(Extract(sentence), f => f.Kind != FigureKind.Year);

        Assert.True(figure.IsMovement);
        Assert.False(figure.IsChange);
        Assert.Equal(start, figure.Low);
        Assert.Equal(end, figure.High);
        Assert.Equal(end, figure.Value);
        Assert.Equal(unit, figure.Unit);
    }

    [Fact]
    public void Reads_a_range_named_after_down_from_the_as_a_range()
    {
        var figures = Extract(
            "The guidance was cut to $80 million, down from the $85 to $90 million it expected."
        );

        var range = Assert.Single(figures, f => f.Low is not null);
        Assert.Equal(85_000_000, range.Low);
        Assert.Equal(90_000_000, range.High);
        Assert.False(range.IsMovement);
    }

    [Theory]
    [InlineData("Only one bridge stayed open after the storm.", "bridge")]
    [InlineData("The jury convicted him on one count of fraud.", "count")]
    [InlineData("One proposal asks the council to close the road.", "proposal")]
    [InlineData("The shares traded at 90p at one point last week.", "point")]
    public void Reads_one_before_the_noun_it_counts(string sentence, string noun)
    {
        var one = Assert.Single(Extract(sentence), f => f.Value == 1);

        Assert.Contains(noun, one.Unit, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The port is home to about 60 commercial fishermen.", 60, "fishermen")]
    [InlineData("The dentist pulled two teeth.", 2, "teeth")]
    [InlineData("Police arrested five gunmen after the raid.", 5, "gunmen")]
    [InlineData("The choir has 40 women.", 40, "women")]
    public void Counts_a_plural_without_an_s_as_its_noun(string sentence, double value, string noun)
    {
        var figure = Single(sentence);

        Assert.Equal((value, noun), (figure.Value, figure.Unit));
    }

    [Theory]
    [InlineData("The dealer sells four-, five- and six-cylinder engines.", "cylinders", "4 5 6")]
    [InlineData("The block has two- or three-bedroom flats.", "bedrooms", "2 3")]
    public void Gives_numbers_left_hanging_on_a_hyphen_the_noun_the_list_ends_with(
        string sentence,
        string unit,
        string values
    )
    {
        var figures = Extract(sentence);

        Assert.Equal(values, string.Join(' ', figures.Select(f => f.Value)));
        Assert.All(figures, f => Assert.Equal(unit, f.Unit));
    }

    [Fact]
    public void Reads_an_m_converted_into_feet_in_brackets_as_metres_not_millions()
    {
        var figures = Extract("The statue is 12m (39ft) tall, and the town spent 3m on it.");

        Assert.Contains(figures, f => f.Value == 12 && f.Unit == "metre");
        Assert.Contains(figures, f => f.Value == 39 && f.Unit == "foot");
        Assert.Contains(figures, f => f.Value == 3_000_000);
    }

    [Theory]
    [InlineData("Each one they lose costs the club money.")]
    [InlineData("She used the same one across her accounts.")]
    [InlineData("One day the bridge will reopen.")]
    [InlineData("He told BBC One about the plan.")]
    [InlineData("The team needs one more win.")]
    public void Does_not_read_one_as_a_count_where_it_is_a_pronoun_a_time_or_a_name(
        string sentence
    ) => Assert.Empty(Extract(sentence));

    [Theory]
    [InlineData("Seats cost from $40 to $90 each.", 40, 90)]
    [InlineData("Prices range from $300 in the suburbs to $450 downtown.", 300, 450)]
    [InlineData("Exports could grow by anything from three per cent to 12 per cent.", 3, 12)]
    public void Reads_from_one_number_to_a_higher_one_without_a_word_of_movement_as_a_range(
        string sentence,
        double low,
        double high
    )
    {
        var figure = Single(sentence);

        Assert.False(figure.IsMovement);
        Assert.Equal(low, figure.Low);
        Assert.Equal(high, figure.High);
        Assert.Equal((low + high) / 2, figure.Value);
    }

    [Theory]
    [InlineData("Three soldiers were wounded in the attack.", 3, "soldiers")]
    [InlineData("The unit lost twenty-five vehicles.", 25, "vehicles")]
    [InlineData("Police detained a dozen protesters.", 12, "protesters")]
    [InlineData("The war displaced two million people.", 2_000_000, "people")]
    public void Reads_numbers_written_as_words(string sentence, double value, string unit)
    {
        var figure = Single(sentence);

        Assert.Equal(value, figure.Value);
        Assert.Equal(unit, figure.Unit);
        Assert.Equal(FigureKind.Count, figure.Kind);
    }

    [Theory]
    [InlineData("Officials said several thousand troops were moved.")]
    [InlineData("A few hundred protesters gathered.")]
    [InlineData("Tens of thousands of people fled.")]
    [InlineData("He said hundreds of thousands of Russians are dying for nothing.")]
    [InlineData("Dozens of homes burned, and thousands more were wounded.")]
    public void Leaves_out_vague_amounts_rather_than_turning_them_into_a_number(string sentence) =>
        Assert.Empty(Extract(sentence));

    [Fact]
    public void Reads_a_spelled_number_that_opens_a_sentence()
    {
        var figure = Single("Twenty-five soldiers died in the strike.");

        Assert.Equal(25, figure.Value);
        Assert.Equal("soldiers", figure.Unit);
    }

    [Theory]
    [InlineData("Speaking in Brussels on October 24, 2025, Rutte criticised Moscow.")]
    [InlineData("The ministers met in Brussels on Feb. 12 to discuss aid.")]
    [InlineData("The Soviet Union's disastrous 1979 invasion of Afghanistan ended in defeat.")]
    [InlineData("It was the bloodiest conflict since World War II and World War 2.")]
    [InlineData("The talks resumed at 10:30 a.m. and ended at 3 pm.")]
    [InlineData("Allies invoked Article 5 for the first time on May 3rd.")]
    [InlineData("Kyiv asked for more F-16 jets and S-400 parts in the 1990s.")]
    [InlineData("The war ended four years ago, two weeks after the truce.")]
    [InlineData("One of them said it was one step too far and the two agreed.")]
    [InlineData("Call the hotline on +44 20 7946 0958 or (555) 123-4567 before 6 pm.")]
    [InlineData("The school is within 800 metres of the plant, 12 km north of the city.")]
    [InlineData("The 2019-nCoV name and \"19\" for the year were both dropped.")]
    [InlineData("The report is at https://example.com/2026-02-11/report-2024.")]
    [InlineData("The budget for 2024-25 was approved in the 2023/24 session.")]
    [InlineData("Its serial number is 123456789012345678901234567890123456789 trillion units.")]
    public void Counts_nothing_in_years_dates_times_labels_phone_numbers_and_places(
        string sentence
    ) => Assert.DoesNotContain(Extract(sentence), f => f.Kind != FigureKind.Year);

    [Fact]
    public void Reads_a_count_right_after_a_month_and_not_a_model_number()
    {
        var figures = Extract(
            "In December 35,000 soldiers died, and Germany sent 14 Leopard 2 tanks and 90 Stryker armored personnel carriers."
        );

        Assert.Equal([35_000.0, 14, 90], figures.Select(f => f.Value));
        Assert.Equal(["soldiers", "tanks", "carriers"], figures.Select(f => f.Unit));
    }

    [Fact]
    public void Reads_a_rate_without_its_denominator_and_a_model_number_as_no_count()
    {
        var figures = Extract(
            "The region records 12.4 deaths per 100,000 people each year, and a Tupolev 154 airliner carried 80 passengers."
        );

        Assert.Equal([12.4, 80], figures.Select(f => f.Value));
        Assert.Equal(["deaths", "passengers"], figures.Select(f => f.Unit));
    }

    [Fact]
    public void Extracts_a_daily_count_of_killed_and_wounded()
    {
        var figure = Single(
            "This translates to an average of 1,000 soldiers killed and wounded daily."
        );

        Assert.Equal(1000, figure.Value);
        Assert.Equal("soldiers killed and wounded", figure.Measure);
        Assert.Equal("daily", figure.Period);
        Assert.Equal("average", figure.Qualifier);
    }

    [Theory]
    [InlineData("Moscow lost over 5,000 troops.", "over")]
    [InlineData("Moscow lost approximately 5,000 troops.", "approximately")]
    [InlineData("Moscow lost more than 5,000 troops.", "more than")]
    [InlineData("Moscow lost about 5,000 troops.", "about")]
    [InlineData("Moscow lost up to 5,000 troops.", "up to")]
    [InlineData("Moscow lost at least 5,000 troops.", "at least")]
    [InlineData("Moscow lost an estimated 5,000 troops.", "estimated")]
    public void Keeps_the_qualifier_in_front_of_the_number(string sentence, string qualifier) =>
        Assert.Equal(qualifier, Single(sentence).Qualifier);

    [Theory]
    [InlineData("Russia loses 20,000 soldiers each month in Ukraine.", "per month")]
    [InlineData("Russia loses 20,000 soldiers every single month.", "per month")]
    [InlineData("Russia recruits 30,000 soldiers monthly into the war.", "per month")]
    [InlineData("Russia recruits 30,000 soldiers a month.", "per month")]
    [InlineData("Russia loses 1,000 soldiers daily.", "daily")]
    [InlineData("Russia lost 35,000 soldiers in December.", "in December")]
    [InlineData(
        "Russia has lost 1.1 million soldiers since the full-scale invasion began.",
        "since the invasion"
    )]
    [InlineData("Moscow lost 15,000 soldiers in nine years of fighting.", "in nine years")]
    [InlineData("Prices rose 4% in 2024.", "in 2024")]
    [InlineData(
        "Aid reached $27 billion since Russia invaded in February 2022.",
        "since February 2022"
    )]
    [InlineData("The economy shrank 1.2% in the third quarter.", "in the third quarter")]
    public void Normalises_the_period_a_figure_is_counted_over(string sentence, string period) =>
        Assert.Equal(period, Extract(sentence)[0].Period);

    [Fact]
    public void Gives_each_figure_of_a_sentence_its_own_period_and_borrows_the_unit_it_leaves_out()
    {
        var figures = Extract(
            "“In December, they lost 35,000 of their own men, and in January — 30,000,” he said."
        );

        Assert.Equal(["in December", "in January"], figures.Select(f => f.Period));
        Assert.Equal(["men", "men"], figures.Select(f => f.Unit));
    }

    [Fact]
    public void Reads_the_measure_with_its_qualifiers()
    {
        var figure = Single(
            "According to Rutte, between 20,000 and 25,000 Russian soldiers are being killed in action each month."
        );

        Assert.Equal("Russian soldiers killed in action", figure.Measure);
        Assert.Equal("soldiers", figure.Unit);
    }

    [Fact]
    public void Finds_the_claimant_of_said_reported_and_according_to()
    {
        var figures = Extract(
            """
            NATO Secretary General Jens Stoltenberg said that Russia had lost 15,000 troops.

            Britain's defense ministry reported that Russia has suffered 1.1 million casualties.

            According to Kateryna Stepanenko, a research fellow, Moscow recruits 30,000 men a month.

            Russia lost 20,000 soldiers in March, Stoltenberg said.
            """
        );

        Assert.Equal(
            [
                "Jens Stoltenberg",
                "Britain's defense ministry",
                "Kateryna Stepanenko",
                "Jens Stoltenberg",
            ],
            figures.Select(f => f.ClaimedBy)
        );
    }

    [Fact]
    public void Resolves_he_said_to_the_last_person_named()
    {
        var figures = Extract(
            """
            NATO Secretary General Mark Rutte told reporters the war was destroying Russia.

            “In December, they lost 35,000 of their own men,” he said.
            """
        );

        Assert.Equal("Mark Rutte", Assert.Single(figures).ClaimedBy);
    }

    [Fact]
    public void Takes_the_claimant_of_a_pull_quote_from_its_attribution_line()
    {
        var figures = Extract(
            """
            Key Facts
            "They lose 25,000 soldiers every month."
            — Mark Rutte, NATO Secretary General
            """
        );

        Assert.Equal("Mark Rutte", Assert.Single(figures).ClaimedBy);
    }

    [Fact]
    public void Cites_the_file_line_where_the_number_is_in_a_hard_wrapped_crlf_file_with_a_byte_order_mark()
    {
        var text =
            "\uFEFFMUNICH, Germany — The conference took place the day after NATO defense ministers met in\r\n"
            + "Brussels and announced another package of $500 million in military aid to Ukraine through the\r\n"
            + "Prioritized Ukrainian Requirements List (PURL), which allows countries to buy U.S. weapons for.\r\n"
            + "\r\n"
            + "The figure included over $200 million from Britain to buy air defense missiles, as Russia\r\n"
            + "continues targeting Ukraine's cities and energy infrastructure, officials said on Friday.\r\n";

        var figures = Extract(text);

        Assert.Equal([2, 5], figures.Select(f => f.Source.Line));
        Assert.All(figures, f => Assert.Equal("test.txt", f.Source.File));
        Assert.Equal("over", figures[1].Qualifier);
    }

    [Fact]
    public void Never_fails_on_messy_text_and_ranks_what_it_finds()
    {
        string[] pieces =
        [
            "1,000",
            "20-25",
            "between",
            "and",
            "to",
            "$",
            "€5bn",
            "%",
            "per cent",
            "percentage points",
            "fell",
            "–",
            "—",
            "-",
            "hundreds",
            "of",
            "thousands",
            "twenty-five",
            "a",
            "dozen",
            "since",
            "the",
            "invasion",
            "each",
            "month",
            "in",
            "December",
            "Rutte",
            "said",
            "according",
            "\"",
            "“",
            "”",
            ",",
            ".",
            "?",
            "he",
            "0",
            "00",
            "2024",
            "2024-25",
            "10:30",
            "F-16",
            "Feb.",
            "12",
            "soldiers",
            "killed",
            "\n",
            "\n\n",
            "- ",
            "— Mark Rutte, NATO",
            "’s",
            "k",
            "m",
            "bn",
            "US$",
            "from",
            "rose",
            "by",
            "several",
            "few",
            "one",
            "million",
            "Leopard",
            "2",
            "(",
            ")",
            "…",
            "..",
            "провоцируя",
        ];
        var random = new Random(7);
        var figures = new List<Figure>();

        for (var i = 0; i < 500; i++)
        {
            var words = Enumerable
                .Range(0, random.Next(1, 60))
                .Select(_ => pieces[random.Next(pieces.Length)]);
            var text = string.Join(random.Next(3) == 0 ? "" : " ", words);
            figures.AddRange(Extract(text));
        }
        var answer = new FigureRanker().Rank(
            "soldiers killed each month according to Rutte",
            figures
        );

        Assert.NotEmpty(figures);
        Assert.All(answer.Results, r => Assert.InRange(r.Confidence, 0, 1));
    }

    private static Figure Only(string text, FigureKind kind) =>
        Assert.Single(Extract(text), f => f.Kind == kind);

    private static void AssertReads(
        Figure figure,
        double value,
        string unit,
        string? measure = null
    )
    {
        Assert.Equal(value, figure.Value);
        Assert.Equal(unit, figure.Unit);
        if (measure is not null)
        {
            Assert.Equal(measure, figure.Measure);
        }
    }

    [Theory]
    [InlineData("The Soviets fought a nine-year war.", FigureKind.Duration, 9, "years", "war")]
    [InlineData("Medics know a 60-minute window.", FigureKind.Duration, 60, "minutes", "window")]
    [InlineData(
        "Both got seven-year prison terms.",
        FigureKind.Duration,
        7,
        "years",
        "prison terms"
    )]
    [InlineData(
        "The crew will stay for one to four months.",
        FigureKind.Duration,
        2.5,
        "months",
        "crew will stay"
    )]
    [InlineData(
        "Okafor led the party for 37 years.",
        FigureKind.Duration,
        37,
        "years",
        "Okafor led the party"
    )]
    [InlineData("The mayor got a 25-room home.", FigureKind.Count, 25, "rooms", "room home")]
    [InlineData(
        "A 131-page report was left on a bench.",
        FigureKind.Count,
        131,
        "pages",
        "page report"
    )]
    [InlineData(
        "A six - member Ruritan team was there.",
        FigureKind.Count,
        6,
        "members",
        "member Ruritan team"
    )]
    [InlineData(
        "Shops kept a one-pack limit on Monday.",
        FigureKind.Count,
        1,
        "packs",
        "pack limit"
    )]
    public void Reads_a_length_of_time_with_what_lasted_and_a_compound_as_a_count_of_its_noun(
        string sentence,
        FigureKind kind,
        double value,
        string unit,
        string measure
    ) => AssertReads(Only(sentence, kind), value, unit, measure);

    [Fact]
    public void Reads_each_number_of_a_list_of_counts_with_the_noun_written_once()
    {
        var figures = Extract("The jury of eleven women and nine men sat for a dozen days.");

        Assert.Equal([11.0, 9, 12], figures.Select(f => f.Value));
        Assert.Equal(["women", "men", "days"], figures.Select(f => f.Unit));
    }

    [Theory]
    [InlineData(
        "Pensioner Ada Vell died on Sunday aged 67.",
        67,
        "age of Pensioner Ada Vell at death"
    )]
    [InlineData("A 67-year-old shepherd found the lamb.", 67, "age of shepherd")]
    [InlineData("The driver, Tom Smith, 54, was not hurt.", 54, "age of Tom Smith")]
    [InlineData("Mira Doyle ran the bakery. She was 88.", 88, "age of Mira Doyle")]
    public void Reads_a_persons_age_and_whose_it_is(string text, double value, string measure)
    {
        AssertReads(Only(text, FigureKind.Age), value, "years old", measure);
    }

    [Fact]
    public void Pairs_a_list_of_ages_with_the_list_of_names_it_follows()
    {
        var figures = Extract("She met Anton Kell and Rui Baptista, 40 and 49, at a cafe.");

        Assert.Equal(["age of Anton Kell", "age of Rui Baptista"], figures.Select(f => f.Measure));
        Assert.Equal([40.0, 49], figures.Select(f => f.Value));
    }

    [Fact]
    public void Reads_the_age_at_an_event_when_the_sentence_says_when()
    {
        var figure = Assert.Single(
            Extract(
                "The gunman, Lev Orsk, 20, was freed last week. He was jailed in 2018 when he was 18."
            ),
            f => f.Value == 18
        );

        Assert.Equal(18, figure.Value);
        Assert.Equal("age of Lev Orsk when jailed in 2018", figure.Measure);
    }

    [Fact]
    public void Gives_each_name_of_a_list_its_own_number_when_the_sentence_says_respectively()
    {
        var figures = Extract(
            "Grocers Marlow and Penn cut their limits on flour to two and one bag per visit, respectively."
        );

        Assert.Equal([2.0, 1], figures.Select(f => f.Value));
        Assert.Contains("Marlow", figures[0].Measure);
        Assert.EndsWith("for Penn", figures[1].Measure);
    }

    [Theory]
    [InlineData(
        "The council passed the plan in a 23-19 vote.",
        23,
        19,
        "votes in favour",
        "votes against"
    )]
    [InlineData(
        "The motion was carried by 27 votes to 18.",
        27,
        18,
        "votes in favour",
        "votes against"
    )]
    public void Reads_a_vote_tally_as_two_figures_and_never_a_range(
        string sentence,
        double first,
        double second,
        string firstMeasure,
        string secondMeasure
    )
    {
        var figures = Extract(sentence);

        Assert.Equal(2, figures.Count);
        Assert.All(figures, f => Assert.Null(f.Low));
        Assert.All(figures, f => Assert.Equal(FigureKind.Score, f.Kind));
        Assert.Equal([first, second], figures.Select(f => f.Value));
        Assert.Equal([firstMeasure, secondMeasure], figures.Select(f => f.Measure));
    }

    [Theory]
    [InlineData("Westbury beat Eastfield 3-1 on Saturday.", 3, 1)]
    [InlineData("Eastfield lost 1 – 3 to Westbury after a late goal.", 3, 1)]
    [InlineData("Group B — Westbury 3 – 1 Eastfield", 3, 1)]
    public void Gives_each_side_of_a_score_its_own_number_whichever_way_it_is_written(
        string sentence,
        double westbury,
        double eastfield
    )
    {
        var figures = Extract(sentence);

        Assert.Equal(2, figures.Count);
        Assert.Equal(
            westbury,
            Assert
                .Single(figures, f => f.Measure.Contains("by Westbury", StringComparison.Ordinal))
                .Value
        );
        Assert.Equal(
            eastfield,
            Assert
                .Single(figures, f => f.Measure.Contains("by Eastfield", StringComparison.Ordinal))
                .Value
        );
    }

    [Theory]
    [InlineData("Sales were down 3% on the year.", -3, "percent")]
    [InlineData("Exports fell 6.2 per cent in March.", -6.2, "percent")]
    [InlineData("Ticket sales rose by a third over the summer.", 33.33, "percent")]
    [InlineData("Support was up 2 percentage points.", 2, "percentage points")]
    public void Reads_a_change_with_its_sign(string sentence, double value, string unit)
    {
        var figure = Single(sentence);

        Assert.True(figure.IsChange);
        Assert.Equal(value, figure.Value);
        Assert.Equal(unit, figure.Unit);
    }

    [Fact]
    public void Reads_the_level_beside_a_change_as_a_figure_of_its_own()
    {
        var figures = Extract("The firm reported revenue of €1.2bn, down 3%.");

        Assert.Equal(2, figures.Count);
        Assert.Equal(
            (1_200_000_000, "EUR", false),
            (figures[0].Value, figures[0].Unit, figures[0].IsChange)
        );
        Assert.Equal(
            (-3, "percent", true),
            (figures[1].Value, figures[1].Unit, figures[1].IsChange)
        );
        Assert.Contains("revenue", figures[1].Measure);
    }

    [Fact]
    public void Gives_a_conversion_in_brackets_the_measure_of_the_amount_it_converts()
    {
        var figures = Extract("They must pay €20,000 (£17,500; US$22,900) in compensation.");

        Assert.Equal(["EUR", "GBP", "USD"], figures.Select(f => f.Unit));
        Assert.All(figures, f => Assert.Equal("compensation", f.Measure));
    }

    [Fact]
    public void Reads_a_range_hard_wrapped_over_two_lines_and_per_cent_in_two_words()
    {
        var figures = Extract(
            "Officials said between 20,000\nand 25,000 people had left, roughly 12 per\ncent of the town."
        );

        Assert.Equal((20_000, 25_000), (figures[0].Low, figures[0].High));
        Assert.Equal(
            (12, "percent", "roughly"),
            (figures[1].Value, figures[1].Unit, figures[1].Qualifier)
        );
        Assert.Equal([1, 2], figures.Select(f => f.Source.Line));
    }

    [Theory]
    [InlineData("Some 400 people came.", "about")]
    [InlineData("Roughly 400 people came.", "roughly")]
    [InlineData("More than 400 people came.", "more than")]
    public void Keeps_an_approximation_as_the_qualifier(string sentence, string qualifier)
    {
        var figure = Single(sentence);

        Assert.Equal(400, figure.Value);
        Assert.Equal(qualifier, figure.Qualifier);
    }

    [Theory]
    [InlineData("The striker scored in the 62nd minute.", 62, "minute")]
    [InlineData("She finished 27th in the race.", 27, "place")]
    [InlineData("The fair marked its 25th anniversary.", 25, "anniversary")]
    public void Reads_a_position_as_a_rank_of_what_it_ranks_and_never_as_a_count(
        string sentence,
        double value,
        string ranked
    )
    {
        AssertReads(Only(sentence, FigureKind.Ordinal), value, "rank", ranked);
        Assert.DoesNotContain(Extract(sentence), f => f.Kind == FigureKind.Count);
    }

    [Fact]
    public void Reads_a_distance_travelled_as_a_measurement_but_not_a_distance_that_says_where()
    {
        var figures = Extract(
            "The team drove 500 miles to the final. Their school is within 800 metres of the port."
        );

        var figure = Assert.Single(figures);
        Assert.Equal(
            (FigureKind.Measurement, 500.0, "mile"),
            (figure.Kind, figure.Value, figure.Unit)
        );
    }

    [Fact]
    public void Reads_only_ascii_digits_and_never_fails_on_digits_of_another_script()
    {
        var figures = Extract("The district counts १८ wards and 12 schools.");

        var figure = Assert.Single(figures);
        Assert.Equal(12, figure.Value);
    }

    [Theory]
    [InlineData("The ferry sails at 30 knots.", 30, "knot")]
    [InlineData("The storm brought 90mph gusts to the coast.", 90, "mile per hour")]
    [InlineData("The tram reached 70 km/h on the new line.", 70, "kilometre per hour")]
    [InlineData("The phone ships with 128GB of memory.", 128, "gigabyte")]
    [InlineData("Each tablet holds 250mg of the drug.", 250, "milligram")]
    [InlineData("The plant adds a 12 MW turbine.", 12, "megawatt")]
    [InlineData("The flat covers 48m2 in all.", 48, "square metre")]
    [InlineData("The rope is 40 FEET long.", 40, "foot")]
    [InlineData("The river rose 2.5 metres overnight.", 2.5, "metre")]
    [InlineData("The bridge has a 120-metre span.", 120, "metre")]
    [InlineData("The pan was heated to 180 °C.", 180, "degree Celsius")]
    [InlineData("The van carries 300 cubic feet of cargo.", 300, "cubic foot")]
    [InlineData("The motor makes 190 lb-ft of torque.", 190, "pound-foot")]
    [InlineData("The comet is now 40 light years from the nebula.", 40, "light year")]
    [InlineData("The dwarf star weighs 1.4 solar masses.", 1.4, "solar mass")]
    public void Reads_a_unit_of_measure_glued_or_spaced_by_its_one_name(
        string sentence,
        double value,
        string unit
    )
    {
        var figure = Single(sentence);

        Assert.Equal(
            (FigureKind.Measurement, value, unit),
            (figure.Kind, figure.Value, figure.Unit)
        );
    }

    [Fact]
    public void Reads_pc_after_a_number_as_no_unit_of_distance_since_news_writes_it_for_per_cent()
    {
        var figure = Single("Bonds fell 3 pc on the day.");

        Assert.NotEqual("parsec", figure.Unit);
    }

    [Theory]
    [InlineData("The nebula lies 820 ± 60 light years away.", 820, "light year")]
    [InlineData("The moon circles the planet in 12.5 ± 0.2 days.", 12.5, "days")]
    [InlineData("The probe measured 3.1 +/- 0.4 kilometres of ice.", 3.1, "kilometre")]
    public void Reads_a_number_with_its_margin_of_error_as_one_figure_in_the_unit_after_the_margin(
        string sentence,
        double value,
        string unit
    )
    {
        var figure = Single(sentence);

        Assert.Equal((value, unit), (figure.Value, figure.Unit));
        Assert.Contains("±", figure.Text.Replace("+/-", "±", StringComparison.Ordinal));
    }

    [Fact]
    public void Reads_a_range_with_the_unit_glued_to_its_second_end_as_the_unit_of_both()
    {
        var figure = Single("The lamps draw 8-12W each.");

        Assert.Equal((8.0, 12.0, "watt"), (figure.Low, figure.High, figure.Unit));
    }

    [Fact]
    public void Reads_minutes_written_as_a_symbol_as_a_length_of_time()
    {
        var figure = Single("Bake the loaf for 35min.");

        Assert.Equal(
            (FigureKind.Duration, 35.0, "minutes"),
            (figure.Kind, figure.Value, figure.Unit)
        );
    }

    [Theory]
    [InlineData("The lake froze at minus 12 degrees.", -12)]
    [InlineData("The team's total offense was minus-8 yards.", -8)]
    public void Reads_minus_before_a_number_as_its_sign(string sentence, double value) =>
        Assert.Equal(value, Single(sentence).Value);

    [Fact]
    public void Reads_pc_glued_to_a_number_as_per_cent()
    {
        var figure = Single("Rents rose 4pc in a year.");

        Assert.Equal((4.0, "percent"), (figure.Value, figure.Unit));
    }

    [Theory]
    [InlineData("The brand was valued at $2.5M last spring.", 2_500_000)]
    [InlineData("The deal is worth $3B to the city.", 3_000_000_000)]
    [InlineData("Its reserves reached $1.2tn in June.", 1_200_000_000_000)]
    public void Reads_upper_case_and_trillion_scale_letters(string sentence, double value) =>
        Assert.Equal(
            value,
            Assert.Single(Extract(sentence), f => f.Kind == FigureKind.Money).Value
        );

    [Fact]
    public void Reads_a_decimal_written_without_its_leading_zero()
    {
        var figure = Single("The error rate fell to .05 per cent.");

        Assert.Equal((0.05, "percent"), (figure.Value, figure.Unit));
    }

    [Fact]
    public void Does_not_join_a_change_in_per_cent_and_the_price_it_reached_into_a_range()
    {
        var figures = Extract("The bakery chain was up 6.5 per cent to $42.");

        Assert.Equal([6.5, 42.0], figures.Select(f => f.Value));
        Assert.All(figures, f => Assert.Null(f.Low));
    }

    [Fact]
    public void Joins_shares_written_once_in_words_and_once_in_digits_into_a_range()
    {
        var figure = Single("Exports could grow by anything from three per cent to 12 per cent.");

        Assert.Equal((3.0, 12.0, "percent"), (figure.Low, figure.High, figure.Unit));
    }

    [Fact]
    public void Reads_a_number_before_a_unit_as_a_measure_even_where_it_could_be_a_year()
    {
        var figure = Single("The 1850 sq m hall opens next week.");

        Assert.Equal((1850.0, "square metre"), (figure.Value, figure.Unit));
    }

    [Theory]
    [InlineData("The index advanced 3% on Monday.", 3)]
    [InlineData("Bond yields could rise 0.4 percentage points.", 0.4)]
    [InlineData("The stock plunged 12% after the report.", -12)]
    [InlineData("Shares of the miner dropped just under 5% today.", -5)]
    [InlineData("By noon the index was +1.5%.", 1.5)]
    public void Reads_verbs_and_signs_of_change_before_a_share(string sentence, double value)
    {
        var figure = Single(sentence);

        Assert.True(figure.IsChange);
        Assert.Equal(value, figure.Value);
    }

    [Theory]
    [InlineData("Diesel was up 7 cents a litre.", 7, "cent")]
    [InlineData("The shares closed at 245p on Friday.", 245, "penny")]
    [InlineData("The stock rose 12 sen to close the day.", 12, "sen")]
    public void Reads_coins_as_money_in_the_coin(string sentence, double value, string unit)
    {
        var figure = Assert.Single(Extract(sentence), f => f.Value == value || f.Value == -value);

        Assert.Equal((FigureKind.Money, unit), (figure.Kind, figure.Unit));
    }

    [Theory]
    [InlineData("The carmaker now sees a profit of Y=410 billion this year.", 410e9, "JPY")]
    [InlineData("The mill was sold for PS6.3m last spring.", 6.3e6, "GBP")]
    [InlineData("Fans paid PS12,500 for a box at the final.", 12_500, "GBP")]
    public void Reads_the_yen_and_pound_signs_of_news_wires_as_their_currencies(
        string sentence,
        double value,
        string unit
    )
    {
        var figure = Single(sentence);

        Assert.Equal((FigureKind.Money, value, unit), (figure.Kind, figure.Value, figure.Unit));
    }

    [Fact]
    public void Keeps_a_console_name_written_with_ps_out_of_money()
    {
        var figures = Extract("The PS5 sold 4 million units by March.");

        Assert.DoesNotContain(figures, f => f.Unit == "GBP");
    }

    [Theory]
    [InlineData("A grain of the dust weighs 4.2×10−12 kilograms.", 4.2e-12, "kilogram")]
    [InlineData("The drive stores 1.5 x 10^15 bytes.", 1.5e15, "bytes")]
    public void Reads_a_number_in_scientific_notation_as_one_number(
        string sentence,
        double value,
        string unit
    )
    {
        var figure = Single(sentence);

        Assert.Equal(unit, figure.Unit);
        Assert.Equal(value, figure.Value, 1e-6 * value);
    }

    [Fact]
    public void Reads_a_year_followed_by_a_comma_and_a_plural_noun_as_a_year()
    {
        var figures = Extract(
            "Coasts could flood by 2130, geologists warn, as seas rise 9 metres."
        );

        Assert.Equal([9.0], figures.Where(f => f.Kind != FigureKind.Year).Select(f => f.Value));
        Assert.Equal(2130, Assert.Single(figures, f => f.Kind == FigureKind.Year).Value);
    }

    [Fact]
    public void Reads_a_relay_written_with_x_as_two_numbers_not_scientific_notation()
    {
        var figures = Extract("The team won the 4 x 100 relay by a metre.");

        Assert.DoesNotContain(figures, f => f.Value == 4 && f.Text.Contains('x'));
    }

    [Theory]
    [InlineData("The census counted 3 hundred million residents.", 300_000_000)]
    [InlineData("The storm damaged 2 hundred homes.", 200)]
    public void Reads_hundred_after_digits_as_a_scale(string sentence, double value) =>
        Assert.Equal(value, Single(sentence).Value);

    [Theory]
    [InlineData("The recipe needs 1/4 of a pint of milk.", 0.25, "pint")]
    [InlineData("A jug holds 3⁄8 of a US gallon.", 0.375, "gallon")]
    public void Reads_a_slash_fraction_of_a_unit_as_that_part_of_the_unit(
        string sentence,
        double value,
        string unit
    )
    {
        var figure = Single(sentence);

        Assert.Equal((value, unit), (Math.Round(figure.Value, 4), figure.Unit));
    }

    [Theory]
    [InlineData("The striker averaged 0.8 goals a game.", "average")]
    [InlineData("Charge the battery for ~40 minutes.", "about")]
    public void Reads_an_average_and_a_tilde_as_qualifiers(string sentence, string qualifier) =>
        Assert.Equal(qualifier, Single(sentence).Qualifier);

    [Theory]
    [InlineData("The new eReader 7 ships with 32GB of storage.", 32)]
    [InlineData("The DAX 40 fell as 300 workers walked out.", 300)]
    public void Leaves_out_a_number_that_is_part_of_a_product_or_index_name(
        string sentence,
        double value
    ) => Assert.Equal(value, Assert.Single(Extract(sentence)).Value);

    [Fact]
    public void Keeps_a_score_after_a_team_written_in_capitals()
    {
        var figures = Extract("The final ended USA 2 – 1 MEX after extra time.");

        Assert.Equal([2.0, 1.0], figures.Select(f => f.Value));
    }
}
