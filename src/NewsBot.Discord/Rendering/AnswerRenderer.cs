using System.Globalization;
using System.Text;
using NewsBot.Core.Answers;
using NewsBot.Core.Articles;
using NewsBot.Core.Commands;
using NewsBot.Core.Indexing;
using NewsBot.Discord.Json;

namespace NewsBot.Discord.Rendering;

/// <summary>
/// Answers as Discord messages: embeds with the quote, the passage and every <c>file:line</c>, article
/// text escaped, nobody pinged, every limit kept (<see cref="DiscordLimits.Enforce"/> runs last on each).
/// </summary>
internal static class AnswerRenderer
{
    public const int Ephemeral = 1 << 6;
    private const int AnswerColor = 0x2B6CB0;
    private const int ClosestColor = 0x8A8F98;
    private const int MaxResults = 3;
    private const int MaxPassages = 5;
    private static readonly CultureInfo s_culture = CultureInfo.InvariantCulture;

    public static JsonMessage WhoSaid(string quote, QuoteAnswer answer) =>
        QuoteMessage($"Who said “{Markdown.Escape(quote)}”", quote, answer);

    public static JsonMessage Quotes(string speaker, string? about, QuoteAnswer answer) =>
        QuoteMessage(
            about is null
                ? $"What {Markdown.Escape(speaker)} said"
                : $"What {Markdown.Escape(speaker)} said about “{Markdown.Escape(about)}”",
            about,
            answer
        );

    private static JsonMessage QuoteMessage(string heading, string? highlight, QuoteAnswer answer)
    {
        if (answer is { Results.Count: 0, DidYouMean: { Count: > 0 } names })
        {
            return Message(
                $"{heading}\nThe indexed articles quote nobody of that name. Did you mean "
                    + string.Join(" or ", names.Select(Markdown.Escape))
                    + "?",
                []
            );
        }
        if (answer.Results.Count == 0)
        {
            return NoAnswer(
                heading,
                answer.Closest is { } closest
                    ? QuoteEmbed(closest, highlight, isClosest: true)
                    : null
            );
        }

        var embeds = answer
            .Results.Take(MaxResults)
            .Select(r => QuoteEmbed(r, highlight, isClosest: false))
            .ToList();
        return Message(Heading(heading, answer.Results.Count), embeds);
    }

    private static JsonEmbed QuoteEmbed(QuoteResult result, string? highlight, bool isClosest)
    {
        // Words found whose article does not name their speaker are shown all the same, and say so.
        // Words nested in a quote whose own speaker is not named are the outer speaker's, quoting.
        var speaker = result.Speaker is { } person
            ? Markdown.Escape(person.Name) + (result.Quoting ? " (quoting)" : "")
            : "Speaker not named in the article";
        var title = result.Speaker?.Role is { Length: > 0 } role
            ? $"{speaker} — {Markdown.Escape(role)}"
            : speaker;
        var description = Markdown.BlockQuote(Markdown.Highlight(result.Quote, highlight));
        if (result.Reported)
        {
            description += "\n*(reported speech)*";
        }

        return new JsonEmbed(
            Title: isClosest ? "Closest match (not an answer): " + title : title,
            Description: description,
            Color: isClosest ? ClosestColor : AnswerColor,
            Fields:
            [
                new JsonEmbedField("Passage", Markdown.Highlight(result.Passage, highlight)),
                new JsonEmbedField("Sources", SourceList(result.Sources)),
            ],
            Footer: new JsonEmbedFooter(Footer(result.Confidence, isClosest, result.CloseMatch))
        );
    }

    public static JsonMessage Figure(string query, FigureAnswer answer)
    {
        var heading = $"Figures for “{Markdown.Escape(query)}”";
        if (answer.Results.Count == 0)
        {
            return NoAnswer(
                heading,
                answer.Closest is { } closest ? FigureEmbed(closest, isClosest: true) : null
            );
        }

        return Message(
            Heading(heading, answer.Results.Count),
            answer.Results.Take(MaxResults).Select(r => FigureEmbed(r, isClosest: false)).ToList()
        );
    }

