using NewsBot.Core.Text;

namespace NewsBot.Core.Quotes;

/// <summary>
/// A document speaks for its owner: `The Harbour Safety Board's report called the crash "…"`, `Acme's website says
/// "…"`, `the agency's annual report found "…"`. A possessive name (or "the" and a group noun) before a document or
/// statement noun and its verb, earlier in the quote's sentence, gives the words to the owner, named in full
/// ("Harbour Safety Board", never "Board's report").
/// </summary>
internal sealed class DocumentOwnerSieve(MentionResolver mentions)
{
    private const int MaxModifiers = 2;

    public Attribution? Find(ParagraphView view, int open)
    {
        var (start, _) = view.SentenceAt(open);
        var first = view.WordAtOrAfter(start);
        var end = view.WordAtOrAfter(open);
        for (var k = first; k < end; k++)
        {
            if (!view.Words[k].IsPossessive || view.IsQuoted(k))
            {
                continue;
            }
            var noun = DocumentNounAfter(view, k, end);
            if (noun < 0)
            {
                continue;
            }
            var verb = SpeakerMentions.SkipAuxiliaries(view, noun + 1);
            if (
                verb >= end
                || !view.AreAdjacent(verb - 1, verb)
                || !SpeechContext.IsActionVerb(view.Words[verb])
                || SpeechContext.HasPassiveBetween(view, noun, verb + 1)
            )
            {
                continue;
            }
            return Owner(view, k, first) is { } owner
                ? owner with
                {
                    Pattern = AttributionPattern.DocumentOwner,
                }
                : null;
        }
        return null;
    }

    /// <summary>The document noun a few modifiers after the possessive at <paramref name="owner"/> ("RIAA's DMCA notice"), or -1.</summary>
    private static int DocumentNounAfter(ParagraphView view, int owner, int end)
    {
        for (var k = owner + 1; k < end && k <= owner + 1 + MaxModifiers; k++)
        {
            if (view.IsQuoted(k) || !view.AreAdjacent(k - 1, k) || view.Words[k].IsPossessive)
            {
                return -1;
            }
            var word = view.Words[k].Text;
            if (Lexicon.DocumentNouns.Contains(word) || Lexicon.StatementNouns.Contains(word))
            {
                return k;
            }
            if (
                SpeechContext.IsActionVerb(view.Words[k]) || Lexicon.IsStopWord(view.Words[k].Lower)
            )
            {
                return -1;
            }
        }
        return -1;
    }

    /// <summary>
    /// Who owns the document: a person of the article, a capitalised name ending in the possessive ("The Harbour
    /// Safety Board's", "Department of Health's") without its article, or a group noun after "the" ("the agency's").
    /// </summary>
    private Attribution? Owner(ParagraphView view, int possessive, int first)
    {
        if (view.MentionEndingAt(possessive) is { Kind: MentionKind.Name } person)
        {
            return mentions.Resolve(person);
        }
        var word = view.Words[possessive];
        if (!word.IsCapitalised)
        {
            return
                Lexicon.GroupNouns.Contains(word.Bare)
                && possessive > first
                && view.Words[possessive - 1].Lower == "the"
                ? Group(word.Bare)
                : null;
        }
        var from = possessive;
        while (from > first && view.AreAdjacent(from - 1, from))
        {
            var before = view.Words[from - 1];
            if (before.IsCapitalised && !before.IsPossessive && before.Text != "The")
            {
                from--;
            }
            else if (
                from - 2 >= first
                && Lexicon.NameConnectors.Contains(before.Text)
                && view.Words[from - 2].IsCapitalised
                && view.AreAdjacent(from - 2, from - 1)
            )
            {
                from -= 2;
            }
            else
            {
                break;
            }
        }
        // "In Acme's report, …": a word opening the sentence is no part of the name.
        while (
            from < possessive
            && PersonNameRecognizer.LeadingFunctionWords.Contains(view.Words[from].Bare)
        )
        {
            from++;
        }
        var name = view.Text[view.Words[from].Start..view.Words[possessive].End];
        return Group(name[..^2]);
    }

    private static Attribution Group(string name) =>
        new(new CastMember(name) { IsGroup = true }, AttributionRule.Explicit);
}
