using NewsBot.Core.Text;

namespace NewsBot.Core.Quotes;

/// <summary>
/// `The Courier quoted Ann Lee, a former deputy, as saying "…"` and `Lee was quoted (by the Courier) as saying "…"`:
/// the words are the person quoted, not the one quoting.
/// </summary>
internal sealed class QuotedAsSayingSieve(MentionResolver mentions)
{
    public Attribution? Find(ParagraphView view, int open)
    {
        var (start, _) = view.SentenceAt(open);
        var first = view.WordAtOrAfter(start);
        var end = view.WordAtOrAfter(open);
        var quoted = -1;
        for (var k = end - 1; k >= first; k--)
        {
            if (view.Words[k].Text == "quoted" && !view.IsQuoted(k))
            {
                quoted = k;
                break;
            }
        }
        if (quoted < 0 || !SaysAsSaying(view, quoted, end))
        {
            return null;
        }
        // Passive: "Lee was (later) quoted …" — the subject before the auxiliary.
        var before = quoted - 1;
        while (before > first && SpeechContext.IsAuxiliary(view.Words[before]))
        {
            before--;
        }
        if (before >= first && SpeechContext.IsPassiveAuxiliary(view.Words[before].Lower))
        {
            var aux = before;
            while (aux - 1 >= first && view.Words[aux - 1].Lower is "has" or "have" or "had")
            {
                aux--;
            }
            return aux - 1 >= first && view.MentionEndingAt(aux - 1) is { } subject
                ? Quoted(subject)
                : null;
        }
        // Active: "… quoted Ann Lee as saying" — the mention right after "quoted".
        return quoted + 1 < end && view.MentionStartingAt(quoted + 1) is { } person
            ? Quoted(SpeakerMentions.AppositiveNameOf(view, person))
            : null;
    }

    /// <summary>"as saying" or "as having said" between "quoted" and the quote.</summary>
    private static bool SaysAsSaying(ParagraphView view, int quoted, int end)
    {
        for (var k = quoted + 1; k + 1 < end; k++)
        {
            if (
                view.Words[k].Text == "as"
                && view.Words[k + 1].Text is "saying" or "having" or "stating" or "telling"
            )
            {
                return true;
            }
        }
        return false;
    }

    private Attribution? Quoted(Mention mention) =>
        mentions.Resolve(mention) is { } found
            ? found with
            {
                Pattern = AttributionPattern.QuotedAsSaying,
            }
            : null;
}
