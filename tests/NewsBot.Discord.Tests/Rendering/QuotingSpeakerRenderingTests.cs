using NewsBot.Core.Answers;
using NewsBot.Core.Articles;
using NewsBot.Core.Quotes;
using NewsBot.Discord.Rendering;

namespace NewsBot.Discord.Tests.Rendering;

public sealed class QuotingSpeakerRenderingTests
{
    [Fact]
    public void Says_the_speaker_is_quoting_words_whose_own_speaker_the_article_does_not_name()
    {
        var result = new QuoteResult(
            new Person("Ana Ortiz", "Captain"),
            "you will never make it",
            "\"A man told me 'you will never make it',\" Ortiz said.",
            [new SourceRef("d.txt", 5)],
            1.0,
            1.0,
            false
        )
        {
            Quoting = true,
        };

        var message = AnswerRenderer.WhoSaid("you will never make it", new QuoteAnswer([result]));

        var embed = Assert.Single(message.Embeds!);
        Assert.Equal("Ana Ortiz (quoting) — Captain", embed.Title);
    }
}
