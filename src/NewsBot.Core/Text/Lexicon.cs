namespace NewsBot.Core.Text;

/// <summary>
/// The closed word lists of attribution: speech verbs, title words, person nouns and the capitalised
/// words that never name a person. They are general English news vocabulary, not names from the seeds.
/// </summary>
internal static class Lexicon
{
    private static HashSet<string> Set(string words) =>
        new(
            words.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
            StringComparer.OrdinalIgnoreCase
        );

    /// <summary>Verbs that introduce or attribute words (direct quotes): every form a news sentence uses.</summary>
    public static readonly HashSet<string> SpeechVerbs = Set(
        """
        say says said saying tell tells told telling state states stated stating add adds added adding
        warn warns warned warning emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising
        reveal reveals revealed revealing explain explains explained explaining ask asks asked asking
        note notes noted noting argue argues argued arguing insist insists insisted insisting
        declare declares declared declaring claim claims claimed claiming confirm confirms confirmed confirming
        announce announces announced announcing acknowledge acknowledges acknowledged acknowledging
        stress stresses stressed stressing suggest suggests suggested suggesting assert asserts asserted asserting
        write writes wrote writing tweet tweets tweeted posted admit admits admitted admitting deny denies denied denying
        vow vows vowed vowing pledge pledges pledged pledging promise promises promised promising
        caution cautions cautioned cautioning observe observes observed remark remarks remarked
        reply replies replied replying respond responds responded answer answers answered recall recalls recalled
        predict predicts predicted predicting urge urges urged urging appeal appeals appealed appealing
        praise praises praised praising describe describes described describing express expresses expressed
        voice voices voiced concede concedes conceded conclude concludes concluded reiterate reiterates reiterated reiterating
        call calls called calling continue continues continued recounted complained boasted joked shouted quipped testified
        """
    );

    /// <summary>Speech verbs that take a bare clause as reported speech ("Zelensky said he believed …"); the others need "that".</summary>
    public static readonly HashSet<string> BareClauseVerbs = Set(
        """
        say says said saying tell tells told telling state states stated stating add adds added adding
        warn warns warned warning insist insists insisted insisting argue argues argued arguing
        claim claims claimed claiming assert asserts asserted asserting
        """
    );

    /// <summary>Verbs whose first object is the listener, not the words: "told The Moscow Times".</summary>
    public static readonly HashSet<string> ListenerVerbs = Set(
        "tell tells told telling urge urges urged urging"
    );

    /// <summary>Words allowed between a speaker and the speech verb: "He directly appealed", "Stoltenberg also said".</summary>
    public static readonly HashSet<string> AuxiliaryWords = Set(
        "also has have had then later further again once will would recently earlier previously had just too"
    );

    public static readonly HashSet<string> Pronouns = Set("he she");

    /// <summary>Title words that stand before a name and make its role: "NATO Secretary General Mark Rutte".</summary>
    public static readonly HashSet<string> TitleWords = Set(
        """
        Secretary General Secretary-General President Vice Prime Minister Foreign Defense Defence Interior Finance Economy
        Chancellor Chief Deputy Ambassador Senator Sen. Rep. Representative Governor Gov. Mayor King Queen Prince Princess
        Pope Premier Commander Admiral Gen. Lt. Col. Colonel Captain Capt. Director Chairman Chairwoman Chair
        Spokesperson Spokesman Spokeswoman Adviser Advisor Envoy Special Head Leader Speaker Justice Judge Attorney
        Mr. Mrs. Ms. Dr. Prof. Professor Sir Dame Lord Lady Sheikh Emir Crown Treasury Trade Health State Security
        National High Commissioner Officer Executive CEO Founder Analyst Fellow Patriarch Archbishop Bishop Rabbi Imam
        Cardinal Former Acting Opposition Press Congressman Congresswoman Lawmaker MP Minister-President Sergeant Sgt.
        Marshal Field Major Ukrainian-born Foreign-Minister Presidential Chief-of-Staff Staff Lieutenant
        """
    );

