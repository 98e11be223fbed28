using System.Text.Json.Serialization;
using NewsBot.Core.Articles;
using NewsBot.Core.Quotes;

namespace NewsBot.Core.Answers;

/// <summary>
/// A quote or statement answering /who-said or /quotes, with every source carrying it. When the article
/// does not say who said the words (or NewsBot cannot tell), <see cref="Speaker"/> is null and
/// <see cref="SpeakerReason"/> says so: the words, passage and sources are an answer all the same.
/// <see cref="CloseMatch"/> marks a result that only comes close to the question.
/// </summary>
public sealed record QuoteResult(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] Person? Speaker,
    string Quote,
    string Passage,
    IReadOnlyList<SourceRef> Sources,
    double Score,
    double Confidence,
    bool Reported,
    bool CloseMatch = false
)
{
    /// <summary>Why no speaker is named: <see cref="SpeakerNotNamed"/>; null when one is.</summary>
    public string? SpeakerReason { get; init; }

    public const string SpeakerNotNamed = "speaker not named in the article";

    /// <summary>
    /// Words nested in a quote of <see cref="Speaker"/> whose own speaker the article does not name: the speaker
    /// is quoting someone else. Written to JSON only when true (an optional field of the contract).
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Quoting { get; init; }
}

/// <summary>Results best first; when nothing is good enough, no results and the nearest miss apart.</summary>
public sealed record QuoteAnswer(IReadOnlyList<QuoteResult> Results, QuoteResult? Closest = null)
{
    public static QuoteAnswer Empty { get; } = new([]);

    /// <summary>
    /// /quotes for a name nobody in the coverage has: the names of the coverage closest to it ("did you
    /// mean …"), nearest first; null otherwise.
    /// </summary>
    public IReadOnlyList<string>? DidYouMean { get; init; }
}

/// <summary>A figure answering /figure or one side of /compare; <see cref="CloseMatch"/> when it only comes close.</summary>
public sealed record FigureResult(
    double Value,
    double? Low,
    double? High,
    string Unit,
    string Text,
    string Measure,
    string? Period,
    string? Qualifier,
    string? ClaimedBy,
    string Passage,
    IReadOnlyList<SourceRef> Sources,
    double Score,
    double Confidence,
    bool CloseMatch = false
);

public sealed record FigureAnswer(IReadOnlyList<FigureResult> Results, FigureResult? Closest = null)
{
    public static FigureAnswer Empty { get; } = new([]);
}

/// <summary>
/// Two figures side by side. <see cref="Difference"/> (a − b) and <see cref="Ratio"/> (a / b) are set
/// only when <see cref="Comparable"/>; <see cref="Explanation"/> says why not, or which side found nothing.
/// </summary>
public sealed record CompareAnswer(
    FigureResult? A,
    FigureResult? B,
    double? Difference,
    double? Ratio,
    bool Comparable,
    string Explanation
);

/// <summary>A passage answering /search; <see cref="CloseMatch"/> when it holds only some of the question's words.</summary>
public sealed record PassageResult(
    string Passage,
    IReadOnlyList<SourceRef> Sources,
    double Score,
    double Confidence,
    bool CloseMatch = false
);

public sealed record SearchAnswer(
    IReadOnlyList<PassageResult> Results,
    PassageResult? Closest = null
)
{
    public static SearchAnswer Empty { get; } = new([]);
}

/// <summary>One indexed article as /sources lists it.</summary>
public sealed record ArticleSummary(
    string File,
    string? Headline,
    string? Dateline,
    int Quotes,
    int Figures
);

/// <summary>The indexed articles, when the index was built and the files that were skipped.</summary>
public sealed record SourcesAnswer(
    IReadOnlyList<ArticleSummary> Articles,
    DateTimeOffset IndexedAt,
    int Files,
    IReadOnlyList<SkippedFile> Skipped
);
