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
        var finder = new ReportedSpeechFinder(sieve);
        var reported = views
            .Where(v => v.Paragraph.Kind is ParagraphKind.Body or ParagraphKind.ListItem)
            .SelectMany(v => finder.Find(v).Select(statement => (View: v, Statement: statement)))
            .ToList();
        var quoted = FindQuotations(views, sieve);
        Attribute(quoted, views, sieve, reported.ToLookup(r => r.View.Index, r => r.Statement));

        var file = text.Article.File;
        var found = new List<(int Paragraph, int Offset, AttributedQuote Quote)>();
        var spoken = new List<SpokenSpan>();
        foreach (var q in quoted)
        {
            foreach (var (piece, quote) in q.ToQuotes(file))
            {
                found.Add((piece.View.Index, piece.Spans[0].Open, new(quote, q.Speaker)));
            }
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
        foreach (var (view, at, speaker) in TranscriptAnswers(views, sieve))
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

    private static Person PersonOf(CastMember member) => new(member.Name, member.Role);

    /// <summary>
    /// The answers of a transcript or interview: each paragraph opened by a speaker's label ("((Jane Roe)) …",
    /// "ROE: …"), and the unlabelled paragraphs after it, which go on with the same answer until the next
    /// label, a question (an unlabelled paragraph ending in "?" where questions carry no label) or a paragraph
    /// that is not running text.
    /// </summary>
    private static IEnumerable<(ParagraphView View, int At, Attribution Speaker)> TranscriptAnswers(
        List<ParagraphView> views,
        AttributionSieve sieve
    )
    {
        Attribution? answering = null;
        // Where the interviewer's questions carry a label of their own ("((WN))", "Q:"), an unlabelled paragraph
        // ending in "?" is the answer going on ("… what kind of government would you want?"), not a question.
        var labelsQuestions = views.Any(v =>
            v.Label is { } label && (label.IsQuestion || sieve.FromLabel(v) is null)
        );
        foreach (var view in views)
        {
            if (view.Label is { } label)
            {
                answering = label.IsQuestion ? null : sieve.FromLabel(view);
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
                answering with
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
    private static readonly System.Buffers.SearchValues<char> NotWords =
        System.Buffers.SearchValues.Create(" \t\r\n\"“”‘’'.,:;—–-");

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
            if (
                start > previous.Close
                && start < next.Open
                && view.Text.AsSpan(start, next.Open - start).ContainsAnyExcept(NotWords)
            )
            {
                return false;
            }
        }
        // An interrupting attribution is short: `"…," she said, "…"`, never a new sentence's long subject.
        var speaker = sieve.AfterClose(view, previous.Close + 1, longSubject: false);
        if (speaker is null)
        {
            return false;
        }
        // `"Yes," Anna said. "No," Ben replied.` is a reply, not one quote interrupted.
        var nextSpeaker = next.IsClosed
            ? sieve.AfterClose(view, next.Close + 1, longSubject: false)
            : null;
        return nextSpeaker is null || nextSpeaker.Member == speaker.Member;
    }

    private static void Attribute(
        List<Quotation> quotations,
        List<ParagraphView> views,
        AttributionSieve sieve,
        ILookup<int, ReportedStatement> reported
    )
    {
        Quotation? previous = null;
        foreach (var quotation in quotations)
        {
            quotation.Speaker = FindExplicit(quotation, views, sieve);
            if (
                quotation.Speaker is null
                && previous?.Speaker is not null
                && Continues(previous, quotation)
            )
            {
                quotation.Speaker = previous.Speaker with
                {
                    Rule = AttributionRule.Continuation,
                    Pattern = AttributionPattern.Continuation,
                };
            }
            // A quote-only paragraph right after a paragraph of reported speech: "Binet said the strike
            // would go on." then "“We will not back down.”" continues the reporting speaker.
            var first = quotation.Pieces[0].View;
            if (quotation.Speaker is null && first.IsQuoteOnly && first.Index > 0)
            {
                var statement = reported[first.Index - 1].LastOrDefault();
                if (statement is not null && previous?.Pieces[^1].View.Index != first.Index - 1)
                {
                    quotation.Speaker = statement.Speaker with
                    {
                        Rule = AttributionRule.Continuation,
                        Pattern = AttributionPattern.ReportedContinuation,
                    };
                }
            }
            // Inside a transcript's labelled paragraph, words quoted are the labelled speaker's.
            if (quotation.Speaker is null && sieve.FromLabel(first) is { } labelled)
            {
                quotation.Speaker = labelled with { Pattern = AttributionPattern.TranscriptLabel };
            }
            // “…” opening a sentence right after one whose subject is a person: "Jane Roe also criticised
            // the decision. “It is a mistake.”"
            if (quotation.Speaker is null)
            {
                quotation.Speaker = sieve.FromSentenceBefore(
                    first,
                    quotation.Pieces[0].Spans[0].Open
                )
                    is { } subject
                    ? subject with
                    {
                        Pattern = AttributionPattern.SubjectBefore,
                    }
                    : null;
            }
            if (quotation.Speaker is null && quotation.IsPartial())
            {
                quotation.Speaker = sieve.SubjectOfSentence(
                    first,
                    quotation.Pieces[0].Spans[0].Open
                );
            }
            quotation.Speaker ??= OrganisationSubjectSieve.Find(
                first,
                quotation.Pieces[0].Spans[0].Open
            );
            previous = quotation;
        }
    }

    /// <summary>Rules (1) and (2) of the sieve, on every piece of the quotation in order.</summary>
    private static Attribution? FindExplicit(
        Quotation quotation,
        List<ParagraphView> views,
        AttributionSieve sieve
    )
    {
        foreach (var (view, spans) in quotation.Pieces)
        {
            foreach (var span in spans.Where(s => s.IsClosed))
            {
                var after = sieve.AfterClose(view, span.Close + 1);
                if (after is not null)
                {
                    quotation.HasTrailingAttribution = true;
                    return after with { Pattern = AttributionPattern.SpeechVerbAfter };
                }
            }
            var before = sieve.BeforeOpen(
                view,
                view.SentenceAt(spans[0].Open).Start,
                spans[0].Open
            );
            if (before is not null)
            {
                return before with { Pattern = AttributionPattern.SpeechVerbBefore };
            }
            if (view.IsQuoteOnly && view.Index + 1 < views.Count)
            {
                var line = sieve.FromAttributionLine(views[view.Index + 1]);
                if (line is not null)
                {
                    return line with { Pattern = AttributionPattern.AttributionLine };
                }
            }
        }
        return null;
    }

    /// <summary>
    /// Rule (3): a later quote of the same paragraph, or a paragraph that is nothing but a quote right after
    /// an attributed quote, continues that speaker (000_…txt line 5: the second quote after "Rutte said, emphasizing …").
    /// </summary>
    private static bool Continues(Quotation previous, Quotation next)
    {
        var last = previous.Pieces[^1].View;
        var first = next.Pieces[0].View;
        if (first == last)
        {
            // `"…," Roe said. … Ash exclaimed, "…"`: someone else named as the subject of a clause between the
            // two quotes of a paragraph may be the next quote's speaker, so the first speaker does not carry over.
            var from = previous.Pieces[^1].Spans[^1].End(last.Text);
            var to = next.Pieces[0].Spans[0].Open;
            return !last.Mentions.Any(m =>
                m.Kind is MentionKind.Name or MentionKind.Group
                && m.Start >= from
                && m.End <= to
                && m.Member != previous.Speaker?.Member
                && ArticleCast.IsSubject(last, m, last.SentenceAt(m.Start).Start)
            );
        }
        return first.Index == last.Index + 1 && first.IsQuoteOnly;
    }

    private sealed record QuotationPiece(ParagraphView View, List<QuoteSpan> Spans);

    private sealed class Quotation(List<QuotationPiece> pieces)
    {
        public List<QuotationPiece> Pieces { get; } = pieces;

        public Attribution? Speaker { get; set; }

        public bool HasTrailingAttribution { get; set; }

        /// <summary>
        /// The quote as shown, one per paragraph it runs over, each cited at the line of its own first word
        /// (a reader asking for words of the third paragraph is sent to that paragraph): each span's own
        /// words, exactly as the article has them (a quote interrupted by its attribution is shown as its
        /// parts joined by " … ", never stitched into one sentence).
        /// </summary>
        public IEnumerable<(QuotationPiece Piece, Quote Quote)> ToQuotes(string file)
        {
            var kind = IsPartial() ? QuoteKind.Partial : QuoteKind.Direct;
            var speaker = Speaker is null ? null : PersonOf(Speaker.Member);
            foreach (var piece in Pieces)
            {
                var parts = piece
                    .Spans.Select(s => s.Content(piece.View.Text).Trim())
                    .Where(part => part.Length > 0)
                    .ToList();
                if (!parts.Any(part => part.Any(char.IsLetterOrDigit)))
                {
                    continue;
                }
                var (view, spans) = piece;
                var firstWord = view.WordAtOrAfter(spans[0].ContentStart);
                var at = firstWord < view.Words.Count ? view.Words[firstWord].Start : spans[0].Open;
                yield return (
                    piece,
                    new Quote(
                        string.Join(PartSeparator, parts),
                        kind,
                        speaker,
                        PassageOf(piece),
                        new SourceRef(file, view.Paragraph.LineAt(at))
                    )
                );
            }
        }

        /// <summary>A few quoted words inside the writer's own sentence: praised the alliance’s “unprecedented cohesion” (000_…txt line 9).</summary>
        public bool IsPartial()
        {
            if (Pieces.Count > 1 || Pieces[0].Spans.Count > 1 || HasTrailingAttribution)
            {
                return false;
            }
            var (view, spans) = Pieces[0];
            var before = view.Text.AsSpan(0, spans[0].Open).TrimEnd();
            return before.Length > 0
                && (char.IsLetterOrDigit(before[^1]) || before[^1] is '’' or '\'');
        }

        private static string PassageOf(QuotationPiece piece)
        {
            var (view, spans) = piece;
            var start = view.SentenceAt(spans[0].Open).Start;
            var last = spans[^1];
            var end = last.IsClosed ? view.SentenceAt(last.Close).End : view.Text.Length;
            return view.Text[start..Math.Max(end, last.End(view.Text))].Trim();
        }
    }
}
