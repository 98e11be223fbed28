using NewsBot.Core.Text;

namespace NewsBot.Core.Figures;

/// <summary>
/// The events a year dates, as terms (<c>lexicon/dated-events.txt</c>): "founded" and "established" are one event,
/// "died" and "retired" two. A year question names its event; a year dating another event is not its answer.
/// </summary>
internal static class DatedEvents
{
    private static readonly TermGroups Groups = new(Lexicon.DatedEvents);

    /// <summary>The events named by <paramref name="terms"/> (figure terms, as <see cref="FigureTerms"/> makes them).</summary>
    public static HashSet<int> In(IEnumerable<string> terms) => Groups.In(terms);

    /// <summary>Whether the word names an event a year dates ("founded", "born"): a verb a year's clause turns on.</summary>
    public static bool IsEvent(string word) =>
        FigureTerms.Normalize(word) is { } term && Groups.Contains(term);
}
