namespace NewsBot.Core.Articles;

/// <summary>Where a passage, quote or figure starts: the article file name and its 1-based line.</summary>
public sealed record SourceRef(string File, int Line);
