using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Text;

public sealed class PronounResolverTests
{
    [Fact]
    public void Resolves_a_pronoun_to_the_subject_of_the_sentence_before()
    {
        var person = CastArticle.Resolve(
            """
            Mayor Jane Roe opened the bridge on Monday. She thanked the crews.
            """,
            MentionKind.Pronoun,
            "She"
        );

        Assert.Equal("Jane Roe", person);
    }

    [Fact]
    public void Passes_over_a_person_whom_an_earlier_pronoun_gave_the_other_gender()
    {
        var person = CastArticle.Resolve(
            """
            Mayor Jane Roe opened the bridge, and she thanked Governor Tom Ash. He said the crews worked all night.
            """,
            MentionKind.Pronoun,
            "He"
        );

        Assert.Equal("Tom Ash", person);
    }

    [Fact]
    public void Resolves_a_pronoun_to_nobody_when_no_person_is_named_before_it()
    {
        var person = CastArticle.Resolve(
            """
            She thanked the crews on Monday.
            """,
            MentionKind.Pronoun,
            "She"
        );

        Assert.Null(person);
    }

    [Fact]
    public void Resolves_a_pronoun_to_a_full_name_doing_something_in_the_sentence_before_rather_than_an_earlier_speaker()
    {
        var person = CastArticle.Resolve(
            """
            Tom Ash spoke first. "We agreed on a plan," Ash said. Peter Hale, the treasurer, nodded. He said the money would come soon.
            """,
            MentionKind.Pronoun,
            "He"
        );

        Assert.Equal("Peter Hale", person);
    }

    [Fact]
    public void Resolves_a_pronoun_in_an_according_to_sentence_to_its_own_clause_rather_than_the_source()
    {
        var person = CastArticle.Resolve(
            """
            Judge Tom Ash ordered the arrest. According to Prime Minister Jane Roe, the suspect had a licence for the guns he used.
            """,
            MentionKind.Pronoun,
            "he"
        );

        Assert.Equal("Tom Ash", person);
    }

    [Fact]
    public void Resolves_a_pronoun_to_the_person_after_a_role_rather_than_the_name_modifying_that_role()
    {
        var person = CastArticle.Resolve(
            """
            Eastport Harbour director Jane Roe said the port would reopen. She thanked the crews.
            """,
            MentionKind.Pronoun,
            "She"
        );

        Assert.Equal("Jane Roe", person);
    }
}
