namespace NewsBot.Core.Tests.Text;

public sealed class TranscriptSpeakersTests
{
    [Fact]
    public void Gives_a_label_of_initials_to_the_person_whose_initials_they_are()
    {
        var (cast, views) = CastArticle.Read(
            """
            Jane Roe, the mayor of Eastport, spoke to us about the flood.

            JR: We will rebuild every bridge.
            """
        );

        Assert.Equal("Jane Roe", cast.LabelSpeaker(views[1])?.Name);
    }

    [Fact]
    public void Gives_a_question_label_to_nobody()
    {
        var (cast, views) = CastArticle.Read(
            """
            Jane Roe, the mayor of Eastport, spoke to us about the flood.

            Q: What comes next?
            """
        );

        Assert.Null(cast.LabelSpeaker(views[1]));
    }
}
