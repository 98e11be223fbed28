using NewsBot.Core.Text;

namespace NewsBot.Core.Quotes;

/// <summary>
/// Finds the speaker of every quotation of an article by running the sieves in this order, the most reliable
/// first; the first that names someone decides:
/// (1) an explicit pattern on each piece of the quotation in turn — <see cref="SpeechVerbAfterSieve"/>
/// (`"…," X said`, `said X`, `according to X`), then <see cref="SpeechVerbBeforeSieve"/> (`X said: "…"`), then
/// for a quote-only paragraph <see cref="AttributionLineSieve"/> (the line under a pull quote), then
/// <see cref="QuotedAsSayingSieve"/> (`Y quoted X as saying "…"`); a pronoun or a
/// description these find is resolved to a person of the article by <see cref="MentionResolver"/>;
/// (2) continuation: a later quote of the same paragraph or a quote-only paragraph after an attributed quote
/// keeps its speaker unless someone else acts or speaks between (<see cref="InterveningSubject"/>), and a
/// quote-only paragraph after reported speech keeps the reporting speaker;
/// and <see cref="ReportedColonSieve"/>: a quote after a colon that ends reported speech (`According to X, …: "…"`);
/// (3) <see cref="TranscriptLabelSieve"/>: words quoted in a transcript's labelled paragraph, and words an
/// interviewer's question quotes back to the interviewee (`you wrote "…"`);
/// (4) <see cref="SubjectBeforeSieve"/>: a quote opening its sentence after one whose subject is a person;
/// (5) <see cref="PassiveAgentSieve"/>: words after a passive verb, by the agent (`was called "…" by X`);
/// (6) <see cref="SubjectOfSentenceSieve"/>: a few quoted words in the writer's sentence, by its subject.
/// (7) <see cref="DocumentOwnerSieve"/>: a document's owner (`The Safety Board's report called it "…"`).
/// (8) <see cref="ClauseSubjectSieve"/>: words quoted inside a relative or subordinate clause, after a name in
/// commas opening the sentence, or in an opening participle's phrase, by that clause's subject.
/// (9) <see cref="OrganisationSubjectSieve"/>: an organisation that is the subject of the quote's sentence.
/// docs/quotes.md ("Speakers") describes the same order.
/// </summary>
internal sealed class AttributionSieve
{
    public AttributionSieve(ArticleCast cast)
    {
        Mentions = new MentionResolver(cast);
        SpeechVerbAfter = new SpeechVerbAfterSieve(Mentions);
        SpeechVerbBefore = new SpeechVerbBeforeSieve(Mentions);
        AttributionLine = new AttributionLineSieve(cast);
        TranscriptLabel = new TranscriptLabelSieve(cast);
        SubjectBefore = new SubjectBeforeSieve(Mentions);
        SubjectOfSentence = new SubjectOfSentenceSieve(Mentions);
        ClauseSubject = new ClauseSubjectSieve(Mentions);
        PassiveAgent = new PassiveAgentSieve(Mentions);
        QuotedAsSaying = new QuotedAsSayingSieve(Mentions);
        DocumentOwner = new DocumentOwnerSieve(Mentions);
        Intervening = new InterveningSubject(Mentions);
        Claims = new ClaimFinder(Mentions);
    }

    public MentionResolver Mentions { get; }

    public SpeechVerbAfterSieve SpeechVerbAfter { get; }

    public SpeechVerbBeforeSieve SpeechVerbBefore { get; }

    public AttributionLineSieve AttributionLine { get; }

    public TranscriptLabelSieve TranscriptLabel { get; }

    public SubjectBeforeSieve SubjectBefore { get; }

    public SubjectOfSentenceSieve SubjectOfSentence { get; }

    public ClauseSubjectSieve ClauseSubject { get; }

    public PassiveAgentSieve PassiveAgent { get; }

    public QuotedAsSayingSieve QuotedAsSaying { get; }

    public DocumentOwnerSieve DocumentOwner { get; }

    /// <summary>Someone else acting or speaking between two quotes, where continuation stops.</summary>
    public InterveningSubject Intervening { get; }

    /// <summary>Who a sentence says puts something forward, for the figures' claimants.</summary>
    public ClaimFinder Claims { get; }

