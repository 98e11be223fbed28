using NewsBot.Core.Articles;
using NewsBot.Core.Text;

namespace NewsBot.Core.Quotes;

/// <summary>
/// Finds every quote of an article — direct, partial and reported — with its speaker, passage and source line.
/// </summary>
public sealed class QuoteExtractor
{
    /// <summary>Quotes interrupted by an attribution longer than this are two quotes (000_…txt line 5).</summary>
    private const int MaxInterruptionWords = 14;

    /// <summary>Between the parts of a quote shown apart: its words on either side of an attribution or a paragraph break.</summary>
    public const string PartSeparator = " … ";

    public IReadOnlyList<Quote> Extract(Article article) => Read(new ArticleText(article)).Quotes;

    /// <summary>The quotes of an article and who says what where, for the quotes and the figures' claimants alike.</summary>
    internal ArticleAttribution Read(ArticleText text)
    {
        var views = text.Views;
        var sieve = new AttributionSieve(text.Cast);
        var finder = new ReportedSpeechFinder(sieve.Mentions);
        var reported = views
            .Where(v => v.Paragraph.Kind is ParagraphKind.Body or ParagraphKind.ListItem)
            .SelectMany(v => finder.Find(v).Select(statement => (View: v, Statement: statement)))
            .ToList();
        var quoted = FindQuotations(views, sieve);
        sieve.Attribute(quoted, views, reported.ToLookup(r => r.View.Index, r => r.Statement));
        // Quotations nested inside another are read once the outer ones have their speakers.
        var nested = new NestedQuoteSieve(text.Cast, views, sieve.Mentions);
        var answers = TranscriptAnswers(views, sieve).ToList();
        AttributeInsideAnswers(quoted, answers, nested);

        var file = text.Article.File;
        var found = new List<(int Paragraph, int Offset, AttributedQuote Quote)>();
        var spoken = new List<SpokenSpan>();
        foreach (var q in quoted)
        {
            foreach (var (piece, quote) in q.ToQuotes(file))
            {
                found.Add((piece.View.Index, piece.Spans[0].Open, new(quote, q.Speaker)));
            }
            found.AddRange(q.NestedQuotes(file, nested));
            if (q.Speaker is not null)
            {
                spoken.AddRange(
                    q.Pieces.SelectMany(p =>
                        p.Spans.Select(s => new SpokenSpan(
                            p.View.Index,
                            s.Open,
                            s.End(p.View.Text),
                            q.Speaker.Member
                        ))
                    )
                );
            }
        }
        foreach (var (view, statement) in reported)
        {
            var quote = new Quote(
                view.Text[statement.ClauseStart..statement.ClauseEnd],
                QuoteKind.Reported,
                PersonOf(statement.Speaker.Member),
                view.Text[statement.SentenceStart..statement.SentenceEnd],
                text.Article.SourceAt(view.Paragraph, statement.ClauseStart)
            );
            found.Add(
                (
                    view.Index,
                    statement.ClauseStart,
                    new(
                        quote,
                        statement.Speaker with
                        {
                            Pattern = AttributionPattern.ReportedSpeech,
                        }
                    )
                )
            );
            spoken.Add(
                new SpokenSpan(
                    view.Index,
                    statement.SentenceStart,
                    statement.SentenceEnd,
                    statement.Speaker.Member
                )
            );
        }
        foreach (var (view, at, speaker) in answers)
        {
            var said = view.Text[at..].TrimEnd();
            found.Add(
                (
                    view.Index,
                    at,
                    new AttributedQuote(
                        new Quote(
                            said,
                            QuoteKind.Direct,
                            PersonOf(speaker.Member),
                            said,
                            text.Article.SourceAt(view.Paragraph, at)
                        ),
                        speaker
                    )
                )
            );
            spoken.Add(new SpokenSpan(view.Index, at, view.Text.Length, speaker.Member));
        }
        var quotes = found
            .OrderBy(f => f.Paragraph)
            .ThenBy(f => f.Offset)
            .Select(f => f.Quote)
            .ToList();
        return new ArticleAttribution(quotes, spoken, sieve);
    }

