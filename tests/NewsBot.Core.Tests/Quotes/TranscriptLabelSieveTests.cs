using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes;

public sealed class TranscriptLabelSieveTests
{
    [Fact]
    public void Finds_the_person_a_label_names()
    {
        var article = new SieveArticle(
            """
            Jane Roe, the mayor of Eastport, spoke to us about the flood.

            JANE ROE: We will rebuild every bridge.
            """
        );

        var found = new TranscriptLabelSieve(article.Cast).Find(article.Views[1]);

        Assert.Equal("Jane Roe", found?.Member.Name);
    }

    [Fact]
    public void Gives_an_answer_label_to_the_interviewee_and_a_question_label_to_nobody()
    {
        var article = new SieveArticle(
            """
            Jane Roe, the mayor of Eastport, spoke to us about the flood. Roe has led the town since 2019.

            Q: What comes next?

            A: We will rebuild every bridge.
            """
        );
        var sieve = new TranscriptLabelSieve(article.Cast);

        Assert.Null(sieve.Find(article.Views[1]));
        Assert.Equal("Jane Roe", sieve.Find(article.Views[2])?.Member.Name);
    }

    [Fact]
    public void Finds_nobody_in_a_paragraph_without_a_label()
    {
        var article = new SieveArticle(
            """
            Jane Roe said the town will rebuild every bridge.
            """
        );

        Assert.Null(new TranscriptLabelSieve(article.Cast).Find(article.Views[0]));
    }

    [Theory]
    [InlineData(
        "((EC)) On your website, you wrote \"Eastport deserves better.\" What comes first?",
        "Jane Roe"
    )]
    [InlineData("((EC)) The council calls it \"a lost decade.\" What comes first?", null)]
    public void An_interviewer_s_question_gives_words_to_the_interviewee_only_after_you_and_a_speech_verb(
        string question,
        string? speaker
    )
    {
        var article = new SieveArticle(
            $"""
            Jane Roe, the mayor of Eastport, spoke to the Eastport Courier. Roe has led the town since 2019.

            {question}
            """
        );
        var view = article.Views[1];

        var found = new TranscriptLabelSieve(article.Cast).FindQuotedByInterviewer(
            view,
            view.Quotes[0].Open
        );

        Assert.Equal(speaker, found?.Member.Name);
    }
}