    private static JsonEmbed FigureEmbed(FigureResult figure, bool isClosest)
    {
        var fields = new List<JsonEmbedField> { new("Value", FigureValue(figure), Inline: true) };
        if (figure.Period is { Length: > 0 } period)
        {
            fields.Add(new JsonEmbedField("Period", Markdown.Escape(period), Inline: true));
        }

        if (figure.ClaimedBy is { Length: > 0 } claimant)
        {
            fields.Add(new JsonEmbedField("Claimed by", Markdown.Escape(claimant), Inline: true));
        }

        fields.Add(new JsonEmbedField("Passage", Markdown.Highlight(figure.Passage, figure.Text)));
        fields.Add(new JsonEmbedField("Sources", SourceList(figure.Sources)));
        var title = Markdown.Escape(figure.Measure.Length > 0 ? figure.Measure : figure.Text);
        return new JsonEmbed(
            Title: isClosest ? "Closest match (not an answer): " + title : title,
            Description: Markdown.BlockQuote(Markdown.Escape(figure.Text)),
            Color: isClosest ? ClosestColor : AnswerColor,
            Fields: fields,
            Footer: new JsonEmbedFooter(Footer(figure.Confidence, isClosest, figure.CloseMatch))
        );
    }

    /// <summary>"22,500 soldiers (20,000–25,000)", "500,000,000 USD", "90 percent".</summary>
    internal static string FigureValue(FigureResult figure)
    {
        var text = new StringBuilder();
        text.Append("**").Append(Number(figure.Value));
        if (figure.Unit.Length > 0)
        {
            text.Append(' ').Append(Markdown.Escape(figure.Unit));
        }

        text.Append("**");
        if (figure.Low is { } low && figure.High is { } high && figure.Value.Equals(high))
        {
            // A movement ("rose from 240 to 273") answers with where it ended and says where it started.
            text.Append(" (from ").Append(Number(low)).Append(')');
        }
        else if (figure.Low is { } rangeLow && figure.High is { } rangeHigh)
        {
            text.Append(" (range ")
                .Append(Number(rangeLow))
                .Append('–')
                .Append(Number(rangeHigh))
                .Append(')');
        }

        if (figure.Qualifier is { Length: > 0 } qualifier)
        {
            text.Append(" · ").Append(Markdown.Escape(qualifier));
        }

        return text.ToString();
    }

    public static JsonMessage Compare(string a, string b, CompareAnswer answer)
    {
        var heading = $"Comparing “{Markdown.Escape(a)}” with “{Markdown.Escape(b)}”";
        string line;
        if (answer.Comparable && answer.Difference is { } difference)
        {
            var unit = answer.A?.Unit is { Length: > 0 } u ? " " + Markdown.Escape(u) : "";
            line = $"Difference (a − b): **{Number(difference)}{unit}**";
            if (answer.Ratio is { } ratio)
            {
                line += $" · Ratio (a / b): **{ratio.ToString("0.####", s_culture)}**";
            }

            // The periods and the sources, when they differ, are said here as on the command line.
            if (!string.IsNullOrWhiteSpace(answer.Explanation))
            {
                line += "\n" + Markdown.Escape(answer.Explanation);
            }
        }
        else
        {
            line = "Not comparable: " + Markdown.Escape(answer.Explanation);
        }

        var embed = new JsonEmbed(
            Title: "Comparison",
            Description: line,
            Color: answer.Comparable ? AnswerColor : ClosestColor,
            Fields: [Side("A", a, answer.A), Side("B", b, answer.B)]
        );
        return Message(heading, [embed]);
    }

