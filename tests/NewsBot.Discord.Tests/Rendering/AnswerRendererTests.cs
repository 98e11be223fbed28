using FsCheck;
using FsCheck.Fluent;
using NewsBot.Core.Answers;
using NewsBot.Core.Articles;
using NewsBot.Core.Indexing;
using NewsBot.Discord.Json;
using NewsBot.Discord.Rendering;
using NewsBot.Discord.Tests.Fakes;

namespace NewsBot.Discord.Tests.Rendering;

public sealed class AnswerRendererTests
{
    [Fact]
    public void Generated_quote_answers_stay_within_limits() =>
        Prop.ForAll(
                Generators.Quote.ToArbitrary(),
                Generators.Query.ToArbitrary(),
                (quote, query) =>
                {
                    DiscordLimitsTests.IsAcceptable(
                        AnswerRenderer.WhoSaid(query, new QuoteAnswer([quote, quote, quote, quote]))
                    );
                    DiscordLimitsTests.IsAcceptable(
                        AnswerRenderer.Quotes(query, query, new QuoteAnswer([], quote))
                    );
                    return true;
                }
            )
            .QuickCheckThrowOnFailure();

    [Fact]
    public void Generated_figures_comparisons_and_passages_stay_within_limits() =>
        Prop.ForAll(
                Generators.Figure.ToArbitrary(),
                Generators.Query.ToArbitrary(),
                (figure, query) =>
                {
                    DiscordLimitsTests.IsAcceptable(
                        AnswerRenderer.Figure(query, new FigureAnswer([figure, figure, figure]))
                    );
                    DiscordLimitsTests.IsAcceptable(
                        AnswerRenderer.Compare(
                            query,
                            query,
                            new CompareAnswer(figure, figure, 1, 2, true, query)
                        )
                    );
                    DiscordLimitsTests.IsAcceptable(
                        AnswerRenderer.Compare(
                            query,
                            query,
                            new CompareAnswer(figure, null, null, null, false, query)
                        )
                    );
                    DiscordLimitsTests.IsAcceptable(
                        AnswerRenderer.Search(
                            query,
                            new SearchAnswer([
                                .. Enumerable.Repeat(
                                    new PassageResult(figure.Passage, figure.Sources, 1, 1),
                                    6
                                ),
                            ])
                        )
                    );
                    DiscordLimitsTests.IsAcceptable(
                        AnswerRenderer.Sources(
                            new SourcesAnswer(
                                [
                                    .. Enumerable
                                        .Range(0, 200)
                                        .Select(i => new ArticleSummary(
                                            figure.Unit + i,
                                            figure.Measure,
                                            figure.Period,
                                            i,
                                            i
                                        )),
                                ],
                                DateTimeOffset.UnixEpoch,
                                200,
                                [new SkippedFile(figure.Text, query)]
                            )
                        )
                    );
                    return true;
                }
            )
            .QuickCheckThrowOnFailure();

    [Fact]
    public void Escapes_markdown_so_article_text_shows_as_written()
    {
        var escaped = Markdown.Escape(
            "*bold* _it_ `code` [link](http://x) > quote ~~s~~ |spoiler|"
        );

        Assert.Equal(
            "\\*bold\\* \\_it\\_ \\`code\\` \\[link\\]\\(http\\://x\\) \\> quote \\~\\~s\\~\\~ \\|spoiler\\|",
            escaped
        );
    }

    [Fact]
    public void Puts_the_matched_words_in_bold_and_leaves_the_rest_escaped()
    {
        var highlighted = Markdown.Highlight(
            "We see killing_Russia, killing the Russia.",
            "killing the Russia"
        );

        Assert.Equal("We see **killing**\\_**Russia**, **killing** the **Russia**.", highlighted);
    }

