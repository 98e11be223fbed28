namespace NewsBot.Core.Answers;

/// <summary>The <see cref="AnswerOutcome"/> of each answer record, and its name as metrics and logs show it.</summary>
public static class AnswerOutcomes
{
    public static AnswerOutcome Of(QuoteAnswer answer) =>
        Of(answer.Results.Count, answer.Results.All(r => r.CloseMatch));

    public static AnswerOutcome Of(FigureAnswer answer) =>
        Of(answer.Results.Count, answer.Results.All(r => r.CloseMatch));

    public static AnswerOutcome Of(SearchAnswer answer) =>
        Of(answer.Results.Count, answer.Results.All(r => r.CloseMatch));

    /// <summary>A comparison answers only when both sides found a figure; a close match on either side makes it one.</summary>
    public static AnswerOutcome Of(CompareAnswer answer) =>
        answer.A is null || answer.B is null ? AnswerOutcome.Declined
        : answer.A.CloseMatch || answer.B.CloseMatch ? AnswerOutcome.CloseMatch
        : AnswerOutcome.Answered;

    /// <summary>The outcome of any answer record; one that lists (such as /sources) is answered.</summary>
    public static AnswerOutcome Of(object answer) =>
        answer switch
        {
            QuoteAnswer quotes => Of(quotes),
            FigureAnswer figures => Of(figures),
            SearchAnswer passages => Of(passages),
            CompareAnswer comparison => Of(comparison),
            _ => AnswerOutcome.Answered,
        };

    /// <summary>True for the outcomes moderators see in the coverage gaps.</summary>
    public static bool IsGap(AnswerOutcome outcome) =>
        outcome is AnswerOutcome.Declined or AnswerOutcome.CloseMatch;

    /// <summary>The lower-case name of metrics' <c>outcome</c> tag and the logs' <c>Outcome</c> field.</summary>
    public static string Name(AnswerOutcome outcome) =>
        outcome switch
        {
            AnswerOutcome.Answered => "answered",
            AnswerOutcome.CloseMatch => "close_match",
            AnswerOutcome.Declined => "declined",
            AnswerOutcome.Refused => "refused",
            AnswerOutcome.Failed => "failed",
            _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
        };

    private static AnswerOutcome Of(int results, bool allClose) =>
        results == 0 ? AnswerOutcome.Declined
        : allClose ? AnswerOutcome.CloseMatch
        : AnswerOutcome.Answered;
}
