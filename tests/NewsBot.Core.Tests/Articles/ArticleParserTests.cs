using NewsBot.Core.Articles;

namespace NewsBot.Core.Tests.Articles;

public class ArticleParserTests
{
    private static int LineOf(Article article, string passage)
    {
        var paragraph = article.Paragraphs.Single(p =>
            p.Text.Contains(passage, StringComparison.Ordinal)
        );
        return paragraph.LineAt(paragraph.Text.IndexOf(passage, StringComparison.Ordinal));
    }

    [Fact]
    public void Maps_every_part_of_a_reflowed_paragraph_to_its_file_line()
    {
        var article = Seeds.Parse("001");

        var paragraph = article.ParagraphAt(23);
        var stPetersburg = paragraph.Text.LastIndexOf("St. Petersburg", StringComparison.Ordinal);

        Assert.Equal(23, paragraph.FirstLine);
        Assert.Equal(26, paragraph.Lines.LastLine);
        Assert.EndsWith("reach Moscow and St. Petersburg.", paragraph.Text);
        Assert.Equal(25, paragraph.LineAt(stPetersburg));
        Assert.Equal(26, paragraph.LineAt(stPetersburg + "St. ".Length));
        Assert.Equal(28, LineOf(article, "because it is killing Russia"));
        Assert.Equal(29, LineOf(article, "Russia’,” he said."));
        Assert.Equal(54, LineOf(article, "Sikorski"));
    }

    [Fact]
    public void Joins_hard_wrapped_lines_with_single_spaces()
    {
        var article = Seeds.Parse("001");

        var paragraph = article.ParagraphAt(4);

        Assert.Equal(
            "MUNICH, Germany — The Russian people should know that the war is destroying their country and "
                + "should do everything they can to stop it, NATO Secretary General Mark Rutte told The Moscow Times.",
            paragraph.Text
        );
        Assert.Equal(
            [
                (0, 4),
                (paragraph.Text.IndexOf("country and", StringComparison.Ordinal), 5),
                (paragraph.Text.IndexOf("The Moscow", StringComparison.Ordinal), 6),
            ],
            paragraph.Lines.Starts
        );
        Assert.Equal(ParagraphKind.Body, paragraph.Kind);
    }

    [Fact]
    public void Starts_a_paragraph_at_an_indented_line_after_a_finished_sentence()
    {
        var article = Seeds.Parse("001");

        Assert.EndsWith("would bring peace.", article.ParagraphAt(47).Text);
        Assert.Equal(50, article.ParagraphAt(50).FirstLine);
        Assert.StartsWith("Not only does", article.ParagraphAt(50).Text);
    }

    [Fact]
    public void Keeps_a_line_that_fills_the_wrap_width_in_its_paragraph_even_after_a_full_stop()
    {
        var article = Seeds.Parse("001");

        var paragraph = article.ParagraphAt(53);

        Assert.Equal(53, paragraph.FirstLine);
        Assert.Equal(55, paragraph.Lines.LastLine);
        Assert.EndsWith(
            "on Friday. “Colonial wars, if you look historically, are only ended by a different team than started them.”",
            paragraph.Text
        );
    }

    [Fact]
    public void Keeps_urls_related_articles_and_the_photo_caption_of_seed_001_out_of_paragraphs()
    {
        var article = Seeds.Parse("001");

        Assert.Equal(
            [
                (1, NoiseKind.PhotoCaption),
                (18, NoiseKind.Url),
                (19, NoiseKind.Url),
                (21, NoiseKind.RelatedArticle),
            ],
            article.Noise.Select(n => (n.Line, n.Kind))
        );
        Assert.EndsWith("on Feb. 12. John Thys / AFP", article.Noise[0].Text);
        Assert.DoesNotContain(
            article.Paragraphs,
            p => p.Text.Contains("John Thys", StringComparison.Ordinal)
        );
        Assert.DoesNotContain(
            article.Paragraphs,
            p => p.Text.Contains("http", StringComparison.Ordinal)
        );
        Assert.Equal(14, article.Paragraphs.Count);
    }

