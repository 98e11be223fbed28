using NewsBot.Core.Text;

namespace NewsBot.Core.Quotes;

/// <summary>
/// Words quoted inside a clause whose subject is not the sentence's first word, given to that subject: a relative
/// clause (`former governor Tom Ash, who denounced the claims as a "reckless gamble"`), a subordinate clause
/// (`Ash lost his column after he referred to the team as "the lazy ones"`), a name in commas after the description that
/// opens the sentence (`The mayor of Eastport, Jane Roe, thanked "the crews"`), and a participle opening the
/// sentence, said by the subject after it (`Calling it "a hollow gesture", Jane Roe left`).
/// </summary>
internal sealed class ClauseSubjectSieve(MentionResolver mentions)
{
    /// <summary>The subject of the clause holding the quotation that opens at <paramref name="open"/>, resolved to a person.</summary>
    public Attribution? Find(ParagraphView view, int open)
    {
        var (start, _) = view.SentenceAt(open);
        var first = view.WordAtOrAfter(start);
        var quoted = view.WordAtOrAfter(open);
        if (quoted <= first || quoted >= view.Words.Count || IsTitle(view, open))
        {
            return null;
        }
        // The nearest clause opening before the quote decides: words after "who" or "after he" are that
        // clause's subject's, never the main clause's.
        var (clause, subject) = InnerClauseSubject(view, first, quoted);
        if (clause >= 0)
        {
            if (subject is null || !IsClearUpTo(view, subject, quoted))
            {
                return null;
            }
            // "Ash lost his column after he referred to …": a pronoun in the clause stands for the named subject of
            // the sentence it hangs from; without one, whom it stands for is too uncertain to name.
            var speaker =
                subject.Kind == MentionKind.Pronoun
                    ? MainSubject(view, start, first, clause, subject)
                    : subject;
            return speaker is null ? null : Resolved(speaker);
        }
        var named =
            AppositiveSubject(view, start, first, quoted)
            ?? ParticipleOpenerSubject(view, first, quoted);
        return named is null ? null : Resolved(named);
    }

    /// <summary>The named person who is the subject of the main clause before word <paramref name="clause"/>, if the pronoun can be them.</summary>
    private static Mention? MainSubject(
        ParagraphView view,
        int start,
        int first,
        int clause,
        Mention pronoun
    )
    {
        var gender = Lexicon.GenderOf(view.Words[pronoun.FirstWord].Text);
        return view.Mentions.FirstOrDefault(m =>
            m.Kind == MentionKind.Name
            && m.FirstWord >= first
            && m.EndWord <= clause
            && m.Member is { } member
            && (gender is null ? !member.IsGroup : member.CanBe(gender.Value))
            && SpeechContext.IsSubject(view, m, start)
        );
    }

    private Attribution? Resolved(Mention subject) =>
        mentions.Resolve(subject) is { } found
            ? found with
            {
                Rule = AttributionRule.Resolved,
                Pattern = AttributionPattern.ClauseSubject,
            }
            : null;

    /// <summary>
    /// The nearest `, who` or subordinator (`after`, `when` …) before the quote, and the person who is its
    /// clause's subject: the name before `, who` (past an age in commas), or the name or pronoun right after the
    /// subordinator followed by its verb. (-1, null) when no such clause opens before the quote.
    /// </summary>
    private static (int Clause, Mention? Subject) InnerClauseSubject(
        ParagraphView view,
        int first,
        int quoted
    )
    {
        for (var k = quoted - 1; k >= first; k--)
        {
            if (view.IsQuoted(k))
            {
                continue;
            }
            var word = view.Words[k];
            if (word.Text == "who" && k > first && HasCommaBefore(view, k))
            {
                return (k, NameBeforeRelative(view, k - 1, first));
            }
            if (
                Lexicon.Subordinators.Contains(word.Text)
                && (k == first || char.IsLower(word.Text[0]))
                && k + 1 < quoted
            )
            {
                var subject = view.MentionStartingAt(k + 1);
                if (subject is not { Kind: MentionKind.Name or MentionKind.Pronoun })
                {
                    // "… as "a whitewash"", "after the vote": no clause with a subject of its own opens here.
                    continue;
                }
                return (k, HasVerbAfter(view, subject) ? subject : null);
            }
        }
        return (-1, null);
    }

    /// <summary>`Tom Ash, who …`, `Tom Ash, 24, who …`: the name the relative pronoun stands for.</summary>
    private static Mention? NameBeforeRelative(ParagraphView view, int k, int first)
    {
        if (k - 1 >= first && view.Words[k].Text.All(char.IsDigit) && HasCommaBefore(view, k))
        {
            k--;
        }
        return view.MentionEndingAt(k) is { Kind: MentionKind.Name } name ? name : null;
    }

