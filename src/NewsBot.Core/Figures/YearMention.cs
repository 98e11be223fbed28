namespace NewsBot.Core.Figures;

/// <summary>
/// A year a sentence dates something with: where it is (<see cref="Start"/>..<see cref="End"/> in the sentence), the
/// year, and the event it dates ("established" of "having been established in 1869"; "elections" of "the 2018
/// elections").
/// </summary>
internal sealed record YearMention(int Start, int End, int Value, string Event);