    internal static Person PersonOf(CastMember member) => new(member.Name, member.Role);

    /// <summary>
    /// An interview answer is a quotation without marks: a quotation inside it that no sieve gave a speaker is
    /// nested in the answer, and read as one (`I say, "…"` is the interviewee's; words the answer does not
    /// give to anyone are the interviewee's, quoting).
    /// </summary>
    private static void AttributeInsideAnswers(
        List<Quotation> quotations,
        List<(ParagraphView View, int At, Attribution Speaker)> answers,
        NestedQuoteSieve nested
    )
    {
        var byParagraph = answers.ToDictionary(a => a.View.Index);
        foreach (var quotation in quotations.Where(q => q.Speaker is null))
        {
            var (view, spans) = quotation.Pieces[0];
            if (byParagraph.TryGetValue(view.Index, out var answer) && spans[0].Open >= answer.At)
            {
                quotation.Speaker = nested.Find(
                    view,
                    new QuoteSpan(answer.At, -1, IsOpened: false),
                    spans[0],
                    answer.Speaker
                );
            }
        }
    }

    /// <summary>
    /// The answers of a transcript or interview: each paragraph opened by a speaker's label ("((Jane Roe)) …",
    /// "ROE: …"), and the unlabelled paragraphs after it, which go on with the same answer until the next
    /// label, a question (an unlabelled paragraph ending in "?" where questions carry no label) or a paragraph
    /// that is not running text; where only the questions carry labels, the paragraphs after each question,
    /// given to the interviewee.
    /// </summary>
    private static IEnumerable<(ParagraphView View, int At, Attribution Speaker)> TranscriptAnswers(
        List<ParagraphView> views,
        AttributionSieve sieve
    )
    {
        Attribution? answering = null;
        // Where the interviewer's questions carry a label of their own ("((WN))", "Q:"), an unlabelled paragraph
        // ending in "?" is the answer going on ("… what kind of government would you want?"), not a question.
        var labelled = views
            .Where(v => v.Label is not null)
            .Select(v => (v.Label!.IsQuestion, Speaker: sieve.TranscriptLabel.Find(v)))
            .ToList();
        var questions = labelled.Count(l => l.IsQuestion || l.Speaker is null);
        var labelsQuestions = questions > 0;
        // "((WN)) Why are you running?" then "Because the city needs change.": where only the interviewer's
        // questions carry labels (two or more) and no answer does, the paragraphs after a question are the
        // interviewee's answer.
        var unlabelledAnswers =
            questions >= 2 && !labelled.Any(l => !l.IsQuestion && l.Speaker is not null);
        var interviewee = unlabelledAnswers ? sieve.TranscriptLabel.Interviewee() : null;
        foreach (var view in views)
        {
            if (view.Label is { } label)
            {
                answering = label.IsQuestion ? null : sieve.TranscriptLabel.Find(view);
                if (answering is null && interviewee is not null)
                {
                    answering = interviewee with { Pattern = AttributionPattern.InterviewAnswer };
                    continue;
                }
                if (answering is not null)
                {
                    yield return (
                        view,
                        label.TextStart,
                        answering with
                        {
                            Pattern = AttributionPattern.TranscriptLabel,
                        }
                    );
                }
                continue;
            }
            if (answering is null)
            {
                continue;
            }
            if (
                view.Paragraph.Kind != ParagraphKind.Body
                || (!labelsQuestions && view.Text.TrimEnd().EndsWith('?'))
            )
            {
                answering = null;
                continue;
            }
            var at = view.Text.Length - view.Text.TrimStart().Length;
            yield return (
                view,
                at,
                answering.Pattern == AttributionPattern.InterviewAnswer
                    ? answering
                    : answering with
                    {
                        Rule = AttributionRule.Continuation,
                        Pattern = AttributionPattern.TranscriptContinuation,
                    }
            );
        }
    }

