using Discord.Interactions;
using NewsBot.Core.Answers;
using NewsBot.Core.Commands;
using NewsBot.Core.Gaps;
using NewsBot.Discord.Rendering;

namespace NewsBot.Discord.Modules;

/// <summary>
/// The questions of <see cref="CommandCatalog"/> that the index answers, and <c>/help</c>. A question the
/// coverage could not answer (declined, or close matches only) is kept for <c>/coverage-gaps</c>, after the
/// answer went out.
/// </summary>
public sealed class QuestionModule(IAnswerService answers, ICoverageGaps gaps) : NewsBotModule
{
    private const int MaxText = CommandCatalog.MaxTextLength;

    [SlashCommand(CommandCatalog.WhoSaid.Name, CommandCatalog.WhoSaid.Description)]
    public Task WhoSaidAsync(
        [Summary(CommandCatalog.WhoSaid.Quote, CommandCatalog.WhoSaid.QuoteDescription)]
        [MaxLength(MaxText)]
            string quote
    ) =>
        AskAsync(
            quote,
            CommandCatalog.WhoSaid.Name,
            CommandCatalog.WhoSaid.Quote,
            async text =>
            {
                var answer = await answers.WhoSaidAsync(text, CancellationToken);
                return (AnswerOutcomes.Of(answer), AnswerRenderer.WhoSaid(text, answer));
            }
        );

    [SlashCommand(CommandCatalog.Quotes.Name, CommandCatalog.Quotes.Description)]
    public async Task QuotesAsync(
        [Summary(CommandCatalog.Quotes.Speaker, CommandCatalog.Quotes.SpeakerDescription)]
        [MaxLength(CommandCatalog.Quotes.SpeakerMaxLength)]
        [Autocomplete(typeof(SpeakerAutocomplete))]
            string speaker,
        [Summary(CommandCatalog.Quotes.About, CommandCatalog.Quotes.AboutDescription)]
        [MaxLength(MaxText)]
            string? about = null
    )
    {
        // The speaker came from autocomplete or was typed: either way it is user input, checked again here.
        if (Text(speaker, CommandCatalog.Quotes.SpeakerMaxLength) is not { } name)
        {
            await MissingAsync(CommandCatalog.Quotes.Speaker);
            return;
        }
        var topic = Text(about, MaxText);
        var answer = await answers.QuotesAsync(name, topic, CancellationToken);
        var asked = new Dictionary<string, string> { [CommandCatalog.Quotes.Speaker] = name };
        if (topic is not null)
        {
            asked[CommandCatalog.Quotes.About] = topic;
        }
        await AnswerQuestionAsync(
            new AskedQuestion(CommandCatalog.Quotes.Name, asked),
            AnswerOutcomes.Of(answer),
            AnswerRenderer.Quotes(name, topic, answer)
        );
    }

    [SlashCommand(CommandCatalog.Figure.Name, CommandCatalog.Figure.Description)]
    public Task FigureAsync(
        [Summary(CommandCatalog.Figure.Query, CommandCatalog.Figure.QueryDescription)]
        [MaxLength(MaxText)]
            string query
    ) =>
        AskAsync(
            query,
            CommandCatalog.Figure.Name,
            CommandCatalog.Figure.Query,
            async text =>
            {
                var answer = await answers.FigureAsync(text, CancellationToken);
                return (AnswerOutcomes.Of(answer), AnswerRenderer.Figure(text, answer));
            }
        );

    [SlashCommand(CommandCatalog.Compare.Name, CommandCatalog.Compare.Description)]
    public async Task CompareAsync(
        [Summary(CommandCatalog.Compare.A, CommandCatalog.Compare.ADescription)]
        [MaxLength(MaxText)]
            string a,
        [Summary(CommandCatalog.Compare.B, CommandCatalog.Compare.BDescription)]
        [MaxLength(MaxText)]
            string b
    )
    {
        if (Text(a, MaxText) is not { } first)
        {
            await MissingAsync(CommandCatalog.Compare.A);
            return;
        }
        if (Text(b, MaxText) is not { } second)
        {
            await MissingAsync(CommandCatalog.Compare.B);
            return;
        }
        var answer = await answers.CompareAsync(first, second, CancellationToken);
        await AnswerQuestionAsync(
            new AskedQuestion(
                CommandCatalog.Compare.Name,
                new Dictionary<string, string>
                {
                    [CommandCatalog.Compare.A] = first,
                    [CommandCatalog.Compare.B] = second,
                }
            ),
            AnswerOutcomes.Of(answer),
            AnswerRenderer.Compare(first, second, answer)
        );
    }

    [SlashCommand(CommandCatalog.Search.Name, CommandCatalog.Search.Description)]
    public Task SearchAsync(
        [Summary(CommandCatalog.Search.Query, CommandCatalog.Search.QueryDescription)]
        [MaxLength(MaxText)]
            string query
    ) =>
        AskAsync(
            query,
            CommandCatalog.Search.Name,
            CommandCatalog.Search.Query,
            async text =>
            {
                var answer = await answers.SearchAsync(text, CancellationToken);
                return (AnswerOutcomes.Of(answer), AnswerRenderer.Search(text, answer));
            }
        );

    [SlashCommand(CommandCatalog.Sources.Name, CommandCatalog.Sources.Description)]
    public async Task SourcesAsync() =>
        await AnswerAsync(AnswerRenderer.Sources(await answers.SourcesAsync(CancellationToken)));

    /// <summary>The answer to a question, counted by how it went; kept as a coverage gap when it is one.</summary>
    private async Task AnswerQuestionAsync(
        AskedQuestion question,
        AnswerOutcome outcome,
        Json.JsonMessage message
    )
    {
        Context.Outcome = outcome;
        await AnswerAsync(message);
        if (AnswerOutcomes.IsGap(outcome))
        {
            await gaps.RecordAsync(question, CancellationToken);
        }
    }

    [SlashCommand(CommandCatalog.Help.Name, CommandCatalog.Help.Description)]
    public Task HelpAsync() => AnswerAsync(AnswerRenderer.Help());

    /// <summary>Answers the one text a question takes, or asks for it privately when it is blank.</summary>
    private async Task AskAsync(
        string? value,
        string command,
        string option,
        Func<string, Task<(AnswerOutcome, Json.JsonMessage)>> answer
    )
    {
        if (Text(value, MaxText) is { } text)
        {
            var (outcome, message) = await answer(text);
            await AnswerQuestionAsync(
                new AskedQuestion(command, new Dictionary<string, string> { [option] = text }),
                outcome,
                message
            );
        }
        else
        {
            await MissingAsync(option);
        }
    }
}
