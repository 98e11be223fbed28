using System.Buffers;

namespace NewsBot.Core.Text;

/// <summary>
/// Where a sentence has someone speak: the subject of a clause, a speech or claim verb next to a name, an
/// aside between a name and its verb, a verb that puts out a statement.
/// </summary>
internal static class SpeechContext
{
    private static readonly SearchValues<char> ClauseMarks = SearchValues.Create(",—–”\";:");

    /// <summary>A mention opening its sentence or clause and followed by a verb-like lowercase word.</summary>
    internal static bool IsSubject(ParagraphView view, Mention mention, int sentenceStart)
    {
        var previousEnd = mention.FirstWord > 0 ? view.Words[mention.FirstWord - 1].End : 0;
        var gap = view.Text[Math.Max(previousEnd, sentenceStart)..mention.Start];
        var opensClause = previousEnd <= sentenceStart || gap.AsSpan().IndexOfAny(ClauseMarks) >= 0;
        if (!opensClause || view.Words[mention.EndWord - 1].IsPossessive)
        {
            return false;
        }
        var k = mention.EndWord;
        while (k < view.Words.Count && IsAuxiliary(view.Words[k]))
        {
            k++;
        }
        if (k >= view.Words.Count)
        {
            return false;
        }
        if (!view.AreAdjacent(mention.EndWord - 1, mention.EndWord))
        {
            // "Jane Roe, 39, who …, met …": a name opening its sentence before an appositive is its subject.
            var after = view.Text.AsSpan(view.Words[mention.EndWord - 1].End).TrimStart();
            return mention.Kind == MentionKind.Name
                && after.StartsWith(",")
                && previousEnd <= sentenceStart;
        }
        var next = view.Words[k].Text;
        // "Scripps Institution director Jane Roe said": a name before a role noun modifies the role, and the
        // person named after the role is the subject.
        return char.IsLower(next[0])
            && !Lexicon.IsStopWord(next)
            && !Lexicon.IsPersonNoun(view.Words[k].Lower)
            && next is not ("who" or "whose" or "whom");
    }

    internal static bool IsInSpeechContext(ParagraphView view, NameSequence seq) =>
        IsInSpeechContext(view, seq.FirstWord, seq.EndWord, claims: false);

    /// <summary>
    /// Words [first, end) right before a speech verb ("Rutte said", "the ministry also reported"), right
    /// after one ("said Rutte", "said the ministry") or after "according to"; claim verbs count when
    /// <paramref name="claims"/> is set.
    /// </summary>
    internal static bool IsInSpeechContext(
        ParagraphView view,
        int first,
        int end,
        bool claims = true
    )
    {
        bool IsVerb(int k) =>
            claims
                ? IsAttributingVerb(view, k) || PutsOutStatement(view, k)
                : Lexicon.SpeechVerbs.Contains(view.Words[k].Text);
        var k = end;
        var afterBrackets = AfterBrackets(view, end);
        if (afterBrackets > end)
        {
            k = afterBrackets;
        }
        while (k < view.Words.Count && IsAuxiliary(view.Words[k]))
        {
            k++;
        }
        if (
            k < view.Words.Count
            && char.IsLower(view.Words[k].Text[0])
            && IsVerb(k)
            && (IsRun(view, end - 1, k) || afterBrackets > end)
        )
        {
            return true;
        }
        var before = first - 1;
        if (before >= 0 && view.Words[before].Text is "the" or "The")
        {
            before--;
        }
        if (
            before >= 0
            && char.IsLower(view.Words[before].Text[0])
            && (IsVerb(before) || IsStatementAfterQuote(view, before, end))
            && view.AreAdjacent(before, first - 1 > before ? before + 1 : first)
        )
        {
            return true;
        }
        if (
            before >= 1
            && view.Words[before].Text == "to"
            && view.Words[before - 1].Text is "according" or "According"
        )
        {
            return true;
        }
        return IsSpeakerBeforeAside(view, end, IsVerb);
    }

    /// <summary>
    /// `"…", read the warning`, `"…," said the statement`: a speech verb right after a quotation's closing mark, its
    /// subject a statement put after it (the statement then speaks for its author).
    /// </summary>
    private static bool IsStatementAfterQuote(ParagraphView view, int verb, int end)
    {
        if (
            !Lexicon.SpeechVerbs.Contains(view.Words[verb].Text)
            || !Lexicon.StatementNouns.Contains(view.Words[end - 1].Text)
        )
        {
            return false;
        }
        var from = verb > 0 ? view.Words[verb - 1].End : 0;
        var gap = view.Text.AsSpan(from, view.Words[verb].Start - from).Trim().TrimEnd(',');
        return gap.Length > 0 && gap[^1] is '"' or '”';
    }

    private static readonly SearchValues<char> AsideBreaks = SearchValues.Create(".;:“”\"");

