namespace NewsBot.Core.Quotes;

/// <summary>A statement reported without quotation marks: the clause, its sentence (without a dateline) and its speaker.</summary>
internal sealed record ReportedStatement(
    int ClauseStart,
    int ClauseEnd,
    int SentenceStart,
    int SentenceEnd,
    Attribution Speaker
);
