using NewsBot.Core.Library;

namespace NewsBot.Core.Tests.Library;

public sealed class SavedArticleTests
{
    private const string Escape = "\u001b";

    [Fact]
    public void Saves_no_control_characters_from_the_page()
    {
        var article = new ExtractedArticle(
            $"Headline{Escape}[2J with a clear screen",
            $"By {Escape}]8;;https://evil.example{'\a'}Someone{Escape}]8;;{'\a'}",
            null,
            [
                $"A paragraph in {Escape}[31mred{Escape}[0m and a bell{'\a'} and a C1 \u009b31m sequence.",
                "Hard-wrapped\nlines\tand tabs stay text.",
            ]
        );

        var saved = SavedArticle.Of(
            article,
            new Uri("https://news.example/a"),
            new DateOnly(2026, 3, 6)
        );

        Assert.DoesNotContain(saved.Text, c => char.IsControl(c) && c != '\n');
        Assert.Contains("Headline[2J with a clear screen", saved.Text, StringComparison.Ordinal);
        Assert.Contains(
            "Hard-wrapped\nlines and tabs stay text.",
            saved.Text,
            StringComparison.Ordinal
        );
    }
}