    /// <summary>Gives each quotation of the article its speaker, the sieves run in the order above.</summary>
    public void Attribute(
        List<Quotation> quotations,
        List<ParagraphView> views,
        ILookup<int, ReportedStatement> reported
    )
    {
        Quotation? previous = null;
        foreach (var quotation in quotations)
        {
            var open = quotation.Pieces[0].Spans[0].Open;
            quotation.Speaker =
                FindExplicit(quotation, views)
                ?? QuotedAsSaying.Find(quotation.Pieces[0].View, open);
            if (
                quotation.Speaker is null
                && previous?.Speaker is { Pattern: not AttributionPattern.PassiveAgent }
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
                // `"…," Roe said. Ash said that the cost had doubled.` then `"…"`: the reporter after the last
                // quote speaks on, not the last quote's speaker.
                var isAfterPrevious =
                    previous?.Pieces[^1] is not { } last
                    || last.View.Index != first.Index - 1
                    || statement?.ClauseStart >= last.Spans[^1].End(last.View.Text);
                if (statement is not null && isAfterPrevious)
                {
                    quotation.Speaker = statement.Speaker with
                    {
                        Rule = AttributionRule.Continuation,
                        Pattern = AttributionPattern.ReportedContinuation,
                    };
                }
            }
            quotation.Speaker ??= ReportedColonSieve.Find(first, open, reported[first.Index]);
            // Inside a transcript's labelled paragraph, words quoted are the labelled speaker's.
            if (quotation.Speaker is null && TranscriptLabel.Find(first) is { } labelled)
            {
                quotation.Speaker = labelled with { Pattern = AttributionPattern.TranscriptLabel };
            }
            quotation.Speaker ??= TranscriptLabel.FindQuotedByInterviewer(first, open);
            // “…” opening a sentence right after one whose subject is a person: "Jane Roe also criticised
            // the decision. “It is a mistake.”"
            if (quotation.Speaker is null)
            {
                quotation.Speaker = SubjectBefore.Find(first, open) is { } subject
                    ? subject with
                    {
                        Pattern = AttributionPattern.SubjectBefore,
                    }
                    : null;
            }
            if (quotation.Speaker is null && quotation.Pieces[0].Spans[0].IsClosed)
            {
                quotation.Speaker = PassiveAgent.Find(
                    first,
                    open,
                    quotation.Pieces[0].Spans[0].Close
                );
            }
            if (quotation.Speaker is null && quotation.IsPartial())
            {
                quotation.Speaker = SubjectOfSentence.Find(first, open);
            }
            quotation.Speaker ??= DocumentOwner.Find(first, open);
            quotation.Speaker ??= ClauseSubject.Find(first, open);
            quotation.Speaker ??= OrganisationSubjectSieve.Find(first, open);
            previous = quotation;
        }
    }

    /// <summary>Step (1) of the order above, on every piece of the quotation in turn.</summary>
    private Attribution? FindExplicit(Quotation quotation, List<ParagraphView> views)
    {
        foreach (var (view, spans) in quotation.Pieces)
        {
            foreach (var span in spans.Where(s => s.IsClosed))
            {
                var after = SpeechVerbAfter.Find(view, span.Close + 1);
                if (after is not null)
                {
                    quotation.HasTrailingAttribution = true;
                    return after with { Pattern = AttributionPattern.SpeechVerbAfter };
                }
            }
            var before = SpeechVerbBefore.Find(
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
                var line = AttributionLine.Find(views[view.Index + 1]);
                if (line is not null)
                {
                    return line with { Pattern = AttributionPattern.AttributionLine };
                }
            }
        }
        return null;
    }

    /// <summary>
    /// Step (2) of the order above: a later quote of the same paragraph, or a paragraph that is nothing but a quote right after
    /// an attributed quote, continues that speaker (000_…txt line 5: the second quote after "Rutte said, emphasizing …").
    /// </summary>
    private bool Continues(Quotation previous, Quotation next)
    {
        var last = previous.Pieces[^1].View;
        var first = next.Pieces[0].View;
        if (first == last)
        {
            // `"…," Roe said. … Ash exclaimed, "…"`: someone else named as the subject of a clause between the
            // two quotes of a paragraph may be the next quote's speaker, so the first speaker does not carry over.
            var from = previous.Pieces[^1].Spans[^1].End(last.Text);
            var to = next.Pieces[0].Spans[0].Open;
            // `"…," Roe said. Critics called the response "too slow".`: a fragment (lowercase) quoted inside a later
            // sentence of the writer's belongs to that sentence, unless it opens with the speaker ("Roe also
            // called …", "She called …"); a whole sentence quoted (`The group said "We …"`) may go on.
            var (sentence, _) = last.SentenceAt(to);
            if (
                sentence >= from
                && next.IsPartial()
                && IsFragment(last, to)
                && last.HasWordsBetween(sentence, to)
                && !OpensWithSpeaker(last, sentence, previous.Speaker)
            )
            {
                return false;
            }
            return !Intervening.IsBetween(last, from, to, previous.Speaker?.Member);
        }
        // `"…," Roe said. Ash voted against the plan.` then `"…"`: the quote-only paragraph may be Ash's.
        return first.Index == last.Index + 1
            && first.IsQuoteOnly
            && !Intervening.IsBetween(
                last,
                previous.Pieces[^1].Spans[^1].End(last.Text),
                last.Text.Length,
                previous.Speaker?.Member
            );
    }

    /// <summary>Quoted words opening in lowercase: a fragment of what was said, not a sentence of it.</summary>
    private static bool IsFragment(ParagraphView view, int open)
    {
        var k = open + 1;
        while (k < view.Text.Length && !char.IsLetterOrDigit(view.Text[k]))
        {
            k++;
        }
        return k < view.Text.Length && char.IsLower(view.Text[k]);
    }

    /// <summary>Whether the sentence at <paramref name="sentence"/> opens with the speaker's name or with a pronoun.</summary>
    private static bool OpensWithSpeaker(ParagraphView view, int sentence, Attribution? speaker)
    {
        var mention = view.MentionStartingAt(view.WordAtOrAfter(sentence));
        return mention is { Kind: MentionKind.Pronoun }
            || (mention is not null && mention.Member is { } member && member == speaker?.Member);
    }
}
