using NewsBot.Core.Tests.Quotes;
using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Text;

public sealed class StatementAuthorFinderTests
{
    [Theory]
    // The author given for the same noun.
    [InlineData(
        """Acme Corp released a statement on Monday. "We regret the delay," the statement said.""",
        "the statement said",
        "statement",
        "Acme Corp"
    )]
    // No author given for "summary": whoever the article last said put out a document of another noun.
    [InlineData(
        """The Harbour Safety Board issued a ruling on Monday. The summary read: "The crash was avoidable." """,
        "The summary read",
        "summary",
        "Harbour Safety Board"
    )]
    // A time word opening the sentence is no part of the author's name.
    [InlineData(
        """Today the Supreme Court of Eastland issued a ruling. The ruling said: "The law is void." """,
        "The ruling said",
        "ruling",
        "Supreme Court of Eastland"
    )]
    // Nobody is said to have put the document out.
    [InlineData(
        """The court met on Monday. The ruling said: "The law is void." """,
        "The ruling said",
        "ruling",
        null
    )]
    public void Finds_the_author_the_article_gives_a_statement_or_a_document(
        string text,
        string phrase,
        string noun,
        string? expected
    )
    {
        var article = new SieveArticle(text);
        var view = article.Views.First(v => v.Text.Contains(phrase, StringComparison.Ordinal));

        var author = StatementAuthorFinder.Find(
            article.Views,
            view.Index,
            view.Text.IndexOf(phrase, StringComparison.Ordinal),
            noun
        );

        Assert.Equal(expected, author);
    }
}
