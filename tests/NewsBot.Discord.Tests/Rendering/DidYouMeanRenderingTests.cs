using NewsBot.Core.Answers;
using NewsBot.Discord.Rendering;

namespace NewsBot.Discord.Tests.Rendering;

public sealed class DidYouMeanRenderingTests
{
    [Fact]
    public void A_speaker_nobody_has_is_answered_with_the_closest_names_escaped_and_no_embed()
    {
        var answer = QuoteAnswer.Empty with { DidYouMean = ["Ann_Marlowe"] };

        var message = AnswerRenderer.Quotes("Marlow", null, answer);

        Assert.Null(message.Embeds);
        Assert.EndsWith(
            "The indexed articles quote nobody of that name. Did you mean Ann\\_Marlowe?",
            message.Content
        );
    }
}
