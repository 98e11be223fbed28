namespace NewsBot.Core.Quotes;

/// <summary>A person as NewsBot names them: the best spelling of the full name and the role the coverage gives.</summary>
public sealed record Person(string Name, string? Role);
