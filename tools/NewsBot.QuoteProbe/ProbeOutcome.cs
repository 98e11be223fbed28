using System.Text;
using NewsBot.Core.Answers;

namespace NewsBot.QuoteProbe;

/// <summary>How /who-said answered one fragment.</summary>
internal enum ProbeAnswer
{
    /// <summary>A result naming a speaker whose name is written in the fragment's article.</summary>
    NamedInArticle,

    /// <summary>A result naming a speaker whose name the fragment's article does not have.</summary>
    NamedElsewhere,

    /// <summary>A result with the words and sources, and "speaker not named in the article".</summary>
    SpeakerNotNamed,

    /// <summary>No result: "not in the coverage".</summary>
    Declined,
}

/// <summary>One fragment's answer: its kind, whether its first source is the fragment's article, whether the words shown are verbatim at the line cited.</summary>
internal sealed record ProbeOutcome(ProbeAnswer Answer, bool SameArticle, bool VerbatimAtLine)
{
    public static ProbeOutcome Of(
        QuoteFragment fragment,
        QuoteAnswer answer,
        Func<string, SourceText> textOf
    )
    {
        var top = answer.Results.FirstOrDefault();
        if (top is null)
        {
            return new ProbeOutcome(ProbeAnswer.Declined, false, false);
        }
        var source = top.Sources[0];
        var verbatim = textOf(source.File).IsVerbatimAt(top.Quote, source.Line);
        var same = top.Sources.Any(s => s.File == fragment.File);
        var kind =
            top.Speaker is null ? ProbeAnswer.SpeakerNotNamed
            : textOf(fragment.File).Mentions(top.Speaker.Name) ? ProbeAnswer.NamedInArticle
            : ProbeAnswer.NamedElsewhere;
        return new ProbeOutcome(kind, same, verbatim);
    }

    public string Describe(QuoteFragment fragment, QuoteAnswer answer)
    {
        var top = answer.Results.FirstOrDefault();
        var shown = top is null
            ? $"declined; closest: {answer.Closest?.Speaker?.Name} «{answer.Closest?.Quote}»"
            : $"{top.Speaker?.Name ?? "(speaker not named)"} {top.Confidence:0.00} {top.Sources[0].File}:{top.Sources[0].Line}{(VerbatimAtLine ? "" : " NOT VERBATIM")} «{top.Quote}»";
        return $"{Answer, -16} {fragment.File}:{fragment.Line} «{fragment.Words}» → {shown}";
    }
}

/// <summary>The counts of a probe run, as a Markdown table.</summary>
internal sealed class ProbeTally
{
    private readonly List<ProbeOutcome> _outcomes = [];

    public void Add(ProbeOutcome outcome) => _outcomes.Add(outcome);

    public string ToMarkdown()
    {
        var total = Math.Max(1, _outcomes.Count);
        var answered = _outcomes.Where(o => o.Answer != ProbeAnswer.Declined).ToList();
        string Row(string what, int n) => $"| {what} | {n} | {100.0 * n / total:0.0}% |";
        var text = new StringBuilder()
            .AppendLine("| answer | fragments | share |")
            .AppendLine("|---|---:|---:|")
            .AppendLine(
                Row("speaker named, a name of the same article", Count(ProbeAnswer.NamedInArticle))
            )
            .AppendLine(
                Row(
                    "speaker named, a name the article does not have",
                    Count(ProbeAnswer.NamedElsewhere)
                )
            )
            .AppendLine(Row("speaker not named in the article", Count(ProbeAnswer.SpeakerNotNamed)))
            .AppendLine(Row("declined", Count(ProbeAnswer.Declined)))
            .AppendLine(
                Row("answered from the fragment's own article", answered.Count(o => o.SameArticle))
            )
            .AppendLine(
                Row("answered verbatim at the line cited", answered.Count(o => o.VerbatimAtLine))
            );
        return text.ToString();
    }

    private int Count(ProbeAnswer answer) => _outcomes.Count(o => o.Answer == answer);
}
