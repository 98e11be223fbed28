namespace NewsBot.Core.Gaps;

/// <summary>
/// Questions of one command in similar wording that the coverage could not answer: the wording asked most
/// (<see cref="Question"/>), how often any of them was asked, when last, and the other wordings.
/// </summary>
public sealed record CoverageGap(
    string Command,
    string Question,
    int Asked,
    DateTimeOffset LastAsked,
    IReadOnlyList<string> OtherWordings
);

/// <summary>The gaps of the last <see cref="Days"/> days, most asked first.</summary>
public sealed record CoverageGapsAnswer(int Days, IReadOnlyList<CoverageGap> Gaps);