    [Fact]
    public void A_quote_answer_shows_speaker_role_quote_passage_and_every_source()
    {
        var message = AnswerRenderer.WhoSaid(
            "killing Russia",
            new QuoteAnswer([FakeAnswerService.Rutte])
        );

        var embed = Assert.Single(message.Embeds!);
        Assert.Equal("Mark Rutte — NATO Secretary General", embed.Title);
        Assert.StartsWith(
            "> We see **killing** **Russia**",
            embed.Description,
            StringComparison.Ordinal
        );
        Assert.Contains(embed.Fields!, f => f.Name == "Passage");
        Assert.Equal(
            "`001_376bf699fdc7134b.txt:28`\n`004_aa.txt:12`",
            embed.Fields!.Single(f => f.Name == "Sources").Value
        );
        Assert.Equal(JsonAllowedMentions.None, message.AllowedMentions);
    }

    [Fact]
    public void A_figure_shows_value_range_unit_period_and_claimant()
    {
        var embed = Assert.Single(
            AnswerRenderer.Figure("losses", new FigureAnswer([FakeAnswerService.Losses])).Embeds!
        );

        Assert.Equal(
            "**22,500 soldiers** (range 20,000–25,000) · between",
            embed.Fields!.Single(f => f.Name == "Value").Value
        );
        Assert.Equal("per month", embed.Fields!.Single(f => f.Name == "Period").Value);
        Assert.Equal("Mark Rutte", embed.Fields!.Single(f => f.Name == "Claimed by").Value);
    }

    [Fact]
    public void A_movement_shows_where_it_ended_and_where_it_started()
    {
        var movement = FakeAnswerService.Losses with
        {
            Value = 30000,
            Low = 35000,
            High = 30000,
            Qualifier = null,
        };

        var embed = Assert.Single(
            AnswerRenderer.Figure("losses", new FigureAnswer([movement])).Embeds!
        );

        Assert.Equal(
            "**30,000 soldiers** (from 35,000)",
            embed.Fields!.Single(f => f.Name == "Value").Value
        );
    }

