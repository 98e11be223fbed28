using NewsBot.Core.Text;

namespace NewsBot.Core.Quotes;

/// <summary>Words of a paragraph [Start, End) that the attribution sieve gives to a speaker: a quotation or a reported statement.</summary>
internal sealed record SpokenSpan(int Paragraph, int Start, int End, CastMember Speaker);
