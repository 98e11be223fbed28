using NewsBot.Core.Text;

namespace NewsBot.Core.Quotes;

/// <summary>The speaker a transcript's label names: "JANE ROE: …", "ROE: …", "JR: …", "A: …" for the interviewee.</summary>
internal sealed class TranscriptLabelSieve(ArticleCast cast)
{
    /// <summary>The labelled speaker of a transcript paragraph ("JANE ROE: …", "A: …").</summary>
    public Attribution? Find(ParagraphView view) =>
        cast.LabelSpeaker(view) is { } member
            ? new Attribution(member, AttributionRule.Explicit)
            : null;
}
