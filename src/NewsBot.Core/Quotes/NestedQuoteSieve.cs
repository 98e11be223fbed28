using NewsBot.Core.Text;

namespace NewsBot.Core.Quotes;

/// <summary>
/// The speaker of a quotation nested inside another. The words around it inside the outer quote may name who
/// said or wrote it (`"Ann Lee had written 'no surrender' on the wall," Roe said`, `"'Keep going,' Lee told us,"
/// Roe said`), or its speaker is a pronoun standing for the person the outer attribution speaks of (`"She kept
/// yelling 'keep your head up'," Ortiz said of her coach, Paula Kerr`); `I said 'no'` is the outer speaker's own
/// words. When the article names nobody, the words are the outer speaker's, quoting someone else.
/// </summary>
internal sealed class NestedQuoteSieve(
    ArticleCast cast,
    List<ParagraphView> views,
    MentionResolver mentions
)
{
    private readonly Dictionary<string, CastMember?> _named = new(StringComparer.Ordinal);

    /// <summary>How far after "said of" the person spoken of may be named: "of her former coach, Paula Kerr".</summary>
    private const int SpokenOfWords = 8;

    /// <param name="view">The paragraph.</param>
    /// <param name="outer">The top-level quotation holding <paramref name="inner"/>.</param>
    /// <param name="inner">The nested quotation.</param>
    /// <param name="outerSpeaker">The outer quotation's speaker, when the sieve found one.</param>
    public Attribution? Find(
        ParagraphView view,
        QuoteSpan outer,
        QuoteSpan inner,
        Attribution? outerSpeaker
    )
    {
        var subject = SubjectBefore(view, outer, inner) ?? SubjectAfter(view, outer, inner);
        var named = subject is { } word ? Resolve(view, outer, word, outerSpeaker) : null;
        if (named is not null)
        {
            return named with { Pattern = AttributionPattern.NestedSpeaker };
        }
        return outerSpeaker is null
            ? null
            : outerSpeaker with
            {
                Pattern = AttributionPattern.Quoting,
            };
    }

    /// <summary>
    /// The last word of the subject of the nearest speech verb before the nested quote in its sentence, inside
    /// the outer quote: "Lee" in `Lee had written 'no surrender'`, "She" in `She kept yelling 'keep going'`.
    /// </summary>
    private static int? SubjectBefore(ParagraphView view, QuoteSpan outer, QuoteSpan inner)
    {
        var clauseStart = outer.ContentStart;
        foreach (var (start, end) in view.SentenceSpans)
        {
            if (start <= inner.Open && inner.Open < end)
            {
                clauseStart = Math.Max(clauseStart, start);
                break;
            }
        }
        var first = view.WordAtOrAfter(clauseStart);
        for (var k = view.WordAtOrAfter(inner.Open) - 1; k >= first; k--)
        {
            if (!SpeakerMentions.IsSpeechVerb(view, k))
            {
                continue;
            }
            var j = k - 1;
            while (
                j >= first && SpeechContext.IsAuxiliary(view.Words[j]) && view.AreAdjacent(j, j + 1)
            )
            {
                j--;
            }
            return j >= first && view.AreAdjacent(j, j + 1) ? j : null;
        }
        return null;
    }

    /// <summary>
    /// The subject of a speech verb right after the nested quote, still inside the outer one: `'Keep going,' Lee
    /// told us`, `'Keep going,' said Lee`.
    /// </summary>
    private static int? SubjectAfter(ParagraphView view, QuoteSpan outer, QuoteSpan inner)
    {
        if (!inner.IsClosed)
        {
            return null;
        }
        var end = outer.ContentEnd(view.Text);
        var k = view.WordAtOrAfter(inner.Close + 1);
        if (
            k >= view.Words.Count
            || view.Words[k].End > end
            || view.HasWordsBetween(inner.Close + 1, view.Words[k].Start)
        )
        {
            return null;
        }
        if (SpeakerMentions.IsSpeechVerb(view, k))
        {
            var named = k + 1;
            while (
                named + 1 < view.Words.Count
                && view.Words[named + 1].End <= end
                && view.Words[named].IsCapitalised
                && view.Words[named + 1].IsCapitalised
                && view.AreAdjacent(named, named + 1)
            )
            {
                named++;
            }
            return named < view.Words.Count && view.Words[named].End <= end ? named : null;
        }
        var last = k;
        while (
            last + 1 < view.Words.Count
            && view.Words[last].IsCapitalised
            && view.Words[last + 1].IsCapitalised
            && view.AreAdjacent(last, last + 1)
        )
        {
            last++;
        }
        var verb = last + 1;
        while (verb < view.Words.Count && SpeechContext.IsAuxiliary(view.Words[verb]))
        {
            verb++;
        }
        return
            verb < view.Words.Count
            && view.Words[verb].End <= end
            && view.AreAdjacent(last, last + 1)
            && SpeakerMentions.IsSpeechVerb(view, verb)
            ? last
            : null;
    }

    /// <summary>
    /// The person the subject word stands for: "I" or "we" the outer speaker; a name (or its last words) a person
    /// of the article; "he" or "she" the person the outer attribution speaks of. Anyone else ("my mother", "a man")
    /// is not named.
    /// </summary>
    private Attribution? Resolve(
        ParagraphView view,
        QuoteSpan outer,
        int word,
        Attribution? outerSpeaker
    )
    {
        var text = view.Words[word].Text;
        if (text is "I" or "we" or "We")
        {
            return outerSpeaker;
        }
        if (Lexicon.Pronouns.Contains(text))
        {
            var spokenOf = SpokenOf(view, outer);
            var gender = Lexicon.GenderOf(text);
            return
                spokenOf is not null
                && (gender is not { } g || spokenOf.Member.CanBe(g))
                && spokenOf.Member != outerSpeaker?.Member
                ? spokenOf with
                {
                    Rule = AttributionRule.Resolved,
                }
                : null;
        }
        if (!view.Words[word].IsCapitalised)
        {
            return null;
        }
        var first = word;
        while (
            first > 0
            && view.Words[first - 1].IsCapitalised
            && view.AreAdjacent(first - 1, first)
            && view.IsQuoted(first - 1)
        )
        {
            first--;
        }
        // "Coach Paula Kerr told us": the longest run of the words that names a person of the article.
        for (var from = first; from <= word; from++)
        {
            var name = string.Join(' ', view.Words[from..(word + 1)].Select(w => w.Bare));
            if (Person(NameFolding.NameKey(name)) is { } member)
            {
                return new Attribution(member, AttributionRule.Explicit);
            }
        }
        return null;
    }

    /// <summary>
    /// A person of the article by name: one the article introduces, else one it names in full anywhere outside
    /// quotation marks ("the flat of Daniel Lee" for "Lee had written …") — saying or writing the words is what
    /// makes the name a person's here, as a speech verb does for a name outside quotes.
    /// </summary>
    private CastMember? Person(string key)
    {
        if (cast.Match(key) is { IsGroup: false } member)
        {
            return member;
        }
        if (key.Length == 0)
        {
            return null;
        }
        if (!_named.TryGetValue(key, out var named))
        {
            var sequence = views
                .SelectMany(v => v.NameSequences)
                .FirstOrDefault(s =>
                    s.NameTokens >= 2
                    && NameFolding.NameKey(s.Name) is var full
                    && (full == key || full.EndsWith(" " + key, StringComparison.Ordinal))
                );
            named = sequence is null ? null : new CastMember(sequence.Name);
            named?.OfferRole(sequence!.Role, 0);
            _named[key] = named;
        }
        return named;
    }

    /// <summary>
    /// The person the outer quote's sentence says it is about: `Ortiz said of her coach, Paula Kerr`, `Boon said
    /// about Amman: "…"` — a name soon after a speech verb followed by "of" or "about", outside the quote.
    /// </summary>
    private Attribution? SpokenOf(ParagraphView view, QuoteSpan outer)
    {
        var (start, end) = view.SentenceAt(outer.Open);
        var first = view.WordAtOrAfter(start);
        for (var k = first; k + 1 < view.Words.Count && view.Words[k].Start < end; k++)
        {
            if (
                view.IsQuoted(k)
                || !SpeakerMentions.IsSpeechVerb(view, k)
                || view.Words[k + 1].Text is not ("of" or "about")
            )
            {
                continue;
            }
            var named = view.Mentions.FirstOrDefault(m =>
                m.Kind == MentionKind.Name
                && m.FirstWord > k + 1
                && m.FirstWord <= k + 1 + SpokenOfWords
                && m.Start < end
                && !view.IsQuoted(m.FirstWord)
            );
            if (named is not null)
            {
                return mentions.Resolve(named);
            }
            // "of her coach, Paula Kerr": a full name the article does not otherwise introduce.
            var sequence = view.NameSequences.FirstOrDefault(s =>
                s.NameTokens >= 2
                && s.NameWord > k + 1
                && s.NameWord <= k + 1 + SpokenOfWords
                && s.Start < end
            );
            return sequence is not null && Person(NameFolding.NameKey(sequence.Name)) is { } person
                ? new Attribution(person, AttributionRule.Resolved)
                : null;
        }
        return null;
    }
}
