namespace NewsBot.Core.Text;

/// <summary>
/// The gender an article shows for each of its people by words that say it outright: an honorific or a
/// gendered title before any mention of the name (`Mr Benn`, `Chairwoman Ann Lee`), a gendered role noun
/// introducing it (`Tom Ash, the father of …`, `spokeswoman Ann Lee`). Pronouns are not read here: a pronoun
/// tells a gender only once it is known whom it stands for (<see cref="PronounResolver"/>).
/// </summary>
internal static class GenderEvidence
{
    /// <summary>Gives each member with no gender yet the one its titles and role nouns agree on.</summary>
    public static void Apply(IReadOnlyList<ParagraphView> views, IReadOnlyList<CastMember> members)
    {
        var tally = new GenderTally();
        foreach (var member in members)
        {
            tally.Add(member, OfWords(member.Role));
        }
        foreach (var view in views)
        {
            foreach (var m in view.Mentions)
            {
                if (m.Kind != MentionKind.Name || m.Member is null || m.Member.IsGroup)
                {
                    continue;
                }
                // The words of the mention before the name itself: "Mr", "Chairwoman", "spokesman".
                var span = view.Text[m.Start..m.End];
                var name = span.IndexOf(m.Text, StringComparison.Ordinal);
                tally.Add(m.Member, OfWords(name > 0 ? span[..name] : null));
                tally.Add(m.Member, OfWords(RoleReader.Appositive(view, m.EndWord)));
            }
        }
        foreach (var member in members)
        {
            member.Gender ??= tally.Agreed(member);
        }
    }

    /// <summary>
    /// The gender the first gendered word of a role tells ("father of three" → male), if any. A title
    /// followed by another title word is part of a longer title that either gender holds
    /// ("Lord Mayor", "Lord Chancellor").
    /// </summary>
    internal static Gender? OfWords(string? words)
    {
        if (words is null)
        {
            return null;
        }
        var parts = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var k = 0; k < parts.Length; k++)
        {
            var word = parts[k].TrimEnd('.', ',');
            var isCompoundTitle =
                k + 1 < parts.Length && Lexicon.TitleWords.Contains(parts[k + 1].TrimEnd('.', ','));
            if (
                word.Length > 0
                && !isCompoundTitle
                && !IsPronoun(word.ToLowerInvariant())
                && Lexicon.GenderOf(word) is { } gender
            )
            {
                return gender;
            }
        }
        return null;
    }

    /// <summary>"his deputy": a pronoun inside a role speaks of someone else, not of the person it introduces.</summary>
    internal static bool IsPronoun(string lower) =>
        lower is "he" or "him" or "his" or "himself" or "she" or "her" or "hers" or "herself";
}
