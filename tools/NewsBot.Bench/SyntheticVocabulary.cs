namespace NewsBot.Bench;

/// <summary>
/// The invented names, roles, places and phrases that <see cref="SyntheticCorpus"/> recombines. No
/// real person is named: generated quotes must never be mistaken for something someone said.
/// </summary>
internal static class SyntheticVocabulary
{
    public static readonly (string Name, bool IsFemale)[] FirstNames =
    [
        ("Alma", true),
        ("Bruno", false),
        ("Celia", true),
        ("Dario", false),
        ("Edda", true),
        ("Faris", false),
        ("Greta", true),
        ("Hugo", false),
        ("Ilse", true),
        ("Jonas", false),
        ("Katja", true),
        ("Lukas", false),
        ("Maren", true),
        ("Nikolai", false),
        ("Olga", true),
        ("Piet", false),
        ("Quirine", true),
        ("Rasmus", false),
        ("Sanne", true),
        ("Tomasz", false),
        ("Ulla", true),
        ("Viktor", false),
        ("Wanda", true),
        ("Xaver", false),
        ("Yara", true),
        ("Zoltan", false),
        ("Radosława", true),
        ("Oleksandr", false),
        ("Henrike", true),
        ("Matteo", false),
    ];

    public static readonly string[] LastNames =
    [
        "Aaltonen",
        "Brennecke",
        "Castellano",
        "Dragomir",
        "Eklund",
        "Fontaine",
        "Grabowski",
        "Halvorsen",
        "Ivanova",
        "Jankauskas",
        "Kovalenko",
        "Lindqvist",
        "Marchetti",
        "Nowakowski",
        "Oosterhuis",
        "Petrescu",
        "Quaresma",
        "Rasmussen",
        "Szabo",
        "Tamm",
        "Urbanek",
        "Vasquez",
        "Wojcik",
        "Yilmaz",
        "Zeller",
        "Bergstrom",
        "Cardoso",
        "Dimitrov",
        "Esposito",
        "Falk",
        "Gallo",
        "Horvath",
        "Ilves",
        "Jensen",
        "Kask",
        "Lehtonen",
        "Moreau",
        "Novak",
        "Ozols",
        "Pavlenko",
    ];

    public static readonly string[] Roles =
    [
        "NATO Secretary General",
        "the alliance's deputy secretary general",
        "defence minister",
        "foreign minister",
        "army spokesperson",
        "an analyst at the Institute for the Study of War",
        "a senior military adviser",
        "chief of the general staff",
        "the EU's foreign policy chief",
        "prime minister",
        "the former prime minister",
        "a spokesperson for the General Staff",
        "head of military intelligence",
        "the mayor of {City}",
        "a researcher at the {City} Institute of Strategy",
        "the president's chief of staff",
    ];

    public static readonly string[] Cities =
    [
        "Vilnius",
        "Tallinn",
        "Warsaw",
        "Riga",
        "Prague",
        "Oslo",
        "Helsinki",
        "Bucharest",
        "Lisbon",
        "Copenhagen",
        "Vienna",
        "Bratislava",
        "Sofia",
        "Ljubljana",
        "Brussels",
        "Munich",
        "Geneva",
        "Krakow",
        "Gdansk",
        "Tartu",
    ];

    public static readonly string[] Countries =
    [
        "Lithuania",
        "Estonia",
        "Poland",
        "Latvia",
        "Czech Republic",
        "Norway",
        "Finland",
        "Romania",
        "Portugal",
        "Denmark",
        "Austria",
        "Slovakia",
        "Bulgaria",
        "Slovenia",
        "Belgium",
        "Germany",
        "Switzerland",
    ];

    public static readonly string[] Organisations =
    [
        "The defence ministry",
        "Britain's defence ministry",
        "The General Staff",
        "The Institute for the Study of War",
        "Western officials",
        "An intelligence assessment",
        "The alliance",
        "Independent monitors",
        "The UN refugee agency",
    ];

    public static readonly string[] Months =
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];

    public static readonly string[] Sides =
    [
        "Russian",
        "Ukrainian",
        "enemy",
        "allied",
        "Belarusian",
    ];

    /// <summary>What is counted, and what happened to it: "soldiers" "killed in action".</summary>
    public static readonly (string Unit, string Verb)[] Measures =
    [
        ("soldiers", "killed in action"),
        ("troops", "wounded"),
        ("recruits", "signed up"),
        ("drones", "shot down"),
        ("artillery shells", "fired"),
        ("tanks", "destroyed"),
        ("civilians", "displaced"),
        ("missiles", "intercepted"),
        ("armoured vehicles", "lost"),
        ("conscripts", "called up"),
        ("prisoners", "exchanged"),
        ("mines", "cleared"),
    ];

    public static readonly string[] QuoteSubjects =
    [
        "Our forces",
        "The alliance",
        "Moscow",
        "The government in {City}",
        "Every partner",
        "The front line",
        "Our engineers",
        "The ministry",
        "Nobody in {City}",
        "This coalition",
        "The Kremlin",
        "Our air defence",
    ];

    public static readonly string[] QuoteVerbs =
    [
        "will not accept",
        "cannot sustain",
        "has underestimated",
        "is running out of",
        "must rebuild",
        "will keep investing in",
        "has doubled",
        "is quietly rebuilding",
        "will never trade away",
        "keeps losing",
        "is betting everything on",
        "has finally understood",
    ];

    public static readonly string[] QuoteObjects =
    [
        "the air defence shield",
        "its reserves of artillery shells",
        "the trust of its own people",
        "the supply lines to the east",
        "the drone factories near {City}",
        "the grain corridor",
        "the unity of this alliance",
        "its oldest tanks",
        "the winter energy grid",
        "the talks in {City}",
        "the recruitment offices in the provinces",
        "the patience of its neighbours",
    ];

    public static readonly string[] QuoteTails =
    [
        "and everyone here knows it",
        "before the end of {Month}",
        "whatever the cost",
        "as long as it takes",
        "faster than anyone expected",
        "this year",
        "without asking permission",
        "in every sector of the front",
        "and that is the whole story",
        "for the first time since the invasion",
        "and the numbers prove it",
        "long before the talks in {City}",
    ];

    public static readonly string[] Headlines =
    [
        "{Last} warns of {Unit} shortage as losses mount",
        "{Full}: '{Short}'",
        "Allies pledge new aid after talks in {City}",
        "{Side} losses exceed recruitment, officials say",
        "What {Last} told reporters in {City}",
        "Key Facts: the war in numbers",
        "{City} summit ends with promises and few details",
    ];

    public static readonly string[] Photographers =
    [
        "John Thys / AFP",
        "Anna Kowal / Reuters",
        "Piet Maas / AP",
        "Sven Hald / EPA",
    ];

    /// <summary>Names in the seed articles, replaced by the article's invented cast (full name, then surname).</summary>
    public static readonly (string Full, string Last)[] SeedPeople =
    [
        ("Mark Rutte", "Rutte"),
        ("Jens Stoltenberg", "Stoltenberg"),
        ("Kateryna Stepanenko", "Stepanenko"),
        ("Volodymyr Zelensky", "Zelensky"),
        ("Marco Rubio", "Rubio"),
    ];

    /// <summary>Places in the seed articles that the generator moves elsewhere.</summary>
    public static readonly string[] SeedCities = ["Brussels", "Munich", "Washington"];

    public static readonly string[] SeedCountries = ["Belgium", "Germany", "Switzerland"];
}
