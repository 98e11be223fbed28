using NewsBot.Cli;
using NewsBot.Core.Answers;

namespace NewsBot.Tests.Cli;

public sealed class TerminalRendererTests
{
    [Fact]
    public void A_speaker_nobody_has_is_answered_with_the_closest_names_of_the_coverage()
    {
        var answer = QuoteAnswer.Empty with { DidYouMean = ["Ann Marlowe", "Anna Marlow"] };

        var text = TerminalRenderer.Render(answer);

        Assert.Equal(
            "The coverage quotes nobody of that name. Did you mean Ann Marlowe or Anna Marlow?",
            text
        );
    }
}
