using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>
/// The table "Attribution patterns" of docs/quotes.md, row by row: each row's example sentence in a short
/// article, and the speaker the table gives (null where it says nobody). A row added to or changed in the
/// table is added to or changed here too.
/// </summary>
public sealed class AttributionPatternTableTests
{
    public static TheoryData<string, string, string, string?> Rows =>
        new()
        {
            {
                "name after the closing mark",
                """
                    "We will rebuild," Jane Roe said.
                    """,
                "We will rebuild",
                "Jane Roe"
            },
            {
                "inverted verb, title and name",
                """
                    "We will rebuild," said county fire chief John Doe.
                    """,
                "We will rebuild",
                "John Doe"
            },
            {
                "long subject before the verb",
                """
                    "Rates stay," Acme Bank director of research Jane Roe said.
                    """,
                "Rates stay",
                "Jane Roe"
            },
            {
                "quote split by its attribution",
                """
                    Mayor Jane Roe opened the meeting. "First," she said, "second."
                    """,
                "First",
                "Jane Roe"
            },
            {
                "colon-introduced quote",
                """
                    Jane Roe told reporters: "The bridge is safe."
                    """,
                "The bridge is safe",
                "Jane Roe"
            },
            {
                "speech verb earlier in the sentence",
                """
                    Economist Jane Roe spoke at the hearing. Roe warned the plan is unsustainable: "It cannot last."
                    """,
                "It cannot last",
                "Jane Roe"
            },
            {
                "partial quote inside the writer's sentence",
                """
                    Health Minister Jane Roe visited the station. The minister praised the crew's "remarkable courage".
                    """,
                "remarkable courage",
                "Jane Roe"
            },
            {
                "pull quote and attribution line",
                """
                    "We will rebuild every bridge."

                    — Jane Roe, Mayor of Eastport
                    """,
                "We will rebuild every bridge",
                "Jane Roe"
            },
            {
                "reported speech, no marks",
                """
                    Mayor Jane Roe visited the site. Roe said that the bridge would reopen in May.
                    """,
                "the bridge would reopen",
                "Jane Roe"
            },
            {
                "according to",
                """
                    According to Jane Roe, the bridge will reopen in May.
                    """,
                "the bridge will reopen",
                "Jane Roe"
            },
            {
                "name, age or aside, then verb",
                """
                    Ilse Brandt, 54, said the harbour would reopen next spring.
                    """,
                "the harbour would reopen",
                "Ilse Brandt"
            },
            {
                "name with a prepositional phrase",
                """
                    Jane Roe of the city council said "The budget is tight."
                    """,
                "The budget is tight",
                "Jane Roe"
            },
            {
                "name with a parenthesised acronym",
                """
                    Economist Jane Roe (RDA) said "The budget is tight."
                    """,
                "The budget is tight",
                "Jane Roe"
            },
            {
                "description then name in commas",
                """
                    Mayor John Roe was away, and his deputy, Tom Ash, said "We are ready."
                    """,
                "We are ready",
                "Tom Ash"
            },
            {
                "pronoun",
                """
                    Mayor Jane Roe thanked the crews. "It was the hardest week," she said.
                    """,
                "It was the hardest week",
                "Jane Roe"
            },
            {
                "title or description only",
                """
                    Governor Jane Roe toured the dam on Monday. "It will hold," the governor said.
                    """,
                "It will hold",
                "Jane Roe"
            },
            {
                "continuation",
                """
                    "We will rebuild," Jane Roe said.

                    "Every bridge will reopen."
                    """,
                "Every bridge will reopen",
                "Jane Roe"
            },
            {
                "quote running over paragraphs",
                """
                    Jane Roe said: "We will rebuild.

                    "Every bridge will reopen."
                    """,
                "Every bridge will reopen",
                "Jane Roe"
            },
            {
                "quote after a sentence whose subject is a person",
                """
                    Mayor Jane Roe thanked the crews. "Without them we had nothing."
                    """,
                "Without them we had nothing",
                "Jane Roe"
            },
            {
                "transcripts and interviews",
                """
                    Jane Roe, the mayor of Eastport, spoke to us about the flood.

                    JANE ROE (Acme Bank): We will rebuild every bridge.
                    """,
                "We will rebuild every bridge",
                "Jane Roe"
            },
            {
                "statements",
                """
                    Acme said in a statement: "We regret the delay."
                    """,
                "We regret the delay",
                "Acme"
            },
            {
                "anonymous sources",
                """
                    Mayor Jane Roe visited the dam. "The wall is weak," a senior official said.
                    """,
                "The wall is weak",
                "a senior official"
            },
            {
                "passive speech verb",
                """
                    The plan was described as "reckless".
                    """,
                "reckless",
                null
            },
            {
                "passive verb with its agent",
                """
                    The plan was called "reckless" by Mayor Jane Roe.
                    """,
                "reckless",
                "Jane Roe"
            },
            {
                "passive verb with its agent (a group)",
                """
                    Tom Ash, 20, was arrested. Ash, who was described as "knife-obsessed" by the police, had been released.
                    """,
                "knife-obsessed",
                "police"
            },
            {
                "quote after a colon ending reported speech",
                """
                    According to Jane Roe, the case is strong: "The key factor is intent."
                    """,
                "The key factor is intent",
                "Jane Roe"
            },
            {
                "an interviewer quoting the interviewee",
                """
                    Mayoral candidate Jane Roe answered questions from the Eastport Courier. Roe runs a translation firm.

                    ((EC)) On your website, you wrote "Eastport deserves better." What would you change first?

                    The council chamber.
                    """,
                "Eastport deserves better",
                "Jane Roe"
            },
            {
                "organisation or group subject before the quote",
                """
                    The Harbour Safety Department gave its "deepest sympathies".
                    """,
                "deepest sympathies",
                "Harbour Safety Department"
            },
            {
                "organisation or group subject before the quote (lowercase group)",
                """
                    Officers shot him in what the police declared a "terrorist-related" attack.
                    """,
                "terrorist-related",
                "police"
            },
            {
                "quoted as saying",
                """
                    Mayor Jane Roe spoke on Monday. The Courier quoted Roe, a former deputy, as saying "it was chaos".
                    """,
                "it was chaos",
                "Jane Roe"
            },
            {
                "quoted as saying (passive)",
                """
                    Mayor Jane Roe spoke on Monday. She was later quoted by the Courier as saying "it was chaos".
                    """,
                "it was chaos",
                "Jane Roe"
            },
            {
                "an aside after the name, after the quote",
                """
                    Mayor Jane Roe led the study. "It was chaos," Roe, who led the study, said.
                    """,
                "It was chaos",
                "Jane Roe"
            },
            {
                "an aside after the name, after the quote (dash)",
                """
                    "It was chaos" — Jane Roe, the mayor, said on Monday.
                    """,
                "It was chaos",
                "Jane Roe"
            },
            {
                "a bracketed aside after the name",
                """
                    Jane Roe (Labour) said: "It was chaos."
                    """,
                "It was chaos",
                "Jane Roe"
            },
            {
                "organisation named without a group noun",
                """
                    The New York Times described the move as "closed for good".
                    """,
                "closed for good",
                "New York Times"
            },
            {
                "organisation named without a group noun (one word after the)",
                """
                    The Kremlin said "the talks failed".
                    """,
                "the talks failed",
                "Kremlin"
            },
            {
                "organisation named without a group noun (acronym in brackets)",
                """
                    The World Health Organization (WHO) declared the outbreak "a pandemic".
                    """,
                "a pandemic",
                "World Health Organization"
            },
            {
                "organisation named by one word",
                """
                    Medialine rated the speech as "far more measured".
                    """,
                "far more measured",
                "Medialine"
            },
            {
                "a document speaks for its owner",
                """
                    The Harbour Safety Board's report called the crash "entirely avoidable".
                    """,
                "entirely avoidable",
                "Harbour Safety Board"
            },
            {
                "a statement after the quote's inverted verb",
                """
                    The orange warning issued by Met Eastport applied to six counties. "High waves are expected", read the warning.
                    """,
                "High waves are expected",
                "Met Eastport"
            },
            {
                "a day is never a speaker",
                """
                    The Ministry of Transport on Monday said "the road will stay closed".
                    """,
                "the road will stay closed",
                "Ministry of Transport"
            },
            {
                "role noun after an appositive",
                """
                    Jane Roe, a nurse at Eastport Hospital, was there. "It was chaos," the nurse recalled.
                    """,
                "It was chaos",
                "Jane Roe"
            },
            {
                "object him is not its clause's subject",
                """
                    Tom Ash, the mayor, praised Jane Roe. Roe thanked him. "It was chaos," she said.
                    """,
                "It was chaos",
                "Jane Roe"
            },
            {
                "a full name made a person's by the next sentence's pronoun",
                """
                    Jane Roe met Tom Ash on Monday. She said: "It was fine."
                    """,
                "It was fine",
                "Jane Roe"
            },
            {
                "pronoun after an according to sentence",
                """
                    Mayor Jane Roe thanked the crews, according to fire chief Tom Ash. "It was the hardest week," he said.
                    """,
                "It was the hardest week",
                "Tom Ash"
            },
            {
                "role noun of two people with the same title",
                """
                    Mayor Jane Roe and Deputy Mayor Tom Ash spoke. "It was chaos," the mayor said.
                    """,
                "It was chaos",
                "Jane Roe"
            },
            {
                "role noun of two people with the same title (deputy)",
                """
                    Mayor Jane Roe and Deputy Mayor Tom Ash spoke. "It was chaos," the deputy mayor said.
                    """,
                "It was chaos",
                "Tom Ash"
            },
            {
                "description and name in commas, after the quote",
                """
                    Tom Ash, 34, was arrested. "He is innocent," his lawyer, Jane Roe, said.
                    """,
                "He is innocent",
                "Jane Roe"
            },
            {
                "interview with labelled questions only",
                """
                    Wikinews interviewed Jane Roe, a candidate for mayor of Eastport.

                    ((WN)) Why are you running?

                    Because the city needs change.

                    ((WN)) What comes first?

                    The roads are broken.
                    """,
                "The roads are broken",
                "Jane Roe"
            },
            {
                "a fragment in a later sentence is not continued",
                """
                    Mayor Jane Roe spoke. "It was chaos," Roe said. Critics called the response "too slow".
                    """,
                "too slow",
                null
            },
            {
                "a fragment in a later sentence opening with the speaker is continued",
                """
                    Mayor Jane Roe spoke. "It was chaos," Roe said. She called the response "too slow".
                    """,
                "too slow",
                "Jane Roe"
            },
            {
                "a statement speaks for the author given before it",
                """
                    Acme Corp released a statement on Monday. "We regret the delay," the statement said.
                    """,
                "We regret the delay",
                "Acme Corp"
            },
            {
                "a statement speaks for the author given before it (possessive)",
                """
                    The Eastport Council's statement was short. "We regret the delay," the statement read.
                    """,
                "We regret the delay",
                "Eastport Council"
            },
            {
                "a statement with no author given names nobody",
                """
                    "We regret the delay," the statement read.
                    """,
                "We regret the delay",
                null
            },
            {
                "a document speaks for whoever the article says put one out",
                """
                    Acme Corp published a report on Monday. "The plant is safe," the report said.
                    """,
                "The plant is safe",
                "Acme Corp"
            },
            {
                "a document speaks for whoever put one out (another noun, part of it)",
                """
                    Today the Supreme Court of Eastland issued a ruling on the law. The summary of the decision read in part: "The law is void."
                    """,
                "The law is void",
                "Supreme Court of Eastland"
            },
            {
                "a document with no author given names nobody",
                """
                    "The law is void," the ruling said.
                    """,
                "The law is void",
                null
            },
            {
                "a group with its owner",
                """
                    Eastland's foreign ministry called the claims "baseless".
                    """,
                "baseless",
                "Eastland's foreign ministry"
            },
            {
                "a group with its place",
                """
                    The government of Eastland has denied the claims, calling them "baseless".
                    """,
                "baseless",
                "government of Eastland"
            },
            {
                "a statement never speaks as itself",
                """
                    The proclamation specifically said "the outbreak constitutes a national emergency".
                    """,
                "the outbreak constitutes a national emergency",
                null
            },
            {
                "a full name made a person's by its surname",
                """
                    Officials asked the embassy to waive immunity for Anne Roe. Roe, who has immunity as a diplomat's wife, left the country. She said, "I will not come back."
                    """,
                "I will not come back",
                "Anne Roe"
            },
            {
                "two people sharing a surname",
                """
                    Mary Okafor, a nurse, founded the clinic in 1990. Her son Daniel Okafor runs it now. "We will grow," Okafor said.
                    """,
                "We will grow",
                "Mary Okafor"
            },
            {
                "misspelt reference",
                """
                    "We stand together," Foreign Minister Radostaw Sikorski said.
                    """,
                "We stand together",
                "Radostaw Sikorski"
            },
            {
                "quoted as saying",
                """
                    Mayor Jane Roe visited the dam. Editor Tom Ash quoted Roe as saying the bridge "will reopen in May".
                    """,
                "will reopen in May",
                "Jane Roe"
            },
            {
                "according to one person, another said",
                """
                    Mayor Jane Roe visited the dam. According to editor Tom Ash, Roe said: "The bridge will reopen in May."
                    """,
                "The bridge will reopen",
                "Jane Roe"
            },
            {
                "nested quote, its speaker named",
                """
                    Captain Ana Ortiz won the final. "She kept yelling 'keep your head up'," Ortiz said of her coach, Paula Kerr.
                    """,
                "keep your head up",
                "Paula Kerr"
            },
            {
                "nested quote, its speaker not named",
                """
                    "A man told me 'you will never make it'," Jane Roe said.
                    """,
                "you will never make it",
                "Jane Roe"
            },
            {
                "continuation stops at someone else's reported speech",
                """
                    "We waited ten years," Jane Roe said. Council member Tom Ash said that the cost had doubled.

                    "We cannot pay for another one."
                    """,
                "We cannot pay",
                "Tom Ash"
            },
            {
                "an unnamed source with an adverb before its verb",
                """
                    "We waited ten years," Jane Roe said. A resident reportedly said "It is far too expensive."
                    """,
                "It is far too expensive",
                "a resident"
            },
            {
                "pronoun after a full name doing something",
                """
                    "We agreed," Tom Ash said. Peter Hale, the treasurer, nodded. "It will come soon," he said.
                    """,
                "It will come soon",
                "Peter Hale"
            },
            {
                "one of a group is unnamed",
                """
                    Mayor Jane Roe met the families. One of the victims said "We were never told."
                    """,
                "We were never told",
                null
            },
            {
                "a name before a role noun is no subject",
                """
                    Eastport Harbour director Jane Roe spoke first. She said "The port will reopen."
                    """,
                "The port will reopen",
                "Jane Roe"
            },
            {
                "words quoted in a relative clause",
                """
                    Critics lined up, among them former governor Tom Ash, who denounced the claims as a "reckless gamble".
                    """,
                "reckless gamble",
                "Tom Ash"
            },
            {
                "words quoted in a subordinate clause",
                """
                    Senator Tom Ash spoke often. Last spring, Ash lost his column after he referred to the team as "the lazy ones".
                    """,
                "the lazy ones",
                "Tom Ash"
            },
            {
                "a name in commas after the description opening the sentence",
                """
                    The mayor of Eastport, Jane Roe, thanked "the crews for their swift work".
                    """,
                "the crews",
                "Jane Roe"
            },
            {
                "words quoted in an opening participle phrase",
                """
                    Mayor Jane Roe spoke on Monday. Calling it "a hollow gesture", Roe left the room.
                    """,
                "a hollow gesture",
                "Jane Roe"
            },
            {
                "an occupation before a full name introduces a person",
                """
                    Novelist Tom Ash retired on Friday.

                    Known for his remarks, Ash lost his column last spring after he referred to the team as "the lazy ones".
                    """,
                "the lazy ones",
                "Tom Ash"
            },
            {
                "a family name that is also a publication's name",
                """
                    Ann Post, formerly the mayor of Eastport, ended her campaign. Post endorsed her rival, Tom Ash. "I entered the race to win," she said.
                    """,
                "I entered the race to win",
                "Ann Post"
            },
            {
                "a description said of a named person is no unnamed source",
                """
                    Trader Tom Ash left his party to run for mayor as an independent candidate. "We will cut fares," the candidate told reporters.
                    """,
                "We will cut fares",
                "Tom Ash"
            },
            {
                "a surname misspelt once in the article",
                """
                    Lead author Jane Rowan explained the results on Monday. Rowen suggested, "The birds were fed by the priests."
                    """,
                "The birds were fed",
                "Jane Rowan"
            },
        };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Every_row_of_the_attribution_pattern_table_gives_its_speaker(
        string pattern,
        string article,
        string words,
        string? speaker
    )
    {
        var quotes = new QuoteExtractor().Extract(TestArticles.Parse(article));

        // The quote these words ask for: of a quote and the quote nested in it, the nested one.
        var quote = quotes
            .Where(q => q.Text.Contains(words, StringComparison.Ordinal))
            .OrderBy(q => q.Text.Length)
            .First();
        Assert.True(
            speaker == quote.Speaker?.Name,
            $"{pattern}: expected {speaker ?? "nobody"}, got {quote.Speaker?.Name ?? "nobody"}"
        );
    }
}