    private static JsonEmbedField Side(string label, string query, FigureResult? figure)
    {
        if (figure is null)
        {
            return new JsonEmbedField(
                $"{label}: {Markdown.Escape(query)}",
                "Nothing in the indexed articles answers this."
            );
        }

        var value = new StringBuilder()
            .Append(FigureValue(figure))
            .Append('\n')
            .Append(Markdown.Escape(figure.Measure));
        if (figure.Period is { Length: > 0 } period)
        {
            value.Append(", ").Append(Markdown.Escape(period));
        }

        if (figure.ClaimedBy is { Length: > 0 } claimant)
        {
            value.Append(" — ").Append(Markdown.Escape(claimant));
        }

        value.Append('\n').Append(SourceList(figure.Sources));
        if (figure.CloseMatch)
        {
            value.Append("\n*(close match only)*");
        }

        return new JsonEmbedField(
            $"{label}: {Markdown.Escape(query)}",
            value.ToString(),
            Inline: true
        );
    }

    public static JsonMessage Search(string query, SearchAnswer answer)
    {
        var heading = $"Passages for “{Markdown.Escape(query)}”";
        if (answer.Results.Count == 0)
        {
            return NoAnswer(
                heading,
                answer.Closest is { } closest
                    ? PassageEmbed([closest], query, isClosest: true)
                    : null
            );
        }

        return Message(
            Heading(heading, answer.Results.Count, MaxPassages),
            [PassageEmbed(answer.Results.Take(MaxPassages), query, false)]
        );
    }

    private static JsonEmbed PassageEmbed(
        IEnumerable<PassageResult> passages,
        string query,
        bool isClosest
    ) =>
        new(
            Title: isClosest ? "Closest match (not an answer)" : "Best passages",
            Color: isClosest ? ClosestColor : AnswerColor,
            Fields:
            [
                .. passages.Select(
                    (p, i) =>
                        new JsonEmbedField(
                            $"{i + 1}. {SourceList(p.Sources, ", ")}"
                                + (p.CloseMatch && !isClosest ? " · close match only" : ""),
                            Markdown.Highlight(p.Passage, query)
                        )
                ),
            ],
            Footer: isClosest ? new JsonEmbedFooter(Footer(0, isClosest: true, false)) : null
        );

    public static JsonMessage Sources(SourcesAnswer answer)
    {
        if (answer.Articles.Count == 0)
        {
            return Message("No articles are indexed yet. A moderator can run /reindex.", []);
        }

        var lines = answer.Articles.Select(a =>
        {
            var line = new StringBuilder()
                .Append('`')
                .Append(a.File.Replace("`", "'", StringComparison.Ordinal))
                .Append('`');
            if (a.Headline is { Length: > 0 } headline)
            {
                line.Append(" — ").Append(Markdown.Escape(headline));
            }

            if (a.Dateline is { Length: > 0 } dateline)
            {
                line.Append(" (").Append(Markdown.Escape(dateline)).Append(')');
            }

            line.Append(s_culture, $" · {a.Quotes} quotes · {a.Figures} figures");
            return line.ToString();
        });
        var footer = string.Create(
            s_culture,
            $"{answer.Files} files, indexed {answer.IndexedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC"
        );
        if (answer.Skipped.Count > 0)
        {
            footer += string.Create(
                s_culture,
                $"; skipped {answer.Skipped.Count}: {string.Join(", ", answer.Skipped.Select(s => $"{s.File} ({s.Reason})"))}"
            );
        }

        return Message(
            $"{answer.Articles.Count} indexed articles",
            [
                new JsonEmbed(
                    Title: "Indexed articles",
                    Description: string.Join('\n', lines),
                    Color: AnswerColor,
                    Footer: new JsonEmbedFooter(footer)
                ),
            ]
        );
    }

    public static JsonMessage ReindexProgress(IndexProgress progress) =>
        Message(
            string.Create(
                s_culture,
                $"Reindexing… {progress.Done}/{progress.Total} files{(progress.CurrentFile is { } file ? " (" + Markdown.Escape(file) + ")" : "")}"
            ),
            []
        );

