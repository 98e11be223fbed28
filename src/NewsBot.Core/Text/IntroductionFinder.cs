namespace NewsBot.Core.Text;

/// <summary>
/// The first pass over an article: the names it introduces as people — with a title, a role, an
/// appositive, an attribution line, a transcript label, or as the subject of a speech verb — added to the
/// cast with the best role the article gives them.
/// </summary>
internal sealed class IntroductionFinder(ArticleCast cast)
{
    private const int TitlePriority = 3;
    private const int AppositivePriority = 2;
    private const int AttributionLinePriority = 1;

    /// <summary>Full names not yet shown to be people's ("for Anne Sacoolas"), by the key of their last word.</summary>
    private readonly Dictionary<string, string> _unconfirmed = new(StringComparer.Ordinal);

    public void Introduce(ParagraphView view)
    {
        if (view.IsAttributionLine)
        {
            var (name, role) = ParseAttributionLine(view.Text);
            if (name is not null)
            {
                cast.Add(name, role, AttributionLinePriority);
            }
            return;
        }
        // "Jane Roe: …" opening a transcript's paragraph introduces its speaker.
        if (
            view.Label is { IsQuestion: false, IsAnswer: false, IsInitials: false } label
            && TranscriptSpeakers.IsPersonLabel(label.Name)
        )
        {
            cast.Add(label.Name, null, 0);
        }
        (NameSequence Sequence, string? Role)? previous = null;
        foreach (var seq in view.NameSequences)
        {
            if (!seq.HasName)
            {
                continue;
            }
            // "astronauts Ann Lee and Ben Roe": a name joined by "and" to a name with a role shares it.
            if (
                previous is { Role: { } shared } before
                && seq.Role is null
                && seq.FirstWord == before.Sequence.EndWord + 1
                && view.Words[before.Sequence.EndWord].Text == "and"
            )
            {
                cast.Add(seq.Name, shared, AppositivePriority);
                previous = (seq, shared);
                continue;
            }
            previous = (seq, IntroduceOne(view, seq));
        }
    }

    /// <summary>Adds a name the paragraph introduces as a person, and gives the role it was introduced with.</summary>
    private string? IntroduceOne(ParagraphView view, NameSequence seq)
    {
        {
            if (seq.Role is not null)
            {
                cast.Add(seq.Name, seq.Role, TitlePriority);
                return seq.Role;
            }
            var appositive = RoleReader.Appositive(view, seq.EndWord);
            if (appositive is not null && seq.NameTokens >= 2)
            {
                cast.Add(seq.Name, appositive, AppositivePriority);
                return appositive;
            }
            var roleStart = RoleReader.LowercaseRoleStart(view, seq.FirstWord);
            if (roleStart < seq.FirstWord)
            {
                var role = view.Text[
                    view.Words[roleStart].Start..view.Words[seq.FirstWord - 1].End
                ];
                cast.Add(seq.Name, role, AppositivePriority);
                return role;
            }
            if (RoleReader.DescriptionBefore(view, seq) is { } described)
            {
                cast.Add(seq.Name, described, AppositivePriority);
                return described;
            }
            var isPerson =
                SpeechContext.IsInSpeechContext(view, seq)
                || IsDescribedAfter(view, seq)
                || IsReferredToAsPerson(view, seq)
                || IsSentenceSubject(view, seq);
            if (seq.NameTokens >= 2 && isPerson)
            {
                cast.Add(seq.Name, null, 0);
            }
            else if (seq.NameTokens >= 2 && !view.Words[seq.EndWord - 1].IsPossessive)
            {
                _unconfirmed.TryAdd(NameFolding.NameKey(seq.Name).Split(' ')[^1], seq.Name);
            }
            // "… immunity for Anne Sacoolas. Sacoolas, who has immunity …": the surname alone, shown to be a
            // person's, makes the full name given before it a person's.
            else if (
                seq.NameTokens == 1
                && (isPerson || IsSubjectOfVerb(view, seq))
                && _unconfirmed.Remove(NameFolding.NameKey(seq.Name), out var fullName)
            )
            {
                cast.Add(fullName, null, 0);
            }
            return null;
        }
    }

