using System.Buffers;

namespace NewsBot.Core.Text;

/// <summary>Organisations and groups that speak or claim in a paragraph, as mentions of one cast member per group.</summary>
internal sealed class GroupMentionFinder(ArticleCast cast)
{
    /// <summary>
    /// Organisations and groups where the text has them speak or claim (a speech or claim verb right after,
    /// an inverted "said" or "according to" right before): a phrase ending in a group noun ("Britain's defence
    /// ministry", "police", "Western officials") or a capitalised run that names no person ("Acme", "the
    /// Institute for Peace"). Nowhere else is a group a mention, so it never takes a pronoun's place.
    /// </summary>
    public void FindGroupMentions(ParagraphView view)
    {
        var covered = new bool[view.Words.Count];
        foreach (var mention in view.Mentions)
        {
            for (var k = mention.FirstWord; k < mention.EndWord && k < covered.Length; k++)
            {
                covered[k] = true;
            }
        }
        for (var k = 0; k < view.Words.Count; k++)
        {
            if (covered[k] || view.IsQuoted(k) || !IsGroupHead(view, k))
            {
                continue;
            }
            var end = k + 1;
            while (
                end < view.Words.Count
                && !covered[end]
                && !view.IsQuoted(end)
                && view.AreAdjacent(end - 1, end)
                && char.IsLower(view.Words[end].Text[0])
                && Lexicon.GroupNouns.Contains(view.Words[end].Text)
            )
            {
                end++;
            }
            // "The summary of the decision read": a statement of a document speaks as the document does.
            end = OfDocumentEnd(view, end, covered);
            // "the government of the island": a group noun keeps the name it is of.
            if (
                end + 1 < view.Words.Count
                && view.Words[end].Text == "of"
                && view.AreAdjacent(end - 1, end)
                && view.AreAdjacent(end, end + 1)
            )
            {
                var of = end + 1;
                if (
                    of < view.Words.Count
                    && view.Words[of].Text is "the"
                    && of + 1 < view.Words.Count
                )
                {
                    of++;
                }
                var runEnd = of;
                while (
                    runEnd < view.Words.Count
                    && runEnd < of + 4
                    && !covered[runEnd]
                    && !view.IsQuoted(runEnd)
                    && view.Words[runEnd].IsCapitalised
                    && view.AreAdjacent(runEnd - 1, runEnd)
                )
                {
                    runEnd++;
                }
                if (runEnd > of)
                {
                    end = runEnd;
                }
            }
            var start = GroupModifiersStart(view, k, covered);
            AddGroupMention(view, start, end, covered);
            k = end - 1;
        }
        foreach (var seq in view.NameSequences)
        {
            var first = seq.FirstWord;
            while (
                first < seq.EndWord
                && PersonNameRecognizer.LeadingFunctionWords.Contains(view.Words[first].Bare)
            )
            {
                first++;
            }
            // "The ministry on Monday said": a day or a month is a time, never a group.
            var isFree =
                first < seq.EndWord
                && !Enumerable
                    .Range(first, seq.EndWord - first)
                    .All(k => Lexicon.CalendarWords.Contains(view.Words[k].Bare));
            for (var k = first; k < seq.EndWord && isFree; k++)
            {
                isFree = !covered[k];
            }
            // "the Afghan Ambassador": a run ending in a title describes a person; it is no group.
            var last = view.Words[seq.EndWord - 1];
            if (
                isFree
                && !last.IsPossessive
                && !Lexicon.TitleWords.Contains(last.Bare)
                && !Lexicon.PersonNouns.Contains(last.Bare)
            )
            {
                AddGroupMention(view, first, seq.EndWord, covered);
            }
        }
    }

    /// <summary>
    /// After a statement noun ending at <paramref name="end"/>, the end of "of the decision" (a document or statement
    /// noun after "of" and a determiner) when it follows; else <paramref name="end"/>.
    /// </summary>
    private static int OfDocumentEnd(ParagraphView view, int end, bool[] covered)
    {
        if (
            end + 2 >= view.Words.Count
            || !Lexicon.StatementNouns.Contains(view.Words[end - 1].Text)
            || view.Words[end].Text != "of"
            || view.Words[end + 1].Text is not ("the" or "its" or "their" or "this")
        )
        {
            return end;
        }
        var noun = end + 2;
        var isDocument =
            !covered[noun]
            && !view.IsQuoted(noun)
            && view.AreAdjacent(end - 1, end)
            && view.AreAdjacent(end, end + 1)
            && view.AreAdjacent(end + 1, noun)
            && (
                Lexicon.DocumentNouns.Contains(view.Words[noun].Text)
                || Lexicon.StatementNouns.Contains(view.Words[noun].Text)
            );
        return isDocument ? noun + 1 : end;
    }