    /// <summary>
    /// Groups the quotation marks of the article into quotes: spans interrupted by an attribution
    /// (`"First," she said, "second."`) are one quote, and a quote left open at the end of a paragraph
    /// continues in the next paragraph when it opens with a quotation mark (001_…txt lines 24–28).
    /// </summary>
    private static List<Quotation> FindQuotations(List<ParagraphView> views, AttributionSieve sieve)
    {
        var quotations = new List<Quotation>();
        Quotation? runningOver = null;
        foreach (var view in views)
        {
            var groups = GroupSpans(view, sieve);
            for (var g = 0; g < groups.Count; g++)
            {
                var spans = groups[g];
                Quotation quotation;
                if (
                    g == 0
                    && runningOver is not null
                    && view.Text.AsSpan(0, spans[0].Open).Trim().IsEmpty
                )
                {
                    quotation = runningOver;
                    quotation.Pieces.Add(new QuotationPiece(view, spans));
                }
                else
                {
                    quotation = new Quotation([new QuotationPiece(view, spans)]);
                    quotations.Add(quotation);
                }
                runningOver = g == groups.Count - 1 && !spans[^1].IsClosed ? quotation : null;
            }
            if (groups.Count == 0)
            {
                runningOver = null;
            }
        }
        return quotations;
    }

    private static List<List<QuoteSpan>> GroupSpans(ParagraphView view, AttributionSieve sieve)
    {
        var groups = new List<List<QuoteSpan>>();
        foreach (var span in view.Quotes)
        {
            var content = view.Text.AsSpan(
                span.ContentStart,
                span.ContentEnd(view.Text) - span.ContentStart
            );
            if (content.Trim().IsEmpty)
            {
                continue;
            }
            if (groups.Count > 0 && IsInterruption(view, groups[^1][^1], span, sieve))
            {
                groups[^1].Add(span);
            }
            else
            {
                groups.Add([span]);
            }
        }
        return groups;
    }

    /// <summary>Only an attribution stands between two quotation spans: `"…," Stoltenberg said. "…"` (004_…txt line 11).</summary>
    private static bool IsInterruption(
        ParagraphView view,
        QuoteSpan previous,
        QuoteSpan next,
        AttributionSieve sieve
    )
    {
        if (!previous.IsClosed)
        {
            return false;
        }
        var between = view.Text.AsSpan((previous.Close + 1)..next.Open);
        var words = WordScanner.CountSpaceSeparated(between);
        var isClauseEnd = between.TrimEnd() is [.., '.' or ',' or ':'];
        // `"…". Ann Roe said, "…"`: the first quote's sentence has ended, so what follows is another quote.
        if (between.TrimStart() is ['.' or '!' or '?', ..])
        {
            return false;
        }
        if (words > MaxInterruptionWords || !isClauseEnd)
        {
            return false;
        }
        // `"…," Ash said. The challenger Lee exclaimed, "…"`: a new sentence with words of its own before
        // the next quote is that quote's introduction, not an interruption of the first.
        foreach (var (start, _) in view.Sentences)
        {
            if (start > previous.Close && view.HasWordsBetween(start, next.Open))
            {
                return false;
            }
        }
        // An interrupting attribution is short: `"…," she said, "…"`, never a new sentence's long subject.
        var speaker = sieve.SpeechVerbAfter.Find(view, previous.Close + 1, longSubject: false);
        if (speaker is null)
        {
            return false;
        }
        // `"Yes," Anna said. "No," Ben replied.` is a reply, not one quote interrupted.
        var nextSpeaker = next.IsClosed
            ? sieve.SpeechVerbAfter.Find(view, next.Close + 1, longSubject: false)
            : null;
        return nextSpeaker is null || nextSpeaker.Member == speaker.Member;
    }
}