    /// <summary>
    /// "Jane Roe broke the news when she revealed …": a name opening its sentence that "he" or "she"
    /// refers back to later in that sentence, or that the next sentence opens with, is a person's.
    /// </summary>
    private static bool IsReferredToAsPerson(ParagraphView view, NameSequence seq)
    {
        var (start, end) = view.SentenceAt(seq.Start);
        if (view.WordAtOrAfter(start) != seq.FirstWord || view.Words[seq.EndWord - 1].IsPossessive)
        {
            return false;
        }
        for (var k = seq.EndWord; k < view.Words.Count && view.Words[k].Start < end; k++)
        {
            if (!view.IsQuoted(k) && Lexicon.Pronouns.Contains(view.Words[k].Text))
            {
                return true;
            }
        }
        // "Ann Lee met Tom Ash on Monday. She said …": the next sentence's subject pronoun refers back to it.
        var next = view.WordAtOrAfter(end);
        return next < view.Words.Count
            && !view.IsQuoted(next)
            && view.Words[next].Text is "He" or "She";
    }

    /// <summary>
    /// "Peter Hale nodded.", "Ann Lee, the treasurer, left.": a full name opening its sentence as the subject of
    /// a verb is a person's, so that a "he" or "she" after it is not passed on to someone named before it.
    /// </summary>
    private static bool IsSentenceSubject(ParagraphView view, NameSequence seq)
    {
        var sentence = view.SentenceAt(seq.Start).Start;
        if (
            seq.NameTokens < 2
            || seq.NameWord != seq.FirstWord
            || view.WordAtOrAfter(sentence) != seq.FirstWord
            || !SpeechContext.IsSubject(view, seq.ToMention(view.Index), sentence)
        )
        {
            return false;
        }
        // "Crew Dragon has enough room", "Previous SpaceX pods have relied": only a verb in the past tense (or
        // a speech verb) after the name, auxiliaries allowed between, says the name does something.
        var k = seq.EndWord;
        if (!view.AreAdjacent(k - 1, k))
        {
            return true;
        }
        while (k < view.Words.Count && SpeechContext.IsAuxiliary(view.Words[k]))
        {
            k++;
        }
        return k < view.Words.Count && SpeechContext.IsActionVerb(view.Words[k]);
    }

    /// <summary>"Lee thanked him": a name opening its sentence right before a verb in the past tense or a speech verb.</summary>
    private static bool IsSubjectOfVerb(ParagraphView view, NameSequence seq) =>
        view.WordAtOrAfter(view.SentenceAt(seq.Start).Start) == seq.FirstWord
        && seq.EndWord < view.Words.Count
        && !view.Words[seq.EndWord - 1].IsPossessive
        && view.AreAdjacent(seq.EndWord - 1, seq.EndWord)
        && SpeechContext.IsActionVerb(view.Words[seq.EndWord]);

    /// <summary>"Jane Roe, 39, who …" or "Jane Roe, who …": an age or "who" after a name says it is a person's.</summary>
    private static bool IsDescribedAfter(ParagraphView view, NameSequence seq)
    {
        var k = seq.EndWord;
        if (k >= view.Words.Count || view.IsQuoted(k))
        {
            return false;
        }
        var next = view.Words[k].Text;
        if (next == "who")
        {
            return true;
        }
        return next.All(char.IsAsciiDigit)
            && next.Length <= 3
            && view.Text.AsSpan(view.Words[k - 1].End, view.Words[k].Start - view.Words[k - 1].End)
                .Trim()
                .SequenceEqual(",")
            && view.Text.AsSpan(view.Words[k].End).TrimStart().StartsWith(",");
    }

    internal static (string? Name, string? Role) ParseAttributionLine(string text)
    {
        var line = text.Trim().TrimStart('—', '–', '-', ' ', '\u00a0');
        var comma = line.IndexOf(',', StringComparison.Ordinal);
        var name = (comma < 0 ? line : line[..comma]).Trim();
        var role = comma < 0 ? null : line[(comma + 1)..].Trim();
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (
            words.Length is 0 or > 5
            || !words.All(w => char.IsUpper(w[0]) || Lexicon.NameConnectors.Contains(w))
        )
        {
            return (null, null);
        }
        return (name, string.IsNullOrEmpty(role) ? null : role);
    }
}
