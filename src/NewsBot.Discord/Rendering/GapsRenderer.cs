using System.Globalization;
using NewsBot.Core.Gaps;
using NewsBot.Discord.Json;

namespace NewsBot.Discord.Rendering;

/// <summary><c>/coverage-gaps</c> as a private message: one line per gap, most asked first.</summary>
internal static class GapsRenderer
{
    private const int GapColor = 0xB7791F;

    /// <summary>Gaps listed; the rest are counted in the footer (the embed holds 4,096 characters).</summary>
    private const int MaxListed = 25;

    public static JsonMessage Gaps(CoverageGapsAnswer answer)
    {
        if (answer.Gaps.Count == 0)
        {
            return AnswerRenderer.Failure(
                answer.Days > 0
                    ? string.Create(
                        CultureInfo.InvariantCulture,
                        $"No unanswered questions in the last {answer.Days} days."
                    )
                    : "This NewsBot does not keep the questions it could not answer."
            );
        }
        var lines = answer
            .Gaps.Take(MaxListed)
            .Select(gap =>
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"**{gap.Asked}×** `/{gap.Command}` {Markdown.Escape(gap.Question)}"
                )
                + (
                    gap.OtherWordings.Count > 0
                        ? " (also: "
                            + string.Join("; ", gap.OtherWordings.Select(Markdown.Escape))
                            + ")"
                        : ""
                )
            );
        var footer = string.Create(
            CultureInfo.InvariantCulture,
            $"Last {answer.Days} days, declined or close matches only"
        );
        if (answer.Gaps.Count > MaxListed)
        {
            footer += string.Create(
                CultureInfo.InvariantCulture,
                $"; {answer.Gaps.Count - MaxListed} more not shown"
            );
        }
        return DiscordLimits.Enforce(
            new JsonMessage(
                Content: null,
                Embeds:
                [
                    new JsonEmbed(
                        Title: "Questions the coverage could not answer",
                        Description: string.Join('\n', lines),
                        Color: GapColor,
                        Footer: new JsonEmbedFooter(footer)
                    ),
                ],
                Flags: AnswerRenderer.Ephemeral
            )
        );
    }
}
