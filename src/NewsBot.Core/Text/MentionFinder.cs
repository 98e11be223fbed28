namespace NewsBot.Core.Text;

/// <summary>
/// The second pass over an article: every mention of a person in a paragraph — a name of the cast, a
/// pronoun, a description ("the NATO chief", "a senior official") and the groups that speak — in order.
/// </summary>
internal sealed class MentionFinder(ArticleCast cast)
{
    private readonly GroupMentionFinder _groups = new(cast);

    public void FindMentions(ParagraphView view)
    {
        if (view.IsAttributionLine)
        {
            var member = cast.FromAttributionLine(view);
            if (member is not null)
            {
                view.Mentions.Add(
                    new Mention(
                        view.Index,
                        0,
                        view.Words.Count,
                        0,
                        view.Text.Length,
                        MentionKind.Name,
                        view.Text,
                        member
                    )
                );
            }
            return;
        }
        foreach (var seq in view.NameSequences)
        {
            if (!seq.HasName)
            {
                continue;
            }
            var member = cast.Match(NameFolding.NameKey(seq.Name));
            if (member is not null)
            {
                var first = RoleReader.LowercaseRoleStart(view, seq.FirstWord);
                var start = view.Words[first].Start;
                view.Mentions.Add(
                    new Mention(
                        view.Index,
                        first,
                        seq.EndWord,
                        start,
                        seq.End,
                        MentionKind.Name,
                        seq.Name,
                        member
                    )
                );
            }
        }
        for (var k = 0; k < view.Words.Count; k++)
        {
            if (view.IsQuoted(k))
            {
                continue;
            }
            var word = view.Words[k];
            if (Lexicon.Pronouns.Contains(word.Text))
            {
                view.Mentions.Add(
                    new Mention(
                        view.Index,
                        k,
                        k + 1,
                        word.Start,
                        word.End,
                        MentionKind.Pronoun,
                        word.Text,
                        null
                    )
                );
            }
            else if (IsDescriptionStart(view, k))
            {
                var end = DescriptionEnd(view, k);
                if (
                    end > 0
                    && (
                        word.Text is "the" or "The"
                        || SpeechContext.IsInSpeechContext(view, k, end, claims: false)
                    )
                )
                {
                    var text = view.Text[word.Start..view.Words[end - 1].End];
                    view.Mentions.Add(
                        new Mention(
                            view.Index,
                            k,
                            end,
                            word.Start,
                            view.Words[end - 1].End,
                            MentionKind.Description,
                            text,
                            null
                        )
                    );
                }
            }
        }
        _groups.FindGroupMentions(view);
        view.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>
    /// A word that can open a description of a person: "the" (someone named before), "a"/"an" (a source
    /// left unnamed, where it speaks), "his"/"her"/"their" (someone else, named only by an appositive).
    /// </summary>
    private static bool IsDescriptionStart(ParagraphView view, int k) =>
        view.Words[k].Text
            is "the"
                or "The"
                or "a"
                or "A"
                or "an"
                or "An"
                or "his"
                or "His"
                or "her"
                or "Her"
                or "their"
                or "Their";

    /// <summary>"the NATO chief", "the alliance's top civilian official": "the", up to four modifiers, a person noun, and no name after it.</summary>
    private static int DescriptionEnd(ParagraphView view, int the)
    {
        for (var k = the + 1; k < view.Words.Count && k <= the + 5; k++)
        {
            if (view.IsQuoted(k) || !view.AreAdjacent(k - 1, k))
            {
                return -1;
            }
            var word = view.Words[k];
            if (Lexicon.PersonNouns.Contains(word.Bare) && char.IsLower(word.Text[0]))
            {
                // "the company’s chief executive Lee Jae-sung": the head runs over "chief executive".
                while (
                    k + 1 < view.Words.Count
                    && view.AreAdjacent(k, k + 1)
                    && char.IsLower(view.Words[k + 1].Text[0])
                    && Lexicon.PersonNouns.Contains(view.Words[k + 1].Bare)
                )
                {
                    k++;
                    word = view.Words[k];
                }
                var next = k + 1 < view.Words.Count ? view.Words[k + 1] : default;
                var isBeforeName =
                    k + 1 < view.Words.Count
                    && next.IsCapitalised
                    && view.AreAdjacent(k, k + 1)
                    && !Lexicon.NonPersonWords.Contains(next.Text);
                var isOfSomething = k + 1 < view.Words.Count && next.Text == "of";
                return isBeforeName || isOfSomething && word.Text != "head" ? -1 : k + 1;
            }
            if (word.Text is "and" or "or" or "who" or "which" or "that")
            {
                return -1;
            }
        }
        return -1;
    }
}