    [Theory]
    [InlineData("Soldiers train near Kharkiv on Monday. Sergei Bobylev / TASS")]
    [InlineData(
        "Ukrainian servicemen fire a howitzer near Bakhmut. (Photo by Jane Doe/Getty Images)"
    )]
    [InlineData("A destroyed tank outside Kyiv. (AP Photo/Efrem Lukatsky)")]
    [InlineData("Photo: Reuters")]
    [InlineData("Placards at the march. Image: Jane Roe (flickr).")]
    // A caption under a portrait that lost its line break: the name, then its credit glued to it.
    [InlineData("Ann LeeImage: Ann Lee for Mayor.")]
    [InlineData("Residents queue for water in Kherson. Photo: Oleksandr Ratushniak")]
    [InlineData("Rescuers search the rubble of a building after a strike in Dnipro Getty Images")]
    [InlineData("Volunteers unload aid in Odesa on Friday. Ivan Petrenko / Ministry of Defence")]
    [InlineData(
        "Vladimir Putin chairs a meeting in Moscow. Alexander Kazakov/Sputnik/Kremlin Pool"
    )]
    public void Recognises_a_photo_caption_by_its_credit(string caption)
    {
        var article = ArticleParser.Parse(
            "a.txt",
            caption + "\n\nThe war goes on, officials said.\n"
        );

        var noise = Assert.Single(article.Noise);
        Assert.Equal((1, NoiseKind.PhotoCaption), (noise.Line, noise.Kind));
        Assert.Equal("The war goes on, officials said.", Assert.Single(article.Paragraphs).Text);
    }

    [Theory]
    [InlineData("The minister repeated the figure in an interview with Reuters.")]
    [InlineData("Russia / Ukraine")]
    [InlineData("He said the photo showed the damage: “This is what they did.”")]
    public void Does_not_take_body_text_or_a_heading_for_a_caption(string line)
    {
        var article = ArticleParser.Parse("a.txt", line + "\n");

        Assert.Empty(article.Noise);
        Assert.Equal(line, Assert.Single(article.Paragraphs).Text);
    }

    [Fact]
    public void Ends_a_caption_at_its_credit_when_no_blank_line_follows()
    {
        var text = """
            Soldiers of the 47th brigade rest near Avdiivka after a night of shelling on
            the eastern front, on Jan. 4. Anatolii Stepanov / AFP
            KYIV, Ukraine — Ukraine's forces have held the line for another week, the general staff
            said on Sunday, despite heavy shelling along the whole front.
            """;

        var article = ArticleParser.Parse("a.txt", text);

        Assert.Equal(NoiseKind.PhotoCaption, Assert.Single(article.Noise).Kind);
        var paragraph = Assert.Single(article.Paragraphs);
        Assert.Equal(3, paragraph.FirstLine);
        Assert.Equal("KYIV, Ukraine", article.Dateline);
    }

    [Fact]
    public void Keeps_url_and_related_lines_out_of_paragraphs()
    {
        var text = """
            The talks will resume next week, both sides said.
            https://example.com/news/talks-resume
            www.example.org/story
            Read more: Why the talks failed last time
            Related: Ceasefire timeline
            Related article: Ukraine and Russia swap prisoners
            Officials did not say where the talks would take place.
            """;

        var article = ArticleParser.Parse("a.txt", text);

        Assert.Equal(
            [
                (2, NoiseKind.Url),
                (3, NoiseKind.Url),
                (4, NoiseKind.RelatedArticle),
                (5, NoiseKind.RelatedArticle),
                (6, NoiseKind.RelatedArticle),
            ],
            article.Noise.Select(n => (n.Line, n.Kind))
        );
        Assert.Equal([1, 7], article.Paragraphs.Select(p => p.FirstLine));
    }