    [Fact]
    public void A_comparison_shows_both_sides_and_the_difference_and_ratio()
    {
        var answer = new CompareAnswer(
            FakeAnswerService.Losses,
            FakeAnswerService.Losses with
            {
                Value = 17500,
                Low = null,
                High = null,
            },
            5000,
            1.2857,
            true,
            ""
        );

        var embed = Assert.Single(AnswerRenderer.Compare("December", "January", answer).Embeds!);

        Assert.Equal(
            "Difference (a − b): **5,000 soldiers** · Ratio (a / b): **1.2857**",
            embed.Description
        );
        Assert.Equal(2, embed.Fields!.Count);
        Assert.StartsWith("A: December", embed.Fields[0].Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_comparison_says_the_periods_and_sources_as_the_command_line_does()
    {
        var answer = new CompareAnswer(
            FakeAnswerService.Losses,
            FakeAnswerService.Losses with
            {
                Value = 30000,
                Low = null,
                High = null,
            },
            5000,
            1.1667,
            true,
            "a (35,000 soldiers) minus b (30,000 soldiers) is 5,000. Note the periods: a in December, b in January."
        );

        var embed = Assert.Single(AnswerRenderer.Compare("December", "January", answer).Embeds!);

        Assert.Contains("Note the periods", embed.Description);
        Assert.Contains("b in January", embed.Description);
    }

    [Fact]
    public void Figures_in_different_units_are_said_not_to_be_comparable()
    {
        var answer = new CompareAnswer(
            FakeAnswerService.Losses,
            FakeAnswerService.Losses with
            {
                Unit = "USD",
            },
            null,
            null,
            false,
            "The units differ: soldiers and USD."
        );

        var embed = Assert.Single(AnswerRenderer.Compare("a", "b", answer).Embeds!);

        Assert.Equal("Not comparable: The units differ\\: soldiers and USD.", embed.Description);
    }

    [Fact]
    public void No_answer_says_so_and_never_presents_the_closest_match_as_an_answer()
    {
        var message = AnswerRenderer.Figure(
            "tanks",
            new FigureAnswer([], FakeAnswerService.Losses)
        );

        Assert.Contains("No answer", message.Content, StringComparison.Ordinal);
        var embed = Assert.Single(message.Embeds!);
        Assert.StartsWith("Closest match (not an answer)", embed.Title, StringComparison.Ordinal);
        Assert.Contains("not an answer", embed.Footer!.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Confidence", embed.Footer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void No_answer_and_no_closest_match_is_a_plain_message()
    {
        var message = AnswerRenderer.Search("zzz", SearchAnswer.Empty);

        Assert.Null(message.Embeds);
        Assert.Contains("do not say", message.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reindex_report_counts_what_changed()
    {
        var message = AnswerRenderer.Reindexed(
            new IndexReport(
                false,
                2,
                1,
                3,
                [new SkippedFile("bad.txt", "not UTF-8")],
                10,
                100,
                20,
                30,
                TimeSpan.FromSeconds(2)
            )
        );

        Assert.Equal("Reindexed: 2 added, 1 changed, 3 removed.", message.Content);
        Assert.Contains("`bad.txt`", message.Embeds![0].Fields![0].Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Failures_are_short_and_private()
    {
        var message = AnswerRenderer.Failure("Sorry.");

        Assert.Equal(64, message.Flags);
        Assert.Equal(JsonAllowedMentions.None, message.AllowedMentions);
    }

    [Fact]
    public void A_search_answer_shows_every_passage_it_has_and_no_count_when_it_shows_them_all()
    {
        var passages = Enumerable
            .Range(1, 5)
            .Select(i => new PassageResult($"Passage {i}.", [new SourceRef($"{i}.txt", i)], i, 1))
            .ToList();

        var message = AnswerRenderer.Search("ships", new SearchAnswer(passages));

        Assert.Equal(5, Assert.Single(message.Embeds!).Fields!.Count);
        Assert.DoesNotContain("best", message.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void A_close_match_says_so_on_a_quote_a_figure_and_a_passage()
    {
        var quote = AnswerRenderer.WhoSaid(
            "ships",
            new QuoteAnswer([
                FakeAnswerService.Rutte,
                FakeAnswerService.Rutte with
                {
                    CloseMatch = true,
                },
            ])
        );
        var figure = AnswerRenderer.Figure(
            "ships",
            new FigureAnswer([FakeAnswerService.Losses with { CloseMatch = true }])
        );
        var search = AnswerRenderer.Search(
            "ships",
            new SearchAnswer([
                new PassageResult("Ships came.", [new SourceRef("a.txt", 1)], 2, 1),
                new PassageResult(
                    "Ships left.",
                    [new SourceRef("b.txt", 2)],
                    1,
                    0.5,
                    CloseMatch: true
                ),
            ])
        );

        Assert.DoesNotContain(
            "Close match",
            quote.Embeds![0].Footer!.Text,
            StringComparison.Ordinal
        );
        Assert.StartsWith(
            "Close match only",
            quote.Embeds[1].Footer!.Text,
            StringComparison.Ordinal
        );
        Assert.StartsWith(
            "Close match only",
            figure.Embeds![0].Footer!.Text,
            StringComparison.Ordinal
        );
        var fields = search.Embeds![0].Fields!;
        Assert.DoesNotContain("close match", fields[0].Name, StringComparison.Ordinal);
        Assert.EndsWith("close match only", fields[1].Name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(
        "Between 20,000 and 30,000 died.",
        "between 20,000",
        "**Between** **20,000** and 30,000 died."
    )]
    [InlineData("It cost 1.5 million.", "5 million", "It cost 1.5 **million**.")]
    [InlineData("What can we do now?", "what can we do", "What can we do now?")]
    public void Highlighting_never_bolds_part_of_a_number_or_a_stop_word(
        string text,
        string query,
        string expected
    )
    {
        Assert.Equal(expected, Markdown.Highlight(text, query));
    }

    [Fact]
    public void A_reindex_report_lists_the_files_indexed_with_a_warning()
    {
        var report = new IndexReport(false, 1, 0, 0, [], 1, 2, 0, 0, TimeSpan.FromSeconds(1))
        {
            Warnings = [new SkippedFile("latin1.txt", "not valid UTF-8")],
        };

        var field = Assert.Single(AnswerRenderer.Reindexed(report).Embeds![0].Fields!);

        Assert.Equal("Warnings", field.Name);
        Assert.Contains("`latin1.txt`", field.Value, StringComparison.Ordinal);
    }
}
