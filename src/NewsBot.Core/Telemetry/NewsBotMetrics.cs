using System.Diagnostics;
using System.Diagnostics.Metrics;
using NewsBot.Core.Answers;
using NewsBot.Core.Indexing;

namespace NewsBot.Core.Telemetry;

/// <summary>
/// NewsBot's instruments, on the meter <see cref="MeterName"/> (System.Diagnostics.Metrics: the host exports
/// them with OpenTelemetry, to Prometheus and OTLP): answers per command and outcome, answer and
/// acknowledgement latency, deferrals, Discord rate limits met, index refreshes with their duration, and
/// what the index holds. Durations are in seconds, as OpenTelemetry's conventions say.
/// </summary>
public sealed class NewsBotMetrics : IDisposable
{
    public const string MeterName = "NewsBot";

    /// <summary>Latency buckets around Discord's 3-second window, in seconds.</summary>
    private static readonly double[] s_latencyBuckets =
    [
        0.01,
        0.025,
        0.05,
        0.1,
        0.25,
        0.5,
        1,
        2,
        3,
        5,
        10,
        30,
    ];

    /// <summary>Refresh buckets, from a reuse (milliseconds) to a full build of a large folder (minutes).</summary>
    private static readonly double[] s_refreshBuckets = [0.1, 0.5, 1, 5, 10, 30, 60, 300, 900];

    private readonly Meter _meter;
    private readonly bool _ownsMeter;
    private readonly Counter<long> _answers;
    private readonly Histogram<double> _answerDuration;
    private readonly Histogram<double> _acknowledgementDuration;
    private readonly Counter<long> _deferrals;
    private readonly Counter<long> _rateLimits;
    private readonly Counter<long> _refreshes;
    private readonly Histogram<double> _refreshDuration;
    private IndexReport? _index;

    /// <param name="meters">The host's meter factory; without one the meter is NewsBot's own (tests, tools).</param>
    public NewsBotMetrics(IMeterFactory? meters = null)
    {
        _ownsMeter = meters is null;
        _meter = meters?.Create(MeterName) ?? new Meter(MeterName);
        _answers = _meter.CreateCounter<long>(
            "newsbot.answers",
            "{answer}",
            "Commands answered, by command and outcome (answered, close_match, declined, refused, failed)"
        );
        _answerDuration = _meter.CreateHistogram(
            "newsbot.answer.duration",
            "s",
            "Time from the moment a member sent a command to its answer",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = s_latencyBuckets }
        );
        _acknowledgementDuration = _meter.CreateHistogram(
            "newsbot.acknowledgement.duration",
            "s",
            "Time from the moment a member sent a command to its first answer or deferral (Discord allows 3 s)",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = s_latencyBuckets }
        );
        _deferrals = _meter.CreateCounter<long>(
            "newsbot.deferrals",
            "{deferral}",
            "Interactions deferred because their answer would have come after Discord's 3 s"
        );
        _rateLimits = _meter.CreateCounter<long>(
            "newsbot.discord.rate_limits",
            "{response}",
            "Discord 429 responses met while answering"
        );
        _refreshes = _meter.CreateCounter<long>(
            "newsbot.index.refreshes",
            "{refresh}",
            "Index refreshes, by outcome (built, reused, failed)"
        );
        _refreshDuration = _meter.CreateHistogram(
            "newsbot.index.refresh.duration",
            "s",
            "How long an index refresh took",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = s_refreshBuckets }
        );
        Gauge("newsbot.index.articles", "{article}", "Articles indexed", r => r.Articles);
        Gauge("newsbot.index.passages", "{passage}", "Passages indexed", r => r.Passages);
        Gauge("newsbot.index.quotes", "{quote}", "Quotes indexed", r => r.Quotes);
        Gauge("newsbot.index.figures", "{figure}", "Figures indexed", r => r.Figures);
    }

    /// <summary>A command ended with <paramref name="outcome"/>, <paramref name="sinceSent"/> after the member sent it.</summary>
    public void Answered(string command, AnswerOutcome outcome, TimeSpan sinceSent)
    {
        var tags = new TagList
        {
            { "command", command },
            { "outcome", AnswerOutcomes.Name(outcome) },
        };
        _answers.Add(1, tags);
        _answerDuration.Record(Math.Max(0, sinceSent.TotalSeconds), tags);
    }

    /// <summary>The first answer or deferral reached Discord <paramref name="sinceSent"/> after the member sent the command.</summary>
    public void Acknowledged(TimeSpan sinceSent) =>
        _acknowledgementDuration.Record(Math.Max(0, sinceSent.TotalSeconds));

    public void Deferred() => _deferrals.Add(1);

    public void RateLimited() => _rateLimits.Add(1);

    /// <summary>A refresh ended: <paramref name="report"/> is what the index holds now, null when it failed.</summary>
    public void Refreshed(IndexReport? report, TimeSpan elapsed)
    {
        if (report is not null)
        {
            Volatile.Write(ref _index, report);
        }
        var outcome =
            report is null ? "failed"
            : report.Reused ? "reused"
            : "built";
        _refreshes.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
        _refreshDuration.Record(
            elapsed.TotalSeconds,
            new KeyValuePair<string, object?>("outcome", outcome)
        );
    }

    public void Dispose()
    {
        if (_ownsMeter)
        {
            _meter.Dispose();
        }
    }

    /// <summary>A count read from the last refresh's report; nothing is reported before the index opens.</summary>
    private void Gauge(string name, string unit, string description, Func<IndexReport, int> read) =>
        _meter.CreateObservableGauge(
            name,
            () =>
                Volatile.Read(ref _index) is { } report
                    ? [new Measurement<int>(read(report))]
                    : Array.Empty<Measurement<int>>(),
            unit,
            description
        );
}