    /// <summary>
    /// `The mayor of Eastport, Jane Roe, thanked "…"`: a name in commas after the words opening the sentence,
    /// followed by its verb, is the sentence's subject.
    /// </summary>
    private static Mention? AppositiveSubject(ParagraphView view, int start, int first, int quoted)
    {
        var comma = -1;
        for (var k = first + 1; k < quoted && k <= first + 8; k++)
        {
            if (HasCommaBefore(view, k))
            {
                comma = k;
                break;
            }
        }
        if (
            comma < 0
            || view.Mentions.Any(m =>
                m.Start >= start && m.EndWord <= comma && m.Kind == MentionKind.Name
            )
        )
        {
            return null;
        }
        var name = view.MentionStartingAt(comma);
        if (
            name is not { Kind: MentionKind.Name }
            || name.EndWord >= quoted
            || !HasCommaBefore(view, name.EndWord)
            || !HasVerbAfter(view, name, afterComma: true)
        )
        {
            return null;
        }
        return IsClearUpTo(view, name, quoted) ? name : null;
    }

    /// <summary>
    /// `Calling it "a hollow gesture", Jane Roe told reporters …`: a sentence opening with a participle that
    /// characterises or speaks, the quote inside that opening phrase, is said by the subject after the phrase.
    /// </summary>
    private static Mention? ParticipleOpenerSubject(ParagraphView view, int first, int quoted)
    {
        var opener = view.Words[first];
        if (
            !opener.IsCapitalised
            || !(
                Lexicon.CharacterisingVerbs.Contains(opener.Text)
                || (
                    Lexicon.SpeechVerbs.Contains(opener.Text)
                    && opener.Text.EndsWith("ing", StringComparison.Ordinal)
                )
            )
        )
        {
            return null;
        }
        var index = view.Quotes.FindIndex(q => q.Contains(view.Words[quoted].Start, view.Text));
        if (index < 0 || !view.Quotes[index].IsClosed)
        {
            return null;
        }
        var span = view.Quotes[index];
        var next = view.WordAtOrAfter(span.Close + 1);
        if (
            next >= view.Words.Count
            || view
                .Text.AsSpan(span.Close + 1, view.Words[next].Start - span.Close - 1)
                .Trim()
                .ToString()
                is not ("," or ",\"" or ",”")
        )
        {
            return null;
        }
        var subject = SpeakerMentions.MentionAfterDeterminers(view, next);
        if (subject is null || subject.FirstWord > next + 5)
        {
            return null;
        }
        subject = SpeakerMentions.AppositiveNameOf(view, subject);
        return subject.Kind is MentionKind.Name or MentionKind.Pronoun ? subject : null;
    }

    /// <summary>
    /// Nobody else the subject of a clause between the subject and the quote (a name as object or before a noun,
    /// `denounced the Roe team's claims as "…"`, is not), and no passive verb there (`who was described as "…"`
    /// gives the words to someone else).
    /// </summary>
    private static bool IsClearUpTo(ParagraphView view, Mention subject, int quoted)
    {
        var start = view.SentenceAt(subject.Start).Start;
        return !view.Mentions.Any(m =>
                m.Kind is MentionKind.Name or MentionKind.Pronoun or MentionKind.Group
                && m.FirstWord >= subject.EndWord
                && m.EndWord <= quoted
                && m.Member != subject.Member
                && SpeechContext.IsSubject(view, m, start)
            ) && !SpeechContext.HasPassiveBetween(view, subject.EndWord - 1, quoted);
    }

    /// <summary>A lowercase verb after the mention (auxiliaries and adverbs allowed between), not a stop word.</summary>
    private static bool HasVerbAfter(ParagraphView view, Mention mention, bool afterComma = false)
    {
        var k = mention.EndWord;
        if (!afterComma && k < view.Words.Count && !view.AreAdjacent(k - 1, k))
        {
            return false;
        }
        while (k < view.Words.Count && SpeechContext.IsAuxiliary(view.Words[k]))
        {
            k++;
        }
        if (k >= view.Words.Count || view.IsQuoted(k))
        {
            return false;
        }
        var verb = view.Words[k].Text;
        return char.IsLower(verb[0]) && !Lexicon.IsStopWord(verb) && verb is not ("who" or "whose");
    }

    /// <summary>
    /// `gave his "Best Hero" award`, `starred in "Blue Night"`: a few quoted words each capitalised name a title or
    /// a thing, not words anybody said.
    /// </summary>
    private static bool IsTitle(ParagraphView view, int open)
    {
        var index = view.Quotes.FindIndex(q => q.Open == open);
        if (index < 0)
        {
            return false;
        }
        var words = view.Quotes[index]
            .Content(view.Text)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(',', '.', '!', '?', ';', ':'))
            .Where(w => w.Length > 0)
            .ToList();
        return words.Count is > 0 and <= 4 && words.All(w => char.IsUpper(w[0]));
    }

    private static bool HasCommaBefore(ParagraphView view, int k) =>
        view.Text.AsSpan(view.Words[k - 1].End, view.Words[k].Start - view.Words[k - 1].End).Trim()
            is ",";
}
