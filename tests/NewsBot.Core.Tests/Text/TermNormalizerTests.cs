using NewsBot.Core.Indexing;
using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Text;

public sealed class TermNormalizerTests
{
    private static string Stem(string word) => TermNormalizer.Stem(word)!;

    [Fact]
    public void Reads_the_words_of_a_text_with_the_stems_the_index_gives_them()
    {
        const string text = "Officials said the recruits were losing patience in Brussels";

        var ranked = TermNormalizer
            .Terms(text)
            .Where(t => !t.IsStop)
            .Select(t => (t.Text, t.Start));

        Assert.Equal(TextQueries.StemmedWordsAt(text), ranked);
    }

    [Theory]
    [InlineData("said", "says")]
    [InlineData("saw", "seeing")]
    [InlineData("men", "man")]
    [InlineData("won't", "will")]
    [InlineData("Russia’s", "Russia's")]
    public void Reads_irregular_forms_contractions_and_curly_apostrophes_as_one_word(
        string a,
        string b
    ) => Assert.Equal(Stem(a), Stem(b));

    [Fact]
    public void Keeps_stop_words_unstemmed_and_marked()
    {
        var terms = TermNormalizer.Terms("This is what they promised");

        Assert.Equal([true, true, true, true, false], terms.Select(t => t.IsStop));
        Assert.Equal("this", terms[0].Text);
    }

    [Fact]
    public void Reads_a_synonym_group_as_one_concept_and_a_related_pair_as_related_only()
    {
        Assert.Equal(
            TermNormalizer.Concept(Stem("troops")),
            TermNormalizer.Concept(Stem("soldiers"))
        );
        Assert.True(TermNormalizer.AreSynonyms(Stem("casualties"), Stem("killed")));
        Assert.NotEqual(
            TermNormalizer.Concept(Stem("Ukrainian")),
            TermNormalizer.Concept(Stem("Ukraine"))
        );
        Assert.True(TermNormalizer.AreSynonyms(Stem("Ukrainian"), Stem("Ukraine")));
        Assert.False(TermNormalizer.AreSynonyms(Stem("soldiers"), Stem("money")));
    }

    [Fact]
    public void Gives_the_offsets_of_each_word_in_the_text()
    {
        const string text = "“Recruits,” she said.";

        var first = TermNormalizer.Terms(text)[0];

        Assert.Equal("Recruits", text[first.Start..first.End]);
    }
}