    [Fact]
    public void Keeps_line_numbers_right_with_a_byte_order_mark_and_crlf_line_endings()
    {
        var text =
            "\uFEFF"
            + """
                Ceasefire Talks Resume in Geneva After Long Pause

                GENEVA (Reuters) - Negotiators from both sides met on Tuesday for the first time since
                the spring, a spokesperson said, adding that “the mood was serious but constructive,”
                and that a second round was planned.

                “We are here to talk,” the spokesperson said.
                """.Replace("\n", "\r\n", StringComparison.Ordinal);

        var article = ArticleParser.Parse("a.txt", text);

        Assert.Equal("Ceasefire Talks Resume in Geneva After Long Pause", article.Headline);
        Assert.Equal("GENEVA (Reuters)", article.Dateline);
        Assert.Equal([1, 3, 7], article.Paragraphs.Select(p => p.FirstLine));
        Assert.Equal(4, LineOf(article, "the mood was serious"));
        Assert.Equal(5, LineOf(article, "and that a second round"));
        Assert.DoesNotContain(
            article.Paragraphs,
            p => p.Text.Contains('\r') || p.Text.Contains('\uFEFF')
        );
    }

    [Fact]
    public void Reads_old_mac_line_endings_and_whitespace_only_lines_as_blank()
    {
        var text = "First paragraph here.\r \t \rSecond paragraph here.\r";

        var article = ArticleParser.Parse("a.txt", text);

        Assert.Equal(
            [(1, "First paragraph here."), (3, "Second paragraph here.")],
            article.Paragraphs.Select(p => (p.FirstLine, p.Text))
        );
    }

    [Fact]
    public void Finds_the_headline_and_dateline_of_seed_004()
    {
        var article = Seeds.Parse("004");

        Assert.Equal(
            "NATO Secretary General: Russia’s War in Ukraine a ‘Strategic Failure’",
            article.Headline
        );
        Assert.Equal(ParagraphKind.Heading, article.Paragraphs[0].Kind);
        Assert.Equal("BRUSSELS, Belgium (AP)", article.Dateline);
        Assert.StartsWith(
            "BRUSSELS, Belgium (AP) — NATO Secretary General",
            article.ParagraphAt(3).Text
        );
    }

    [Theory]
    [InlineData("000", null, null)]
    [InlineData("001", null, "MUNICH, Germany")]
    [InlineData("002", null, null)]
    [InlineData("003", null, "MUNICH, Germany")]
    public void Finds_no_headline_in_seeds_that_open_with_body_text_a_caption_or_a_section(
        string seed,
        string? headline,
        string? dateline
    )
    {
        var article = Seeds.Parse(seed);

        Assert.Equal(headline, article.Headline);
        Assert.Equal(dateline, article.Dateline);
    }

    [Theory]
    [InlineData(
        "WASHINGTON (Reuters) - The Pentagon said on Friday it would send more shells.",
        "WASHINGTON (Reuters)"
    )]
    [InlineData(
        "KYIV, Ukraine, Feb. 3 — Air raid sirens sounded across the capital overnight.",
        "KYIV, Ukraine, Feb. 3"
    )]
    [InlineData(
        "NEW YORK — The United Nations Security Council met in an emergency session.",
        "NEW YORK"
    )]
    [InlineData(
        "ST. PETERSBURG, Russia – Fewer recruits signed up this month, officials said.",
        "ST. PETERSBURG, Russia"
    )]
    [InlineData("The Pentagon — which did not comment — said more shells were coming.", null)]
    [InlineData("Rutte said: “Russia is losing.”", null)]
    public void Finds_the_dateline_at_the_start_of_the_first_body_paragraph(
        string paragraph,
        string? dateline
    )
    {
        var article = ArticleParser.Parse("a.txt", paragraph);

        Assert.Equal(dateline, article.Dateline);
        Assert.Equal(paragraph, Assert.Single(article.Paragraphs).Text);
    }

