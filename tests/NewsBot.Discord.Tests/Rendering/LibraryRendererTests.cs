using NewsBot.Core.Library;
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
}
