using NewsBot.Core.Articles;

namespace NewsBot.Core.Text;

internal enum MentionKind
{
    Name,
    Pronoun,
    Description,

    /// <summary>An organisation or a group where the text has it speak: "the defence ministry said", "police reported".</summary>
    Group,
}

/// <summary>A reference to a speaker outside quotation marks: a name, "he"/"she", a description ("the fire chief") or a group.</summary>
internal sealed record Mention(
    int Paragraph,
    int FirstWord,
    int EndWord,
    int Start,
    int End,
    MentionKind Kind,
    string Text,
    CastMember? Member
);

/// <summary>
/// One paragraph as NewsBot reads it, built once per article (<see cref="ArticleText"/>) and shared by passages, quotes
/// and figures: its sentences, words, top-level quotations, quote-aware sentences and the mentions of people
/// outside the quotation marks.
/// </summary>
internal sealed class ParagraphView
{
    /// <param name="paragraph">The paragraph.</param>
    /// <param name="continuesQuote">Whether the paragraph before ended inside a quotation (see <see cref="QuoteMarkScanner.Scan"/>).</param>
    public ParagraphView(Paragraph paragraph, bool continuesQuote = false)
    {
        Paragraph = paragraph;
        Text = paragraph.Text;
        Quotes =
            paragraph.Kind == ParagraphKind.Attribution
                ? []
                : QuoteMarkScanner.Scan(Text, continuesQuote);
        Words = WordScanner.Scan(Text);
        SentenceSpans = SentenceSplitter.Bounds(Text);
        Sentences = SentenceBounds.Spans(Text, SentenceSpans, Quotes);
        _quoted = MarkQuoted(Words, Quotes, Text);
    }

    /// <summary>Which words start inside a quotation: one walk over the words and the (ordered, disjoint) quotations together.</summary>
    private static bool[] MarkQuoted(List<Word> words, List<QuoteSpan> quotes, string text)
    {
        var quoted = new bool[words.Count];
        var q = 0;
        for (var k = 0; k < words.Count && q < quotes.Count; k++)
        {
            var start = words[k].Start;
            while (q < quotes.Count && quotes[q].End(text) <= start)
            {
                q++;
            }
            quoted[k] = q < quotes.Count && quotes[q].Contains(start, text);
        }
        return quoted;
    }

    private readonly bool[] _quoted;

    public Paragraph Paragraph { get; }

    public int Index => Paragraph.Index;

    public string Text { get; }

    public List<QuoteSpan> Quotes { get; }

    public List<Word> Words { get; }

    /// <summary>The sentences as attribution reads them: a quotation of several sentences stays in one (<see cref="SentenceBounds"/>).</summary>
    public List<(int Start, int End)> Sentences { get; }

    /// <summary>The sentences as <see cref="SentenceSplitter"/> splits them, each ending where the writer ended it.</summary>
    public List<(int Start, int End)> SentenceSpans { get; }

    /// <summary><see cref="SentenceSpans"/> with their text and file line, made when first asked for (passages and figures).</summary>
    public IReadOnlyList<Sentence> SplitSentences =>
        _split ??= SentenceSpans
            .Select(s => new Sentence(Text[s.Start..s.End], s.Start, Paragraph.LineAt(s.Start)))
            .ToArray();

    private Sentence[]? _split;

    /// <summary>The speaker's label that opens a paragraph of a transcript or interview, if any.</summary>
    public TranscriptLabel? Label
    {
        get
        {
            // Read once, "no label" included: most paragraphs have none, and it is asked of each several times.
            if (!_isLabelRead)
            {
                _label =
                    Paragraph.Kind == ParagraphKind.Body
                    // "((Jane Roe))  Democracy 2.0:" reads like a heading but is a labelled answer's first line.
                    || (
                        Paragraph.Kind == ParagraphKind.Heading
                        && Text.StartsWith("((", StringComparison.Ordinal)
                    )
                        ? TranscriptLabel.Find(Text)
                        : null;
                _isLabelRead = true;
            }
            return _label;
        }
    }

    private TranscriptLabel? _label;
    private bool _isLabelRead;

    public List<Mention> Mentions { get; } = [];

    /// <summary>The capitalised runs outside quotation marks, found once for both passes of <see cref="ArticleCast"/>.</summary>
    public List<NameSequence> NameSequences =>
        _names ??= PersonNameRecognizer.Find(Text, Words, IsQuoted, FamilyNames);

    /// <summary>Words of the non-person list that this article shows to be family names (<see cref="FamilyNameWords"/>); set before the names are read.</summary>
    public IReadOnlySet<string> FamilyNames { get; set; } = EmptyFamilyNames;

    private static readonly HashSet<string> EmptyFamilyNames = [];

    private List<NameSequence>? _names;

    public bool IsQuoted(int word) => _quoted[word];

    /// <summary>Whether the text [from, to) holds more than spaces, quotation marks and punctuation between clauses.</summary>
    public bool HasWordsBetween(int from, int to) =>
        to > from && Text.AsSpan(from, to - from).ContainsAnyExcept(NotWords);

    private static readonly System.Buffers.SearchValues<char> NotWords =
        System.Buffers.SearchValues.Create(" \t\r\n\"“”‘’'.,:;—–-");

    /// <summary>Whether the paragraph ends inside a quotation that it opened with several words.</summary>
    public bool EndsInsideQuote =>
        Quotes.Count > 0
        && !Quotes[^1].IsClosed
        && WordScanner.CountSpaceSeparated(Text.AsSpan(Quotes[^1].ContentStart)) >= 3;

    /// <summary>True when everything outside the quotation marks is punctuation: a pull quote or a continued quote.</summary>
    public bool IsQuoteOnly =>
        Quotes.Count > 0
        && Array.IndexOf(_quoted, false) < 0
        && Text.TrimStart().Length > 0
        && Quotes[0].Open == Text.Length - Text.TrimStart().Length;

    /// <summary>The attribution line of a pull quote: "— Mark Rutte, NATO Secretary General" (002_…txt lines 59, 61, 63).</summary>
    public bool IsAttributionLine =>
        Paragraph.Kind == ParagraphKind.Attribution
        || (Text.Length > 2 && Text[0] is '—' or '–' && Quotes.Count == 0);

    public (int Start, int End) SentenceAt(int offset)
    {
        foreach (var s in Sentences)
        {
            if (offset >= s.Start && offset < Math.Max(s.End, s.Start + 1))
            {
                return s;
            }
        }
        return Sentences.Count > 0 ? Sentences[^1] : (0, Text.Length);
    }

    /// <summary>The index of the first word starting at or after <paramref name="offset"/>.</summary>
    public int WordAtOrAfter(int offset)
    {
        // Words are in text order: a binary search, as attribution asks this for every sentence and quote.
        var low = 0;
        var high = Words.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (Words[middle].Start < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }

    public Mention? MentionStartingAt(int word)
    {
        foreach (var mention in Mentions)
        {
            if (mention.FirstWord == word)
            {
                return mention;
            }
        }
        return null;
    }

    public Mention? MentionEndingAt(int word)
    {
        for (var k = Mentions.Count - 1; k >= 0; k--)
        {
            if (Mentions[k].EndWord - 1 == word)
            {
                return Mentions[k];
            }
        }
        return null;
    }

    /// <summary>True when only spaces separate two words (no comma, period or quotation mark between).</summary>
    public bool AreAdjacent(int a, int b) =>
        Text.AsSpan(Words[a].End, Words[b].Start - Words[a].End).Trim().IsEmpty;
}