    [Theory]
    [InlineData("Ferry plan approved")]
    [InlineData("Harbour council approves a night ferry to the islands")]
    public void Takes_the_first_line_of_a_saved_article_as_its_headline_however_short(
        string headline
    )
    {
        // As /add-article saves a page: the headline, the link and the date, the byline, the paragraphs.
        var text = $"""
            {headline}

            https://news.example.org/ferry
            Saturday, March 14, 2026
            By Anna Kowalska

            PORT VELDEN — The harbour council voted on Tuesday to run a night ferry to the islands.
            """;

        Assert.Equal(headline, ArticleParser.Parse("a.txt", text).Headline);
    }

    [Fact]
    public void Takes_a_titled_first_line_over_bullets_for_a_section_heading_not_a_headline()
    {
        var text = """
            What You Need to Know
            - Russia lost 35,000 soldiers in December.
            - Aid to Ukraine rose by $500 million.
            """;

        var article = ArticleParser.Parse("a.txt", text);

        Assert.Null(article.Headline);
        Assert.Equal(
            [ParagraphKind.Heading, ParagraphKind.ListItem, ParagraphKind.ListItem],
            article.Paragraphs.Select(p => p.Kind)
        );
    }

    [Fact]
    public void Keeps_each_line_of_seed_002_as_its_own_paragraph_with_its_kind()
    {
        var article = Seeds.Parse("002");

        Assert.Equal(63, article.Paragraphs.Count);
        Assert.All(article.Paragraphs, p => Assert.Equal(p.FirstLine, p.Lines.LastLine));
        Assert.Equal(
            (ParagraphKind.Heading, "Key Facts"),
            (article.ParagraphAt(1).Kind, article.ParagraphAt(1).Text)
        );
        Assert.Equal(ParagraphKind.Heading, article.ParagraphAt(8).Kind);
        Assert.Equal(ParagraphKind.Heading, article.ParagraphAt(44).Kind);

        var bullet = article.ParagraphAt(2);
        Assert.Equal(ParagraphKind.ListItem, bullet.Kind);
        Assert.StartsWith("NATO Secretary General Mark Rutte revealed", bullet.Text);
        Assert.Equal(2, bullet.LineAt(0));
        Assert.Equal(
            (ParagraphKind.ListItem, "Attack drones account for 90% of battlefield targets"),
            (article.ParagraphAt(29).Kind, article.ParagraphAt(29).Text)
        );
        Assert.Equal(
            (ParagraphKind.Body, "These methods include:"),
            (article.ParagraphAt(37).Kind, article.ParagraphAt(37).Text)
        );

        var pullQuote = article.ParagraphAt(58);
        Assert.Equal(ParagraphKind.Body, pullQuote.Kind);
        Assert.Equal(
            "\"Now they lose this amount or more in one month. So that's also unsustainable on their side.\"",
            pullQuote.Text
        );
        var attribution = article.ParagraphAt(59);
        Assert.Equal(
            (ParagraphKind.Attribution, "Mark Rutte, NATO Secretary General"),
            (attribution.Kind, attribution.Text)
        );
        Assert.Equal(ParagraphKind.Attribution, article.ParagraphAt(63).Kind);
    }

    [Fact]
    public void Keeps_headings_and_body_lines_apart_in_an_article_without_blank_lines()
    {
        var text = """
            Frontline Update
            Ukrainian forces repelled 40 attacks near Pokrovsk on Sunday, the general staff said in its morning report.
            Russia has not commented on the reported attacks, which came after a week of heavy shelling in the region.
            Aid and Supplies
            Germany pledged another air defense system and more shells for the coming winter months of the war.
            """;

        var article = ArticleParser.Parse("a.txt", text);

        Assert.Equal(
            [
                (1, ParagraphKind.Heading),
                (2, ParagraphKind.Body),
                (3, ParagraphKind.Body),
                (4, ParagraphKind.Heading),
                (5, ParagraphKind.Body),
            ],
            article.Paragraphs.Select(p => (p.FirstLine, p.Kind))
        );
        Assert.Null(article.Headline);
    }

