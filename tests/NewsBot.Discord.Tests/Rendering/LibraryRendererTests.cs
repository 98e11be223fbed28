using NewsBot.Core.Inspection;
using NewsBot.Core.Library;
using NewsBot.Core.Quotes;
using NewsBot.Discord.Rendering;

namespace NewsBot.Discord.Tests.Rendering;

public sealed class LibraryRendererTests
{
    [Fact]
    public void Shows_a_page_title_with_markdown_as_text_in_the_embed_title()
    {
        var message = LibraryRenderer.Added(
            new AddedArticle(
                "20260306_0123456789abcdef.txt",
                "||spoiler|| **bold** [link](https://phish.example)",
                "https://news.example/a",
                [],
                []
            )
        );

        var title = message.Embeds![0].Title!;
        Assert.Equal(@"\|\|spoiler\|\| \*\*bold\*\* \[link\]\(https\://phish.example\)", title);
    }

    [Fact]
    public void Shows_a_refusal_quoting_a_server_as_text_not_as_a_masked_link()
    {
        var message = LibraryRenderer.Refused(
            "The link was refused: the server answered 404 Not Found - [Verify your account](https://phish.example)."
        );

        Assert.DoesNotContain("[Verify your account](", message.Content, StringComparison.Ordinal);
        Assert.Contains(@"\[Verify your account\]\(", message.Content, StringComparison.Ordinal);
        Assert.Equal(AnswerRenderer.Ephemeral, message.Flags);
    }

    [Fact]
    public void Lists_the_first_quotes_and_figures_with_their_lines_and_says_how_many_more()
    {
        var quotes = Enumerable
            .Range(1, 14)
            .Select(i => new InspectedQuote(i, new Person("Ana Ruiz", null), $"Words {i}", false))
            .ToList();
        var figures = Enumerable
            .Range(1, 30)
            .Select(i => new InspectedFigure(
                i,
                $"{i} boats",
                i,
                null,
                null,
                "boats",
                "=",
                "boats",
                null
            ))
            .ToList();

        var message = LibraryRenderer.Added(
            new AddedArticle("harbour.txt", "Harbour", null, quotes, figures)
        );

        var fields = message.Embeds![0].Fields!;
        var quoteLines = fields.Single(f => f.Name == "Quotes").Value.Split('\n');
        Assert.Equal("• Ana Ruiz: “Words 1” `harbour.txt:1`", quoteLines[0]);
        Assert.Equal("… and 4 more", quoteLines[^1]);
        Assert.Equal(11, quoteLines.Length);
        var figureLines = fields.Single(f => f.Name == "Figures").Value.Split('\n');
        Assert.Equal("• **1 boats** boats `harbour.txt:1`", figureLines[0]);
        Assert.Equal("… and 20 more", figureLines[^1]);
    }

    [Fact]
    public void Keeps_long_quotes_within_a_field_and_counts_those_left_out()
    {
        var quotes = Enumerable
            .Range(1, 10)
            .Select(i => new InspectedQuote(
                i,
                null,
                new string('w', 900)
                    + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                true
            ))
            .ToList();

        var message = LibraryRenderer.Added(new AddedArticle("long.txt", "Long", null, quotes, []));

        var field = message.Embeds![0].Fields!.Single(f => f.Name == "Quotes");
        Assert.True(field.Value.Length <= DiscordLimits.FieldValue);
        var lines = field.Value.Split('\n');
        Assert.StartsWith(
            @"• \(speaker not found\) (reported): www",
            lines[0],
            StringComparison.Ordinal
        );
        Assert.Equal($"… and {10 - (lines.Length - 1)} more", lines[^1]);
        Assert.True(lines.Length - 1 >= 4);
    }
}