    /// <summary>Nouns that make a lowercase description a person: "the NATO chief", "a Russia research fellow".</summary>
    public static readonly HashSet<string> PersonNouns = Set(
        """
        chief minister official president secretary general diplomat spokesman spokeswoman spokesperson envoy ambassador
        commander chancellor premier analyst expert researcher director senator governor mayor lawmaker chairman
        chairwoman head leader fellow professor economist adviser advisor strategist officer editor correspondent
        founder executive ceo lawyer spokesman negotiator politician legislator general admiral colonel scholar
        historian journalist reporter activist campaigner candidate nominee deputy member coach manager engineer master
        captain teacher doctor driver pilot priest owner worker resident student protester witness farmer inspector
        superintendent commissioner prosecutor judge attorney architect scientist physician surgeon organiser organizer
        chef producer writer author artist player mayor curator counterpart colleague rival opponent predecessor successor
        partner wife husband son daughter father mother brother sister pollster nurse soldier voter volunteer paramedic
        firefighter guard medic miner fisherman trader investor banker entrepreneur businessman businesswoman delegate
        pastor monk spokeswoman presenter anchor commentator consultant specialist councillor councilor councilman
        councilwoman alderman
        """
    );

    /// <summary>
    /// Capitalised words that are never (part of) a person's name: organisations, places, nationalities,
    /// days and months, publications, and sentence-initial function words.
    /// </summary>
    public static readonly HashSet<string> NonPersonWords = Set(
        """
        The A An In On At For From To By With Of And But Or As If When While Despite After Before Since During Although
        This That These Those There Here He She It Its They We You I Our Their His Her Some Several Many Most Such Other Both
        Speaking According Meanwhile However Still Yet Also Now Then Today Yesterday Tomorrow Instead Interestingly
        What Who Why How Where Which Whether Not No Yes Alongside Across Among Under Over Through Between Against
        Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
        September October November December Jan. Feb. Aug. Sept. Oct. Nov. Dec.
        NATO EU UN US U.S. UK U.K. AP AFP Reuters Kremlin Pentagon Congress Parliament Senate Duma Bundestag
        Times Post News Journal Herald Tribune Telegraph Guardian Gazette Agency Press Bloomberg Telegram WhatsApp
        Conference Council Ministry Union Institute University College Committee Commission Forces Army Navy Air Alliance
        Organization Organisation Office House Department Company Corporation Inc Corp Ltd Group Bank Fund Party
        Government Administration Court Center Centre Foundation Association Network Service Services Agency Federation
        Republic Kingdom States Nations Europe America Asia Africa Middle East West Western Eastern Northern Southern
        North South Central Street Square City Region Oblast Province District Sea Ocean River Mountains Island
        War World II III Facts Key Related Frequently Asked Questions FAQ Crisis Toll Factor Ahead Comparisons
        Russia Ukraine Moscow Kyiv Kiev Brussels Washington London Paris Berlin Munich Warsaw Beijing China Germany
        France Britain Poland Belgium Switzerland Geneva Petersburg St. Donbas Donetsk Luhansk Crimea Kharkiv Odesa
        Pokrovsk Afghanistan Iran Iraq Syria Israel Gaza Turkey Japan India Canada Mexico Brazil Italy Spain
        Netherlands Sweden Finland Norway Denmark Estonia Latvia Lithuania Belarus Georgia Moldova Romania Hungary
        Slovakia Czech Austria Greece Serbia Korea Taiwan Vietnam Pakistan Egypt Saudi Arabia Qatar Yemen Libya
        Soviet USSR Russian Russians Ukrainian Ukrainians American Americans British Polish Dutch German French
        European Europeans Belgian Swiss Chinese Japanese Iranian Israeli Palestinian Turkish Italian Spanish Swedish
        Finnish Norwegian Danish Estonian Latvian Lithuanian Belarusian Georgian Romanian Hungarian Czech Austrian
        Greek Serbian Korean Canadian Mexican Brazilian Indian Pakistani Afghan Syrian Iraqi Saudi Egyptian Allied
        Christmas Easter God Internet PURL Prioritized Requirements List Security Defense Defence Intelligence
        """
    );

    /// <summary>Lowercase words that may sit inside a name or organisation: "Institute for the Study of War", "Ursula von der Leyen".</summary>
    public static readonly HashSet<string> NameConnectors = Set(
        "of for the de van von der den al bin da di le la du dos"
    );

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "by",
        "with",
        "from",
        "as",
        "is",
        "be",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "there",
        "their",
        "they",
        "we",
        "i",
        "you",
        "he",
        "she",
        "his",
        "her",
        "our",
        "so",
        "if",
        "than",
        "then",
        "will",
        "would",
        "can",
        "could",
        "should",
        "do",
        "have",
        "not",
        "no",
        "also",
        "what",
        "which",
        "who",
        "all",
        "any",
        "some",
        "such",
        "into",
        "about",
        "up",
        "out",
        "s",
        "'s",
    };

    public static bool IsStopWord(string term) => StopWords.Contains(term);
}
