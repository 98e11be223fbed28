using NewsBot.Core.Articles;
using NewsBot.Core.Tests.Articles;
using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Split(string text) =>
        SentenceSplitter
            .Split(new Paragraph(0, text, ParagraphKind.Body, LineMap.SingleLine(1)))
            .Select(s => s.Text)
            .ToArray();

    [Fact]
    public void Does_not_split_after_titles_months_initials_or_acronyms_inside_a_sentence()
    {
        var text =
            "Mr. Rubio met Gen. Syrskyi and Dr. J. Smith in St. Petersburg on Feb. 12 to discuss U.S. aid. "
            + "It arrived in Dec. after a delay.";

        Assert.Equal(
            [
                "Mr. Rubio met Gen. Syrskyi and Dr. J. Smith in St. Petersburg on Feb. 12 to discuss U.S. aid.",
                "It arrived in Dec. after a delay.",
            ],
            Split(text)
        );
    }

    [Fact]
    public void Splits_after_a_dotted_acronym_that_ends_a_sentence()
    {
        Assert.Equal(
            ["The weapons came from the U.S.", "The first shipment landed on Monday."],
            Split("The weapons came from the U.S. The first shipment landed on Monday.")
        );
        Assert.Single(Split("Weapons from the U.S. Army arrived."));
    }

    [Fact]
    public void Does_not_split_decimals_or_numbers()
    {
        Assert.Equal(
            ["Losses passed 1.1 million, up 2.5 per cent.", "That is 35,000 a month."],
            Split("Losses passed 1.1 million, up 2.5 per cent. That is 35,000 a month.")
        );
    }

    [Fact]
    public void Splits_after_a_doubled_period_but_not_at_an_ellipsis()
    {
        Assert.Equal(
            ["It failed to achieve its objectives..", "He also said more."],
            Split("It failed to achieve its objectives.. He also said more.")
        );
        Assert.Equal(
            ["He paused... Then he went on.", "And on … Until the end."],
            Split("He paused... Then he went on. And on … Until the end.")
        );
    }

    [Fact]
    public void Keeps_closing_quotes_with_the_sentence_they_close()
    {
        Assert.Equal(
            [
                "“Russia has not achieved its objectives.”",
                "Stoltenberg said so.",
                "\"It is bad.\"",
                "‘Stop this.’",
                "(It was.)",
                "Done.",
            ],
            Split(
                "“Russia has not achieved its objectives.” Stoltenberg said so. \"It is bad.\" ‘Stop this.’ (It was.) Done."
            )
        );
    }

    [Fact]
    public void Keeps_a_period_after_a_closing_quote_in_the_sentence_of_seed_004()
    {
        var article = Seeds.Parse("004");

        var sentences = SentenceSplitter.Split(article.ParagraphAt(7));

        Assert.Equal(3, sentences.Count);
        Assert.EndsWith("the resolve of the Ukrainian people.”.", sentences[2].Text);
        Assert.Equal(article.ParagraphAt(7).Text.Length, sentences[2].End);
    }

    [Fact]
    public void Splits_before_an_opening_quote_a_digit_or_a_capital_but_not_a_lowercase_word()
    {
        Assert.Equal(
            ["Rutte said so.", "“But this will come soon.”", "30,000 died in January. they said."],
            Split("Rutte said so. “But this will come soon.” 30,000 died in January. they said.")
        );
    }

    [Fact]
    public void Does_not_end_a_sentence_at_a_quoted_question_before_its_attribution()
    {
        Assert.Equal(
            ["“Where else can we squeeze recruits from?” Stepanenko asked.", "Nobody answered."],
            Split("“Where else can we squeeze recruits from?” Stepanenko asked. Nobody answered.")
        );
        Assert.Single(Split("“Where else?” he asked."));
    }

    [Fact]
    public void Gives_each_sentence_its_offset_and_file_line()
    {
        var article = Seeds.Parse("001");
        var paragraph = article.ParagraphAt(23);

        var sentences = SentenceSplitter.Split(paragraph);

        Assert.Equal(2, sentences.Count);
        Assert.Equal((0, 23), (sentences[0].Start, sentences[0].Line));
        Assert.StartsWith("“But this will come soon", sentences[1].Text);
        Assert.Equal(24, sentences[1].Line);
        Assert.Equal(sentences[1].Text, paragraph.Text[sentences[1].Start..sentences[1].End]);

        var sikorski = SentenceSplitter.Split(article.ParagraphAt(53));
        Assert.Equal([53, 55], sikorski.Select(s => s.Line));
    }

    [Fact]
    public void Returns_no_sentences_for_an_empty_paragraph_and_one_for_text_without_a_full_stop()
    {
        Assert.Empty(Split(""));
        Assert.Equal(["Key Facts"], Split("Key Facts"));
    }

    [Fact]
    public void Splits_a_long_paragraph_in_linear_time()
    {
        var text =
            string.Concat(
                Enumerable.Repeat("The U.S. sent 1.1 million shells to St. Petersburg... ", 20_000)
            ) + string.Concat(Enumerable.Repeat(".", 50_000));

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var sentences = Split(text);

        Assert.NotEmpty(sentences);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Gives_the_same_sentence_offsets_without_copying_their_text()
    {
        var text =
            "  “Where else?” Stepanenko asked. The U.S. sent 300 tanks… and more.. Then it stopped!  ";
        var paragraph = new Paragraph(0, text, ParagraphKind.Body, LineMap.SingleLine(1));

        var bounds = SentenceSplitter.Bounds(text);

        Assert.Equal(SentenceSplitter.Split(paragraph).Select(s => (s.Start, s.End)), bounds);
        Assert.Equal(
            SentenceSplitter.Split(paragraph).Select(s => s.Text),
            bounds.Select(b => text[b.Start..b.End])
        );
    }
}
