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

    [Theory]
    // A full name the article never introduced, doing something, is someone else.
    [InlineData(
        "Mayor Jane Roe opened the bridge. \"We waited ten years,\" Roe said. Peter Hale walked out. \"It is too costly.\"",
        "It is too",
        true
    )]
    // The last speaker, by pronoun, acting again is no one else.
    [InlineData(
        "Mayor Jane Roe opened the bridge. \"We waited ten years,\" Roe said. She thanked the crews. \"It is a proud day.\"",
        "It is a proud",
        false
    )]
    public void Tells_whether_someone_other_than_the_last_speaker_acts_between_two_quotes(
        string text,
        string next,
        bool expected
    )
    {
        Assert.Equal(expected, IsBetween(text, "We waited", next));
    }

    [Theory]
    // Another person acted after the last quote: the quote-only paragraph is nobody's to guess.
    [InlineData(
        "Mayor Jane Roe opened the bridge on Monday. \"We waited ten years for this,\" Roe said. Peter Hale, who sits on the council, voted against the plan.\n\n\"We cannot pay for another one.\"",
        "We cannot pay",
        null
    )]
    // Another person's reported speech after the last quote: the reporter speaks on.
    [InlineData(
        "Mayor Jane Roe opened the bridge on Monday. \"We waited ten years for this,\" Roe said. Council member Tom Ash said that the cost had doubled.\n\n\"We cannot pay for another one.\"",
        "We cannot pay",
        "Tom Ash"
    )]
    // The last speaker acted again after the quote: continuation holds.
    [InlineData(
        "Mayor Jane Roe opened the bridge on Monday. \"We waited ten years for this,\" Roe said. She thanked the workers.\n\n\"It is a proud day for the town.\"",
        "It is a proud",
        "Jane Roe"
    )]
    // An unnamed source with an adverb before its verb speaks the later quote of the paragraph.
    [InlineData(
        "Mayor Jane Roe opened the bridge on Monday. \"We waited ten years for this,\" Roe said. A resident reportedly said \"It is far too expensive for us.\"",
        "It is far",
        "a resident"
    )]
    public void A_later_quote_keeps_the_last_speaker_only_when_no_one_else_acts_or_speaks_between(
        string text,
        string words,
        string? speaker
    )
    {
        Assert.Equal(speaker, SpeakerOf(text, words));
    }
}