    public static JsonMessage Reindexed(IndexReport report)
    {
        var summary = report.Reused
            ? "The index is up to date: nothing changed."
            : string.Create(
                s_culture,
                $"Reindexed: {report.Added} added, {report.Changed} changed, {report.Removed} removed."
            );
        var description = string.Create(
            s_culture,
            $"{report.Articles} articles · {report.Passages} passages · {report.Quotes} quotes · {report.Figures} figures · {report.Elapsed.TotalSeconds:0.0} s"
        );
        var fields = new List<JsonEmbedField>();
        if (report.Skipped.Count > 0)
        {
            fields.Add(new("Skipped files", FileList(report.Skipped)));
        }

        if (report.Warnings.Count > 0)
        {
            fields.Add(new("Warnings", FileList(report.Warnings)));
        }

        return Message(
            summary,
            [
                new JsonEmbed(
                    Title: "Index",
                    Description: description,
                    Color: AnswerColor,
                    Fields: fields.Count == 0 ? null : fields
                ),
            ]
        );
    }

    /// <summary>Every command of the catalog with its help text.</summary>
    public static JsonMessage Help() =>
        Message(
            null,
            [
                new JsonEmbed(
                    Title: "NewsBot",
                    Description: "I answer questions about the indexed news articles with exact quoted passages and the file and line they come from. When the articles do not say, I say so.",
                    Color: AnswerColor,
                    Fields:
                    [
                        .. CommandCatalog
                            .All.Where(c => c.Name != CommandCatalog.Help.Name)
                            .Select(c => new JsonEmbedField(c.Usage, c.Help)),
                    ]
                ),
            ]
        );

    private static string FileList(IEnumerable<SkippedFile> files) =>
        string.Join('\n', files.Select(s => $"`{s.File}`: {Markdown.Escape(s.Reason)}"));

    /// <summary>A short message for the one who asked only; never a stack trace.</summary>
    public static JsonMessage Failure(string text) =>
        DiscordLimits.Enforce(new JsonMessage(Content: text, Flags: Ephemeral));

    private static JsonMessage NoAnswer(string heading, JsonEmbed? closest) =>
        Message(
            $"{heading}\nNo answer: the indexed articles do not say."
                + (
                    closest is null
                        ? ""
                        : " The closest match is shown below; it is **not** an answer."
                ),
            closest is null ? [] : [closest]
        );

    private static JsonMessage Message(string? content, IReadOnlyList<JsonEmbed> embeds) =>
        DiscordLimits.Enforce(
            new JsonMessage(Content: content, Embeds: embeds.Count == 0 ? null : embeds)
        );

    private static string Heading(string heading, int count, int shown = MaxResults) =>
        count > shown ? string.Create(s_culture, $"{heading} (best {shown} of {count})") : heading;

    private static string Footer(double confidence, bool isClosest, bool isCloseMatch) =>
        isClosest ? "Nearest miss, not an answer: the articles do not clearly say this."
        : isCloseMatch
            ? string.Create(
                s_culture,
                $"Close match only, not an exact answer · confidence {confidence:P0}"
            )
        : string.Create(s_culture, $"Confidence {confidence:P0}");

    internal static string SourceList(IReadOnlyList<SourceRef> sources, string separator = "\n") =>
        sources.Count == 0
            ? "(no source)"
            : string.Join(
                separator,
                sources.Select(s =>
                    string.Create(
                        s_culture,
                        $"`{s.File.Replace("`", "'", StringComparison.Ordinal)}:{s.Line}`"
                    )
                )
            );

    internal static string Number(double value) =>
        Math.Abs(value - Math.Round(value)) < 1e-9
            ? value.ToString("#,0", s_culture)
            : value.ToString("#,0.##", s_culture);
}