    [Fact]
    public void Reflows_a_hard_wrapped_article_without_joining_its_heading_bullets_or_attribution()
    {
        var text = """
            The general staff said its forces had pushed back several assaults overnight and that the
            situation near the town remained difficult but under control, according to the report.
            What Comes Next
            Officials listed three priorities for the weeks ahead, each of which depends on new
            deliveries from allies:
            - more air defense interceptors for the cities
            - artillery shells for the eastern front
            “We will hold the line as long as it takes, whatever the cost may be,” the general said
            at a briefing in the capital, adding that the army needed more well-
            trained recruits. “Without them, it is harder every month.”
            — Oleksandr Syrskyi, commander-in-chief
            """;

        var article = ArticleParser.Parse("a.txt", text);

        Assert.Equal(
            [
                (1, 2, ParagraphKind.Body),
                (3, 3, ParagraphKind.Heading),
                (4, 5, ParagraphKind.Body),
                (6, 6, ParagraphKind.ListItem),
                (7, 7, ParagraphKind.ListItem),
                (8, 10, ParagraphKind.Body),
                (11, 11, ParagraphKind.Attribution),
            ],
            article.Paragraphs.Select(p => (p.FirstLine, p.Lines.LastLine, p.Kind))
        );
        Assert.Contains("the army needed more well-trained recruits.", article.ParagraphAt(8).Text);
        Assert.Equal("Oleksandr Syrskyi, commander-in-chief", article.ParagraphAt(11).Text);
        Assert.Equal("more air defense interceptors for the cities", article.ParagraphAt(6).Text);
    }

    [Fact]
    public void Starts_paragraphs_at_indented_lines_of_a_hard_wrapped_article_without_blank_lines()
    {
        var text = """
                KYIV (AP) -- Ukraine's air force said Sunday that it shot down 40 of
            the 45 drones Russia launched overnight, most of them over the Kyiv and
            Odesa regions.
                "The enemy continues to terrorize our cities," President Volodymyr
            Zelenskyy wrote on Telegram. "We need more air defense systems, and we
            need them now."
                Officials in the U.S. said a new package was being prepared. The
            package would include:
            1. Patriot interceptors
            2. Artillery shells
                Mr. Zelenskyy said he expected the aid to arrive before the end of
            the month.
            """;

        var article = ArticleParser.Parse("a.txt", text);

        Assert.Equal("KYIV (AP)", article.Dateline);
        Assert.Equal(
            [
                (1, 3, ParagraphKind.Body),
                (4, 6, ParagraphKind.Body),
                (7, 8, ParagraphKind.Body),
                (9, 9, ParagraphKind.ListItem),
                (10, 10, ParagraphKind.ListItem),
                (11, 12, ParagraphKind.Body),
            ],
            article.Paragraphs.Select(p => (p.FirstLine, p.Lines.LastLine, p.Kind))
        );
        Assert.Equal("Patriot interceptors", article.ParagraphAt(9).Text);
        Assert.StartsWith("\"The enemy continues", article.ParagraphAt(4).Text);
    }

    [Fact]
    public void Reflows_a_hard_wrapped_article_that_also_holds_one_long_unwrapped_line()
    {
        var text = """
            The general staff said its forces had pushed back several assaults overnight and that the
            situation near the town remained difficult but under control, according to the report.

            A pasted paragraph that was never wrapped runs on and on across the whole width of the screen, well past the wrap width of the rest of the article, as pasted text does.

            Officials listed three priorities for the weeks ahead, each of which depends on new
            deliveries from allies, and said more would follow in the spring if the weather allowed
            it.
            """;

        var article = ArticleParser.Parse("a.txt", text);

        Assert.Equal(
            [(1, 2), (4, 4), (6, 8)],
            article.Paragraphs.Select(p => (p.FirstLine, p.Lines.LastLine))
        );
    }

