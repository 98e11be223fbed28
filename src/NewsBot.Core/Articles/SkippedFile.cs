namespace NewsBot.Core.Articles;

/// <summary>A file of the articles folder that was not indexed (or only partly), and why.</summary>
public sealed record SkippedFile(string File, string Reason);
