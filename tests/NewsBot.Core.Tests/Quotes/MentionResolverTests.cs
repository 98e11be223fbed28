using NewsBot.Core.Quotes;
using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Quotes;

public sealed class MentionResolverTests
{
    private static Attribution? ResolveFirst(string text, MentionKind kind)
    {
        var article = new SieveArticle(text);
        var mention = article.Views.SelectMany(v => v.Mentions).First(m => m.Kind == kind);
        return article.Mentions.Resolve(mention);
    }

    [Fact]
    public void Gives_a_name_as_an_explicit_speaker()
    {
        var found = ResolveFirst(
            """
            Mayor Jane Roe said the bridge would reopen.
            """,
            MentionKind.Name
        );

        Assert.Equal("Jane Roe", found?.Member.Name);
        Assert.Equal(AttributionRule.Explicit, found?.Rule);
    }

    [Fact]
    public void Resolves_a_pronoun_to_the_person_named_before_it()
    {
        var found = ResolveFirst(
            """
            Mayor Jane Roe visited the bridge. She said it would reopen.
            """,
            MentionKind.Pronoun
        );

        Assert.Equal("Jane Roe", found?.Member.Name);
        Assert.Equal(AttributionRule.Resolved, found?.Rule);
    }

    [Fact]
    public void Resolves_a_pronoun_to_nobody_when_the_article_names_no_one_before_it()
    {
        var found = ResolveFirst(
            """
            She said the bridge would reopen.
            """,
            MentionKind.Pronoun
        );

        Assert.Null(found);
    }
}
