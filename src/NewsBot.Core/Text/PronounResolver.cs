namespace NewsBot.Core.Text;

/// <summary>
/// The person each "he", "she", "his" and "her" of an article refers to, by salience: resolved once, in
/// reading order, so that a pronoun can pass its person on to the next one.
/// </summary>
internal sealed class PronounResolver
{
    private readonly List<ParagraphView> _views;

    private readonly Dictionary<Mention, CastMember?> _pronounReferents = new(
        ReferenceEqualityComparer.Instance
    );

    public PronounResolver(List<ParagraphView> views, IReadOnlyList<CastMember> members)
    {
        _views = views;
        ResolvePronounsInOrder(members);
    }

    /// <summary>The person a pronoun mention refers to, or null when the article names nobody it can be.</summary>
    public CastMember? Resolve(Mention pronoun) => _pronounReferents.GetValueOrDefault(pronoun);

    /// <summary>
    /// Reads the article's pronouns in order and resolves each to a person: "he"/"she" to the person of
    /// the nearest sentence before it that names someone, its subject first ("President Jane Roe thanked
    /// …" before "But she said …"), in the pronoun's own sentence only a subject ("After meeting Roe, he
    /// said" is not Roe). A sentence whose subject is a pronoun of the same gender passes on that
    /// pronoun's person, and a person of the other gender is passed over: each pronoun, "his" and "her"
    /// included, tells the gender of the person it resolves to, as titles and role nouns do.
    /// </summary>
    private void ResolvePronounsInOrder(IReadOnlyList<CastMember> members)
    {
        foreach (var member in members)
        {
            member.Gender ??= GenderOfRole(member.Role);
        }
        foreach (var view in _views)
        {
            for (var k = 0; k < view.Words.Count; k++)
            {
                if (view.IsQuoted(k) || Lexicon.GenderOf(view.Words[k].Text) is not { } gender)
                {
                    continue;
                }
                // A gendered noun or title is no pronoun: it refers to a name next to it, if any.
                if (!IsPronoun(view.Words[k].Text))
                {
                    continue;
                }
                // "Lee thanked him": an object "him" is never the subject of its own clause ("himself" would be).
                var referent = FindReferent(
                    view,
                    view.Words[k].Start,
                    gender,
                    skipOwnSentence: view.Words[k].Lower == "him"
                );
                if (view.MentionStartingAt(k) is { Kind: MentionKind.Pronoun } mention)
                {
                    _pronounReferents[mention] = referent;
                }
                if (referent is not null)
                {
                    referent.Gender ??= gender;
                }
            }
        }
    }

    /// <summary>"according to (fire chief) Tom Ash": a name a few lowercase words after "according to".</summary>
    private static bool IsAccordingTo(ParagraphView view, Mention m)
    {
        for (var k = m.FirstWord - 1; k >= 1 && k >= m.FirstWord - 4; k--)
        {
            if (view.Words[k].Text == "to" && view.Words[k - 1].Lower == "according")
            {
                return true;
            }
            if (!view.AreAdjacent(k, k + 1) || !char.IsLower(view.Words[k].Text[0]))
            {
                return false;
            }
        }
        return false;
    }

    private static bool IsPronoun(string word) =>
        word.ToLowerInvariant()
            is "he"
                or "him"
                or "his"
                or "himself"
                or "she"
                or "her"
                or "hers"
                or "herself";

    private static Gender? GenderOfRole(string? role) =>
        role
            ?.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => Lexicon.GenderOf(w.TrimEnd('.', ',')))
            .FirstOrDefault(g => g is not null);

    private CastMember? FindReferent(
        ParagraphView pronounView,
        int at,
        Gender gender,
        bool skipOwnSentence = false
    )
    {
        for (var p = pronounView.Index; p >= 0; p--)
        {
            var view = _views[p];
            for (var s = view.Sentences.Count - 1; s >= 0; s--)
            {
                var (start, end) = view.Sentences[s];
                var isOwnSentence =
                    p == pronounView.Index && at >= start && at < Math.Max(end, start + 1);
                if ((p == pronounView.Index && start > at) || (isOwnSentence && skipOwnSentence))
                {
                    continue;
                }
                var limit = isOwnSentence ? at : end;
                CastMember? lastNamed = null;
                CastMember? subject = null;
                foreach (var m in view.Mentions)
                {
                    if (m.Start < start || m.End > limit)
                    {
                        continue;
                    }
                    var candidate = m.Kind switch
                    {
                        MentionKind.Name => m.Member,
                        MentionKind.Pronoun when Lexicon.GenderOf(m.Text) == gender =>
                            _pronounReferents.GetValueOrDefault(m),
                        MentionKind.Pronoun or MentionKind.Description or MentionKind.Group => null,
                        _ => throw new InvalidOperationException($"Unknown mention kind {m.Kind}."),
                    };
                    if (candidate is null || !candidate.CanBe(gender))
                    {
                        continue;
                    }
                    // "Lee thanked the crews, according to fire chief Tom Ash. "…," he said": the source the
                    // sentence is told by is more salient than its subject — in a later sentence only: in
                    // "According to Ash, Lee had a licence for the guns he used", "he" is the clause's subject.
                    if (!isOwnSentence && IsAccordingTo(view, m))
                    {
                        return candidate;
                    }
                    if (SpeechContext.IsSubject(view, m, start))
                    {
                        subject ??= candidate;
                    }
                    if (m.Kind == MentionKind.Name)
                    {
                        lastNamed = candidate;
                    }
                }
                if (subject is not null)
                {
                    return subject;
                }
                if (!isOwnSentence && lastNamed is not null)
                {
                    return lastNamed;
                }
            }
        }
        return null;
    }
}
