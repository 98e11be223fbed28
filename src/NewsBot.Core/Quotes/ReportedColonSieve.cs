using NewsBot.Core.Text;

namespace NewsBot.Core.Quotes;

/// <summary>
/// A quote opened right after a colon that ends reported speech in the same sentence is the reporting speaker's:
/// `According to Ann Lee, the case is strong: "…"`, `Lee said the plan would hold: "…"`.
/// </summary>
internal static class ReportedColonSieve
{
    public static Attribution? Find(
        ParagraphView view,
        int open,
        IEnumerable<ReportedStatement> statements
    )
    {
        var before = view.Text.AsSpan(0, open).TrimEnd();
        if (before.Length == 0 || before[^1] != ':')
        {
            return null;
        }
        var statement = statements.LastOrDefault(s =>
            s.SentenceStart <= open && open < s.SentenceEnd && s.ClauseEnd <= open
        );
        return statement?.Speaker is { } speaker
            ? speaker with
            {
                Pattern = AttributionPattern.ReportedColon,
            }
            : null;
    }
}
