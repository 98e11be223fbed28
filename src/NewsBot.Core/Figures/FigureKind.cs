namespace NewsBot.Core.Figures;

/// <summary>
/// What sort of quantity a figure is: the one classification of figures. A question asks for one sort ("how old" an
/// age, "how long" a duration, "how much" money), and a figure of another sort is not its answer however many words
/// they share. What a count counts (people, tanks, nothing named) is its unit's to say (<c>FigureUnits</c>), not a
/// kind of its own. Every switch over it names every kind, so a new kind does not build until each place handles it.
/// </summary>
public enum FigureKind
{
    /// <summary>
    /// A number of people or things: "35,000 soldiers", "163 teams", "a 25-room home", "the 12 who stayed" (a bare
    /// count). Counts of people answer for one another (<c>FigureUnits.CountsPeople</c>).
    /// </summary>
    Count,

    /// <summary>An amount of money in a currency: "$500 million", "€6bn", "10 million Swedish kronor".</summary>
    Money,

    /// <summary>A share or a change of a share: "90%", "fell 6.2 per cent", "0.25 percentage points".</summary>
    Percent,

    /// <summary>A person's age: "aged 67", "a 67-year-old shepherd", "Smith, 54,".</summary>
    Age,

    /// <summary>A length of time: "for 37 years", "a nine-year war", "one to four months".</summary>
    Duration,

    /// <summary>
    /// A position in an order, a rank: "in the 62nd minute", "the fourth ballot", "finished second". Its unit is
    /// "rank" and its measure what is ranked. Never the answer to "how many".
    /// </summary>
    Ordinal,

    /// <summary>One side of a score or a vote tally: Belgium's 3 in "Belgium 3 – 0 Panama", the 23 of "a 23-19 vote".</summary>
    Score,

    /// <summary>A physical quantity with a unit of measure: "500 miles", "2.5 tonnes", "185 km/h".</summary>
    Measurement,

    /// <summary>
    /// A year that dates an event: "founded in 1869", "since 1976", "on 3 May 2011". Its unit is "year" and its
    /// measure the event. It answers "what year" and "since when", never "how many" nor "how long".
    /// </summary>
    Year,
}
