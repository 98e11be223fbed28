using Discord.Interactions;
using NewsBot.Core.Answers;
using NewsBot.Core.Commands;
using NewsBot.Discord.Rendering;

namespace NewsBot.Discord.Modules;

/// <summary>The questions of <see cref="CommandCatalog"/> that the index answers, and <c>/help</c>.</summary>
public sealed class QuestionModule(IAnswerService answers) : NewsBotModule
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
            CommandCatalog.WhoSaid.Quote,
            async text =>
                AnswerRenderer.WhoSaid(text, await answers.WhoSaidAsync(text, CancellationToken))
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
        await AnswerAsync(
            AnswerRenderer.Quotes(
                name,
                topic,
                await answers.QuotesAsync(name, topic, CancellationToken)
            )
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
            CommandCatalog.Figure.Query,
            async text =>
                AnswerRenderer.Figure(text, await answers.FigureAsync(text, CancellationToken))
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
        await AnswerAsync(
            AnswerRenderer.Compare(
                first,
                second,
                await answers.CompareAsync(first, second, CancellationToken)
            )
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
            CommandCatalog.Search.Query,
            async text =>
                AnswerRenderer.Search(text, await answers.SearchAsync(text, CancellationToken))
        );

    [SlashCommand(CommandCatalog.Sources.Name, CommandCatalog.Sources.Description)]
    public async Task SourcesAsync() =>
        await AnswerAsync(AnswerRenderer.Sources(await answers.SourcesAsync(CancellationToken)));

    [SlashCommand(CommandCatalog.Help.Name, CommandCatalog.Help.Description)]
    public Task HelpAsync() => AnswerAsync(AnswerRenderer.Help());

    /// <summary>Answers the one text a question takes, or asks for it privately when it is blank.</summary>
    private async Task AskAsync(
        string? value,
        string option,
        Func<string, Task<Json.JsonMessage>> answer
    )
    {
        if (Text(value, MaxText) is { } text)
        {
            await AnswerAsync(await answer(text));
        }
        else
        {
            await MissingAsync(option);
        }
    }
}
