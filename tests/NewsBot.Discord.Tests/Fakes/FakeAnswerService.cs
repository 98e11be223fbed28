using NewsBot.Core.Answers;
using NewsBot.Core.Articles;
using NewsBot.Core.Quotes;

namespace NewsBot.Discord.Tests.Fakes;

/// <summary>Canned answers, with markdown and mentions in them as real articles may have.</summary>
internal sealed class FakeAnswerService : IAnswerService
{
    /// <summary>How long each answer takes, on <see cref="Clock"/>.</summary>
    public TimeSpan Delay { get; set; }

    public TimeProvider Clock { get; set; } = TimeProvider.System;

    public Exception? Failure { get; set; }

    /// <summary>When set, every answer waits for it (tests on a fake clock release it by hand).</summary>
    public TaskCompletionSource? Gate { get; set; }

    public IReadOnlyList<string> Speakers { get; set; } =
    ["Mark Rutte", "Volodymyr Zelensky", "Radosław Sikorski"];

    public int Calls;

    public static QuoteResult Rutte { get; } =
        new(
            new Person("Mark Rutte", "NATO Secretary General"),
            "We see killing Russia, because @everyone *knows* it",
            "“We see killing Russia, because @everyone *knows* it,” Rutte said in Brussels.",
            [new SourceRef("001_376bf699fdc7134b.txt", 28), new SourceRef("004_aa.txt", 12)],
            12.3,
            0.9,
            false
        );

    public static FigureResult Losses { get; } =
        new(
            22500,
            20000,
            25000,
            "soldiers",
            "between 20,000 and 25,000",
            "Russian soldiers killed in action",
            "per month",
            "between",
            "Mark Rutte",
            "Russia is losing between 20,000 and 25,000 soldiers per month, Rutte said.",
            [new SourceRef("002_5ef127697d2cc7cc.txt", 2)],
            9.1,
            0.8
        );

    private async Task<T> AnswerAsync<T>(T answer, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref Calls);
        if (Gate is { } gate)
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, Clock, cancellationToken);
        }

        if (Failure is not null)
        {
            throw Failure;
        }

        return answer;
    }

    public Task<QuoteAnswer> WhoSaidAsync(
        string quote,
        CancellationToken cancellationToken = default
    ) =>
        AnswerAsync(
            quote.Contains("nobody", StringComparison.Ordinal)
                ? new QuoteAnswer([], Rutte with { Confidence = 0.2 })
                : new QuoteAnswer([Rutte]),
            cancellationToken
        );

    public Task<QuoteAnswer> QuotesAsync(
        string speaker,
        string? about,
        CancellationToken cancellationToken = default
    ) =>
        AnswerAsync(
            new QuoteAnswer(
                speaker.Contains("Rutte", StringComparison.Ordinal)
                    ? [Rutte, Rutte, Rutte, Rutte]
                    : []
            ),
            cancellationToken
        );

    public Task<IReadOnlyList<string>> SpeakerNamesAsync(
        string prefix,
        int limit,
        CancellationToken cancellationToken = default
    ) =>
        AnswerAsync<IReadOnlyList<string>>(
            [
                .. Speakers
                    .Where(s => s.Contains(prefix, StringComparison.OrdinalIgnoreCase))
                    .Take(limit),
            ],
            cancellationToken
        );

    public Task<FigureAnswer> FigureAsync(
        string query,
        CancellationToken cancellationToken = default
    ) => AnswerAsync(new FigureAnswer([Losses]), cancellationToken);

    public Task<CompareAnswer> CompareAsync(
        string a,
        string b,
        CancellationToken cancellationToken = default
    ) =>
        AnswerAsync(
            new CompareAnswer(
                Losses,
                Losses with
                {
                    Value = 17500,
                    Low = null,
                    High = null,
                    Period = "in January",
                },
                5000,
                1.2857,
                true,
                "same unit"
            ),
            cancellationToken
        );

    public Task<SearchAnswer> SearchAsync(
        string query,
        CancellationToken cancellationToken = default
    ) =>
        AnswerAsync(
            new SearchAnswer([
                new PassageResult(
                    "NATO [chief](http://x) said _this_ > that.",
                    [new SourceRef("003.txt", 5)],
                    3,
                    0.7
                ),
            ]),
            cancellationToken
        );

    public Task<SourcesAnswer> SourcesAsync(CancellationToken cancellationToken = default) =>
        AnswerAsync(
            new SourcesAnswer(
                [
                    new ArticleSummary(
                        "001_376bf699fdc7134b.txt",
                        "NATO chief: Russia losing 20,000 a month",
                        "BRUSSELS, Jan 5",
                        7,
                        12
                    ),
                ],
                new DateTimeOffset(2026, 1, 5, 12, 0, 0, TimeSpan.Zero),
                1,
                []
            ),
            cancellationToken
        );
}