    /// <summary>A group noun, lowercase or opening its sentence ("Police said"), not a possessive ("the ministry's").</summary>
    private static bool IsGroupHead(ParagraphView view, int k)
    {
        var word = view.Words[k];
        // "the statement read", "the ruling said": a statement or a document noun is a head as well, and speaks for
        // its author (StatementAuthor).
        if (
            word.IsPossessive
            || !(
                Lexicon.GroupNouns.Contains(word.Text)
                || Lexicon.StatementNouns.Contains(word.Text)
                || Lexicon.DocumentNouns.Contains(word.Text)
            )
        )
        {
            return false;
        }
        if (char.IsLower(word.Text[0]))
        {
            return true;
        }
        var gap = k == 0 ? view.Text[..word.Start] : view.Text[view.Words[k - 1].End..word.Start];
        return k == 0 || gap.AsSpan().IndexOfAny(SentenceEnds) >= 0;
    }

    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create(".!?”\"");

    /// <summary>The modifiers before a group noun: "Britain's defence", "Western", "state health" (a determiner ends them).</summary>
    private static int GroupModifiersStart(ParagraphView view, int head, bool[] covered)
    {
        var start = head;
        for (var j = head - 1; j >= 0 && j >= head - 4; j--)
        {
            var word = view.Words[j];
            if (covered[j] || view.IsQuoted(j) || !view.AreAdjacent(j, j + 1))
            {
                break;
            }
            var isModifier = word.IsCapitalised
                ? !PersonNameRecognizer.LeadingFunctionWords.Contains(word.Bare)
                    && !Lexicon.IsStopWord(word.Lower)
                : !word.IsPossessive
                    && !Lexicon.IsStopWord(word.Lower)
                    && !Lexicon.SpeechVerbs.Contains(word.Text)
                    && !Lexicon.ClaimVerbs.Contains(word.Text)
                    && !SpeechContext.IsAuxiliary(word)
                    && !word.Text.Any(char.IsDigit);
            if (!isModifier)
            {
                break;
            }
            start = j;
        }
        return start;
    }

    private void AddGroupMention(ParagraphView view, int first, int end, bool[] covered)
    {
        if (!SpeechContext.IsInSpeechContext(view, first, end))
        {
            return;
        }
        var text = view.Text[view.Words[first].Start..view.Words[end - 1].End];
        var key = NameFolding.NameKey(text);
        // "I say, “…”" in an answer: a capitalised pronoun is nobody's name.
        if (key.Length == 0 || (end - first == 1 && Lexicon.IsStopWord(view.Words[first].Lower)))
        {
            return;
        }
        // "…," the warning read: a statement speaks for the author the article gives it.
        var author = StatementAuthor(view, first, end);
        // "the statement read" with no author given names nobody: the words are "speaker not named".
        if (author is { Length: 0 })
        {
            return;
        }
        // "The ruling said" names its author or nobody: a document that is no group never speaks as itself.
        if (author is null && IsDocumentOnly(view.Words[end - 1]))
        {
            return;
        }
        var member = author is null
            ? cast.Group(key, text)
            : cast.Match(NameFolding.NameKey(author))
                ?? cast.Group(NameFolding.NameKey(author), author);
        view.Mentions.Add(
            new Mention(
                view.Index,
                first,
                end,
                view.Words[first].Start,
                view.Words[end - 1].End,
                MentionKind.Group,
                text,
                member
            )
        );
        for (var k = first; k < end; k++)
        {
            covered[k] = true;
        }
    }

    private static bool IsDocumentOnly(Word head) =>
        Lexicon.DocumentNouns.Contains(head.Text) && !Lexicon.GroupNouns.Contains(head.Text);

    /// <summary>
    /// The author of "the statement" or "the warning" (lowercase words ending in a statement noun): the name the
    /// article gives, "" when it gives none, null for any other phrase.
    /// </summary>
    private string? StatementAuthor(ParagraphView view, int first, int end)
    {
        var head = view.Words[end - 1];
        if (!Lexicon.StatementNouns.Contains(head.Bare))
        {
            // "…," the report said: a document speaks for the one the article said put it out, else as itself.
            return
                Lexicon.DocumentNouns.Contains(head.Bare)
                && Enumerable
                    .Range(first, end - first)
                    .All(k => !view.Words[k].IsCapitalised || view.Words[k].Lower == "the")
                ? StatementAuthorFinder.Find(
                    cast.Views,
                    view.Index,
                    view.Words[first].Start,
                    head.Bare.ToLowerInvariant()
                )
                : null;
        }
        if (
            Enumerable
                .Range(first, end - first)
                .Any(k => view.Words[k].IsCapitalised && view.Words[k].Lower != "the")
        )
        {
            return null;
        }
        return StatementAuthorFinder.Find(
                cast.Views,
                view.Index,
                view.Words[first].Start,
                head.Bare.ToLowerInvariant()
            ) ?? "";
    }
}
