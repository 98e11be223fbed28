using NewsBot.Core.Quotes;

namespace NewsBot.Core.Inspection;

/// <summary>
/// A quote NewsBot reads in an article: the file line where it starts, the speaker when the attribution found
/// one, the words, and whether they are reported speech (no quotation marks) rather than quoted.
/// </summary>
public sealed record InspectedQuote(int Line, Person? Speaker, string Quote, bool Reported);
