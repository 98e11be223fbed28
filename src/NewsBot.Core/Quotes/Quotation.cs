using NewsBot.Core.Articles;
using NewsBot.Core.Text;

namespace NewsBot.Core.Quotes;

/// <summary>One quote of an article: its spans in one or more paragraphs, and the speaker the sieve found.</summary>
internal sealed class Quotation(List<QuotationPiece> pieces)
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
        var speaker = Speaker is null ? null : QuoteExtractor.PersonOf(Speaker.Member);
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
                    string.Join(QuoteExtractor.PartSeparator, parts),
                    kind,
                    speaker,
                    PassageOf(piece),
                    new SourceRef(file, view.Paragraph.LineAt(at))
                )
                {
                    Quoting = Speaker?.Pattern == AttributionPattern.Quoting,
                }
            );
        }
    }

    /// <summary>
    /// The quotations nested inside this one, each a quote of its own cited at the line of its first word, with
    /// the speaker <paramref name="sieve"/> finds for it (the outer speaker, quoting, when the article names no
    /// other); its passage is the outer quote's.
    /// </summary>
    public IEnumerable<(int Paragraph, int Offset, AttributedQuote Quote)> NestedQuotes(
        string file,
        NestedQuoteSieve sieve
    )
    {
        foreach (var piece in Pieces)
        {
            var view = piece.View;
            foreach (var outer in piece.Spans)
            {
                foreach (var inner in QuoteMarkScanner.ScanNested(view.Text, outer))
                {
                    var words = inner.Content(view.Text).Trim();
                    if (!words.Any(char.IsLetterOrDigit))
                    {
                        continue;
                    }
                    var speaker = sieve.Find(view, outer, inner, Speaker);
                    var firstWord = view.WordAtOrAfter(inner.ContentStart);
                    var at =
                        firstWord < view.Words.Count ? view.Words[firstWord].Start : inner.Open;
                    var quote = new Quote(
                        words,
                        QuoteKind.Direct,
                        speaker is null ? null : QuoteExtractor.PersonOf(speaker.Member),
                        PassageOf(piece),
                        new SourceRef(file, view.Paragraph.LineAt(at))
                    )
                    {
                        Quoting = speaker?.Pattern == AttributionPattern.Quoting,
                    };
                    yield return (view.Index, inner.Open, new AttributedQuote(quote, speaker));
                }
            }
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
        return before.Length > 0 && (char.IsLetterOrDigit(before[^1]) || before[^1] is '’' or '\'');
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
