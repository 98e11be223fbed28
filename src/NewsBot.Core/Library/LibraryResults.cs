namespace NewsBot.Core.Library;

/// <summary>A quote found in an added article: the speaker when one was found, the words, the file line.</summary>
public sealed record FoundQuote(string? Speaker, string Text, int Line);

/// <summary>A figure found in an added article: the figure as written, what it counts, the file line.</summary>
public sealed record FoundFigure(string Text, string Measure, int Line);

/// <summary>An article now in the folder and the index.</summary>
public sealed record AddedArticle(
    string File,
    string Headline,
    string? Link,
    IReadOnlyList<FoundQuote> Quotes,
    IReadOnlyList<FoundFigure> Figures
);

/// <summary>What <c>/add-article</c> did: the article added, or why nothing was (<see cref="Refusal"/>).</summary>
public sealed record AddResult(AddedArticle? Article, string? Refusal)
{
    public static AddResult Refused(string why) => new(null, why);
}

/// <summary>What <c>/remove-article</c> did: the file and headline removed, or why nothing was.</summary>
public sealed record RemoveResult(string File, string? Headline, string? Refusal);
