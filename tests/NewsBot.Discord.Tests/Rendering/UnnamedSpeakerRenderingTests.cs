using NewsBot.Core.Answers;
using NewsBot.Core.Articles;
using NewsBot.Discord.Rendering;

namespace NewsBot.Discord.Tests.Rendering;

public sealed class UnnamedSpeakerRenderingTests
{
    [Fact]
    public void Shows_words_whose_speaker_is_not_named_with_their_sources_and_says_so()
    {
        var result = new QuoteResult(
            null,
            "Nobody wins a strike that lasts this long.",
            "“Nobody wins a strike that lasts this long.”",
            [new SourceRef("c.txt", 2)],
            0.9,
            0.9,
            false
        )
        {
            SpeakerReason = QuoteResult.SpeakerNotNamed,
        };

        var message = AnswerRenderer.WhoSaid("nobody wins a strike", new QuoteAnswer([result]));

        var embed = Assert.Single(message.Embeds!);
        Assert.Equal("Speaker not named in the article", embed.Title);
        Assert.Contains("c.txt", string.Join(' ', embed.Fields!.Select(f => f.Value)));
    }
}
