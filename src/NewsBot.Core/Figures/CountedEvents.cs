using NewsBot.Core.Text;

namespace NewsBot.Core.Figures;

/// <summary>
/// What befell the people a count counts, as terms (<c>lexicon/counted-events.txt</c>): "killed" and "deaths" are
/// one event, "killed" and "injured" two. A question asking how many were injured is not answered by the number
/// killed, however many of its other words the figure shares.
/// </summary>
internal static class CountedEvents
{
    private static readonly TermGroups Groups = new(Lexicon.CountedEvents);

    /// <summary>The events named by <paramref name="terms"/> (figure terms, as <see cref="FigureTerms"/> makes them).</summary>
    public static HashSet<int> In(IEnumerable<string> terms) => Groups.In(terms);
}
