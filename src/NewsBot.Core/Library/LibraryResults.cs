using NewsBot.Core.Inspection;

namespace NewsBot.Core.Library;

/// <summary>
/// An article now in the folder and the index, with every quote and figure read in it as <c>newsbot inspect</c>
/// reports them.
/// </summary>
public sealed record AddedArticle(
    string File,
    string Headline,
    string? Link,
    IReadOnlyList<InspectedQuote> Quotes,
    IReadOnlyList<InspectedFigure> Figures
);

/// <summary>What <c>/add-article</c> did: the article added, or why nothing was (<see cref="Refusal"/>).</summary>
public sealed record AddResult(AddedArticle? Article, string? Refusal)
{
    public static AddResult Refused(string why) => new(null, why);
}

/// <summary>What <c>/remove-article</c> did: the file and headline removed, or why nothing was.</summary>
public sealed record RemoveResult(string File, string? Headline, string? Refusal);
