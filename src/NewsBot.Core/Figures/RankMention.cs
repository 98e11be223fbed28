namespace NewsBot.Core.Figures;

/// <summary>
/// An ordinal a sentence ranks something with: where it is in the sentence, its number (3 for "third") and what it
/// ranks ("named storm" of "the third named storm", "place" of "finished second").
/// </summary>
internal sealed record RankMention(int Start, int End, int Value, string Ranked);
