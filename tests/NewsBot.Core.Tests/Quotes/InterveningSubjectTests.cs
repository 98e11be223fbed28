using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes;

public sealed class InterveningSubjectTests
{
    private static string? SpeakerOf(string text, string words) =>
        new QuoteExtractor()
            .Extract(TestArticles.Parse(text))
            .First(q =>
                q.Kind != QuoteKind.Reported && q.Text.StartsWith(words, StringComparison.Ordinal)
            )
            .Speaker?.Name;

    private static bool IsBetween(string text, string after, string before)
    {
        var article = new SieveArticle(text);
        var (view, first) = article.Quote(after);
        var (_, next) = article.Quote(before);
        return new InterveningSubject(article.Mentions).IsBetween(
            view,
            first.End(view.Text),
            next.Open,
            article.Cast.Members.First(m => m.Name == "Jane Roe")
        );
    }

    [Fact]
    public void Finds_a_full_name_the_article_never_introduced_doing_something_between_two_quotes()
    {
        var between = IsBetween(
            """
            Mayor Jane Roe opened the bridge. "We waited ten years," Roe said. Peter Hale walked out. "It is too costly."
            """,
            "We waited",
            "It is too"
        );

        Assert.True(between);
    }

    [Fact]
    public void Finds_nobody_between_two_quotes_when_only_the_last_speaker_acts_between_them()
    {
        var between = IsBetween(
            """
            Mayor Jane Roe opened the bridge. "We waited ten years," Roe said. She thanked the crews. "It is a proud day."
            """,
            "We waited",
            "It is a proud"
        );

        Assert.False(between);
    }

    [Fact]
    public void A_quote_only_paragraph_is_not_the_last_speakers_when_another_person_acted_after_that_quote()
    {
        var speaker = SpeakerOf(
            """
            Mayor Jane Roe opened the bridge on Monday. "We waited ten years for this," Roe said. Peter Hale, who sits on the council, voted against the plan.

            "We cannot pay for another one."
            """,
            "We cannot pay"
        );

        Assert.NotEqual("Jane Roe", speaker);
    }

    [Fact]
    public void A_quote_only_paragraph_after_another_persons_reported_speech_is_that_reporters()
    {
        var speaker = SpeakerOf(
            """
            Mayor Jane Roe opened the bridge on Monday. "We waited ten years for this," Roe said. Council member Tom Ash said that the cost had doubled.

            "We cannot pay for another one."
            """,
            "We cannot pay"
        );

        Assert.Equal("Tom Ash", speaker);
    }

    [Fact]
    public void A_quote_only_paragraph_continues_the_last_speaker_who_acted_again_after_the_quote()
    {
        var speaker = SpeakerOf(
            """
            Mayor Jane Roe opened the bridge on Monday. "We waited ten years for this," Roe said. She thanked the workers.

            "It is a proud day for the town."
            """,
            "It is a proud"
        );

        Assert.Equal("Jane Roe", speaker);
    }

    [Fact]
    public void A_later_quote_of_the_paragraph_belongs_to_an_unnamed_source_that_reportedly_said_it()
    {
        var speaker = SpeakerOf(
            """
            Mayor Jane Roe opened the bridge on Monday. "We waited ten years for this," Roe said. A resident reportedly said "It is far too expensive for us."
            """,
            "It is far"
        );

        Assert.Equal("a resident", speaker);
    }
}
