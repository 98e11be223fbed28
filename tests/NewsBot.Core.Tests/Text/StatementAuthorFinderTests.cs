using NewsBot.Core.Tests.Quotes;
using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Text;

public sealed class StatementAuthorFinderTests
{
    [Fact]
    public void Finds_the_author_given_for_the_same_noun()
    {
        var (article, paragraph, offset) = Read(
            """
            Acme Corp released a statement on Monday. "We regret the delay," the statement said.
            """,
            "the statement said"
        );

        var author = StatementAuthorFinder.Find(article.Views, paragraph, offset, "statement");

        Assert.Equal("Acme Corp", author);
    }

    [Fact]
    public void Gives_a_document_to_whoever_the_article_last_said_put_out_a_document_of_another_noun()
    {
        var (article, paragraph, offset) = Read(
            """
            The Harbour Safety Board issued a ruling on Monday. The summary read: "The crash was avoidable."
            """,
            "The summary read"
        );

        var author = StatementAuthorFinder.Find(article.Views, paragraph, offset, "summary");

        Assert.Equal("Harbour Safety Board", author);
    }

    [Fact]
    public void Leaves_a_time_word_opening_the_sentence_out_of_the_authors_name()
    {
        var (article, paragraph, offset) = Read(
            """
            Today the Supreme Court of Eastland issued a ruling. The ruling said: "The law is void."
            """,
            "The ruling said"
        );

        var author = StatementAuthorFinder.Find(article.Views, paragraph, offset, "ruling");

        Assert.Equal("Supreme Court of Eastland", author);
    }

    [Fact]
    public void Names_no_author_where_the_article_says_nobody_put_the_document_out()
    {
        var (article, paragraph, offset) = Read(
            """
            The court met on Monday. The ruling said: "The law is void."
            """,
            "The ruling said"
        );

        var author = StatementAuthorFinder.Find(article.Views, paragraph, offset, "ruling");

        Assert.Null(author);
    }

    /// <summary>The article, and the paragraph and offset of <paramref name="phrase"/>, where the statement speaks.</summary>
    private static (SieveArticle Article, int Paragraph, int Offset) Read(
        string text,
        string phrase
    )
    {
        var article = new SieveArticle(text);
        var view = article.Views.First(v => v.Text.Contains(phrase, StringComparison.Ordinal));
        return (article, view.Index, view.Text.IndexOf(phrase, StringComparison.Ordinal));
    }
}
