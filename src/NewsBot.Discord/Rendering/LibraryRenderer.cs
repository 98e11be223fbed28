using System.Globalization;
using NewsBot.Core.Library;
using NewsBot.Discord.Json;

namespace NewsBot.Discord.Rendering;

/// <summary>What <c>/add-article</c> and <c>/remove-article</c> did, as private messages for the moderator.</summary>
internal static class LibraryRenderer
{
    private const int AddedColor = 0x2F855A;
    private const int MaxListed = 10;

    public static JsonMessage Added(AddedArticle article)
    {
        var fields = new List<JsonEmbedField>
        {
            new("File", Code(article.File), Inline: true),
            new(
                "Found",
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{article.Quotes.Count} quotes · {article.Figures.Count} figures"
                ),
                Inline: true
            ),
        };
        if (article.Quotes.Count > 0)
        {
            fields.Add(
                new(
                    "Quotes",
                    List(
                        article.Quotes,
                        q =>
                            q.Reported
                                ? $"{Markdown.Escape(q.Speaker?.Name ?? "(speaker not found)")} (reported): {Markdown.Escape(q.Quote)} {Line(article.File, q.Line)}"
                                : $"{Markdown.Escape(q.Speaker?.Name ?? "(speaker not found)")}: “{Markdown.Escape(q.Quote)}” {Line(article.File, q.Line)}"
                    )
                )
            );
        }
        if (article.Figures.Count > 0)
        {
            fields.Add(
                new(
                    "Figures",
                    List(
                        article.Figures,
                        f =>
                            $"**{Markdown.Escape(f.Text)}** {Markdown.Escape(f.Measure)} {Line(article.File, f.Line)}"
                    )
                )
            );
        }
        return DiscordLimits.Enforce(
            new JsonMessage(
                Content: "Added and indexed: members can ask about it now.",
                Embeds:
                [
                    new JsonEmbed(
                        Title: Markdown.Escape(article.Headline),
                        Description: article.Link is { } link ? Markdown.Escape(link) : null,
                        Color: AddedColor,
                        Fields: fields
                    ),
                ],
                Flags: AnswerRenderer.Ephemeral
            )
        );
    }

    /// <summary>
    /// Why nothing was added or removed. The reason quotes what came from outside (a server's reason
    /// phrase, a file name, a link), so it is shown as text: a reason phrase of
    /// <c>[Verify your account](https://…)</c> must not become a link in the moderator's reply.
    /// </summary>
    public static JsonMessage Refused(string refusal) =>
        AnswerRenderer.Failure(Markdown.Escape(refusal));

    public static JsonMessage Removed(RemoveResult result) =>
        DiscordLimits.Enforce(
            new JsonMessage(
                Content: $"Removed {Code(result.File)}{(result.Headline is { Length: > 0 } headline ? $" ({Markdown.Escape(headline)})" : "")} from the articles folder and the index.",
                Flags: AnswerRenderer.Ephemeral
            )
        );

    /// <summary>One line each, each cut short, as many as a field's 1,024 characters hold.</summary>
    private static string List<T>(IReadOnlyList<T> items, Func<T, string> line)
    {
        var lines = new List<string>();
        var length = 0;
        foreach (var item in items.Take(MaxListed))
        {
            var text = "• " + DiscordLimits.Truncate(line(item), 200);
            // Room is kept for the "… and N more" line.
            if (length + text.Length + 1 > DiscordLimits.FieldValue - 40)
            {
                break;
            }
            lines.Add(text);
            length += text.Length + 1;
        }
        if (items.Count > lines.Count)
        {
            lines.Add(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"… and {items.Count - lines.Count} more"
                )
            );
        }
        return string.Join('\n', lines);
    }

    private static string Line(string file, int line) =>
        string.Create(CultureInfo.InvariantCulture, $"`{Safe(file)}:{line}`");

    private static string Code(string file) => $"`{Safe(file)}`";

    private static string Safe(string file) => file.Replace("`", "'", StringComparison.Ordinal);
}