    /// <summary>
    /// "Roe, who led the petition, said", "Roe of the city council said": a name, then an aside in commas
    /// or a prepositional phrase, then a speech verb.
    /// </summary>
    private static bool IsSpeakerBeforeAside(ParagraphView view, int end, Func<int, bool> isVerb)
    {
        if (end >= view.Words.Count || view.IsQuoted(end))
        {
            return false;
        }
        var gap = view
            .Text.AsSpan(view.Words[end - 1].End, view.Words[end].Start - view.Words[end - 1].End)
            .Trim(" ()");
        var isAside = gap.SequenceEqual(",");
        if (!isAside && !(gap.IsEmpty && view.Words[end].Text is "of" or "from" or "at" or "with"))
        {
            return false;
        }
        for (var k = end; k < view.Words.Count && k < end + 14; k++)
        {
            if (view.IsQuoted(k))
            {
                return false;
            }
            var after =
                k + 1 < view.Words.Count
                    ? view
                        .Text.AsSpan(view.Words[k].End, view.Words[k + 1].Start - view.Words[k].End)
                        .Trim(" ()")
                    : [];
            if (after.IndexOfAny(AsideBreaks) >= 0)
            {
                return false;
            }
            var closesAside = isAside ? after.SequenceEqual(",") : after.IsEmpty;
            if (!closesAside || k + 1 >= view.Words.Count)
            {
                if (!after.IsEmpty && !after.SequenceEqual(","))
                {
                    return false;
                }
                continue;
            }
            var verb = k + 1;
            while (verb < view.Words.Count && IsAuxiliary(view.Words[verb]))
            {
                verb++;
            }
            if (
                verb < view.Words.Count
                && char.IsLower(view.Words[verb].Text[0])
                && isVerb(verb)
                && (isAside || verb == k + 1)
            )
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"issued a statement", "made the following announcement": a verb whose object is a statement.</summary>
    private static bool PutsOutStatement(ParagraphView view, int k)
    {
        if (
            !char.IsLower(view.Words[k].Text[0])
            || !view.Words[k].Text.EndsWith("ed", StringComparison.Ordinal)
        )
        {
            return false;
        }
        for (var j = k + 1; j < view.Words.Count && j <= k + 3; j++)
        {
            if (view.IsQuoted(j) || !view.AreAdjacent(j - 1, j))
            {
                return false;
            }
            if (Lexicon.StatementNouns.Contains(view.Words[j].Text))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A verb that puts words or a figure forward: a claim verb ("reported"), or a speech verb that takes
    /// a clause ("said", "told") or stands before "that", a colon, a comma or the sentence end; "Russia
    /// continues targeting …" is no statement.
    /// </summary>
    internal static bool IsAttributingVerb(ParagraphView view, int k)
    {
        var word = view.Words[k];
        if (!char.IsLower(word.Text[0]))
        {
            return false;
        }
        if (Lexicon.ClaimVerbs.Contains(word.Text) || Lexicon.BareClauseVerbs.Contains(word.Text))
        {
            return true;
        }
        if (!Lexicon.SpeechVerbs.Contains(word.Text))
        {
            return false;
        }
        if (k + 1 >= view.Words.Count)
        {
            return true;
        }
        var gap = view.Text.AsSpan(word.End, view.Words[k + 1].Start - word.End);
        // "The statement read in part: …": a quotation of some of the text.
        return view.Words[k + 1].Text == "that"
            || (
                view.Words[k + 1].Text == "in"
                && k + 2 < view.Words.Count
                && view.Words[k + 2].Bare == "part"
            )
            || gap.IndexOfAny(ClauseMarks) >= 0
            || gap.Contains('.');
    }

    /// <summary>A form of "be" that makes the participle after it passive: "was described", "been called".</summary>
    internal static bool IsPassiveAuxiliary(string word) =>
        word is "was" or "were" or "is" or "are" or "been" or "be" or "being";

    /// <summary>"Ann Lee (Labour) said": the word after a short bracketed aside that follows word <paramref name="end"/> - 1, else <paramref name="end"/>.</summary>
    internal static int AfterBrackets(ParagraphView view, int end)
    {
        if (end <= 0 || end >= view.Words.Count)
        {
            return end;
        }
        var from = view.Words[end - 1].End;
        var gap = view.Text.AsSpan(from, view.Words[end].Start - from);
        if (!gap.Trim().SequenceEqual("("))
        {
            return end;
        }
        var close = view.Text.IndexOf(')', view.Words[end].Start);
        if (
            close < 0
            || close - from > 60
            || view.Text.AsSpan(from, close - from).IndexOfAny("\"“”.") >= 0
        )
        {
            return end;
        }
        var next = view.WordAtOrAfter(close + 1);
        return
            next < view.Words.Count
            && view.Text.AsSpan(close + 1, view.Words[next].Start - close - 1).IsWhiteSpace()
            ? next
            : end;
    }

    /// <summary>A lowercase speech or claim verb, or a verb in the past tense: "justified", "says", "declared", "gave".</summary>
    internal static bool IsActionVerb(Word word) =>
        char.IsLower(word.Text[0])
        && !Lexicon.IsStopWord(word.Lower)
        && !Lexicon.IsPersonNoun(word.Lower)
        && (
            Lexicon.SpeechVerbs.Contains(word.Text)
            || Lexicon.ClaimVerbs.Contains(word.Text)
            || Lexicon.IrregularPastVerbs.Contains(word.Text)
            || word.Text.EndsWith("ed", StringComparison.Ordinal)
        );

    /// <summary>"was described as", "been called", "is quoted": a passive verb among words [from, to).</summary>
    internal static bool HasPassiveBetween(ParagraphView view, int from, int to)
    {
        for (var k = from; k + 1 < to && k + 1 < view.Words.Count; k++)
        {
            var next = view.Words[k + 1];
            if (
                IsPassiveAuxiliary(view.Words[k].Lower)
                && (
                    next.Text.EndsWith("ed", StringComparison.Ordinal)
                    || Lexicon.SpeechVerbs.Contains(next.Text)
                )
            )
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Words <paramref name="from"/> to <paramref name="to"/> follow one another with nothing but spaces
    /// between: "Roe reportedly said", where the adverb stands between the subject and its verb.
    /// </summary>
    private static bool IsRun(ParagraphView view, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!view.AreAdjacent(k, k + 1))
            {
                return false;
            }
        }
        return true;
    }

    internal static bool IsAuxiliary(Word word) =>
        Lexicon.AuxiliaryWords.Contains(word.Text)
        || (
            word.Text.Length > 4
            && word.Text.EndsWith("ly", StringComparison.Ordinal)
            && char.IsLower(word.Text[0])
        );
}