    [Fact]
    public void Joins_a_dash_that_a_hard_wrap_carried_to_the_start_of_a_line()
    {
        var text = """
            “In December, they lost 35,000 of their own men, and in January, at the very least
            — 30,000,” he said, pointing to figures that Western officials say show that more were
            killed in Ukraine than were recruited to fight in the same period, officials said on
            Friday, adding that the trend was likely to continue.
            """;

        var article = ArticleParser.Parse("a.txt", text);

        var paragraph = Assert.Single(article.Paragraphs);
        Assert.Contains("at the very least — 30,000,” he said", paragraph.Text);
        Assert.Equal(
            2,
            paragraph.LineAt(paragraph.Text.IndexOf("— 30,000", StringComparison.Ordinal))
        );
    }

    [Fact]
    public void Keeps_a_headline_and_byline_apart_from_a_hard_wrapped_story_below_them()
    {
        var text = """
            Russia Lost More Soldiers Than It Recruited, Officials Say
            By Jane Doe

            KYIV, Ukraine, Feb. 3 — Russia lost more soldiers in December than it was
            able to recruit, Western officials said on Tuesday, in a sign that the
            Kremlin's strategy of attrition is becoming harder to sustain.

            Ukrainian troops fire a howitzer near Bakhmut on Monday. Sergei Supinsky /
            AFP via Getty Images

            "They are losing 1,000 men a day," a senior official said. "That is not
            sustainable."
            """;

        var article = ArticleParser.Parse("a.txt", text);

        Assert.Equal(
            "Russia Lost More Soldiers Than It Recruited, Officials Say",
            article.Headline
        );
        Assert.Equal("KYIV, Ukraine, Feb. 3", article.Dateline);
        Assert.Equal(
            [
                (1, 1, ParagraphKind.Heading),
                (2, 2, ParagraphKind.Heading),
                (4, 6, ParagraphKind.Body),
                (11, 12, ParagraphKind.Body),
            ],
            article.Paragraphs.Select(p => (p.FirstLine, p.Lines.LastLine, p.Kind))
        );
        Assert.Equal(
            (8, NoiseKind.PhotoCaption),
            (article.Noise.Single().Line, article.Noise.Single().Kind)
        );
    }

    [Fact]
    public void Does_not_take_a_title_over_unwrapped_paragraphs_for_a_wrapped_line()
    {
        var text = """
            Pentagon to Send More Shells
            WASHINGTON (Reuters) - The Pentagon said on Friday it would send more artillery shells to Ukraine within weeks.
            "We are committed to Ukraine's defense."
            - Lloyd Austin, U.S. Defense Secretary
            """;

        var article = ArticleParser.Parse("a.txt", text);

        Assert.Equal("Pentagon to Send More Shells", article.Headline);
        Assert.Equal("WASHINGTON (Reuters)", article.Dateline);
        Assert.Equal(
            [
                ParagraphKind.Heading,
                ParagraphKind.Body,
                ParagraphKind.Body,
                ParagraphKind.Attribution,
            ],
            article.Paragraphs.Select(p => p.Kind)
        );
        Assert.Equal("Lloyd Austin, U.S. Defense Secretary", article.Paragraphs[3].Text);
    }

    [Fact]
    public void Gives_an_empty_article_for_empty_or_blank_text()
    {
        Assert.Empty(ArticleParser.Parse("a.txt", "").Paragraphs);
        Assert.Empty(ArticleParser.Parse("a.txt", "\uFEFF \r\n\t\n").Paragraphs);
    }

    [Fact]
    public void Numbers_paragraphs_in_order_and_keeps_the_file_name()
    {
        var article = Seeds.Parse("004");

        Assert.Equal("004_03b79c85bce5be51.txt", article.File);
        Assert.Equal(
            Enumerable.Range(0, article.Paragraphs.Count),
            article.Paragraphs.Select(p => p.Index)
        );
        Assert.Equal(new SourceRef(article.File, 7), article.SourceAt(article.ParagraphAt(7), 10));
    }
}
