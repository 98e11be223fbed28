namespace NewsBot.Core.Text;

/// <summary>
/// The person a description refers to ("the NATO chief", "the official"): the person named before whose
/// role shares its words, an unnamed source described earlier, or the most recent person.
/// </summary>
internal sealed class DescriptionResolver(ArticleCast cast, List<ParagraphView> views)
{
    // "The NATO chief" (000_…txt line 9) shares "NATO" with Rutte's role while President Trump was named
    // later in the same paragraph; "the former Dutch prime minister" (001_…txt line 8) shares nothing with
    // any role the article gives, so it falls back to the most recent person.
    public CastMember? Resolve(Mention mention)
    {
        // "his father", "their lawyer": someone other than the person just named, whom only a name can tell.
        if (mention.Text.Split(' ')[0] is "his" or "her" or "their" or "His" or "Her" or "Their")
        {
            return null;
        }
        // "A senior official said": a source the article leaves unnamed is named by its description.
        if (mention.Text.Split(' ')[0] is "a" or "an" or "A" or "An")
        {
            return Unnamed(mention.Text);
        }
        // "A senior official …, who asked not to be named" before "the official said": the same unnamed source.
        if (UnnamedAntecedent(mention) is { } antecedent)
        {
            return Unnamed(antecedent);
        }
        var words = mention
            .Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(StripPossessive)
            .ToList();
        var capitalised = words
            .Where(w =>
                w.Length > 0 && char.IsUpper(w[0]) && !w.Equals("The", StringComparison.Ordinal)
            )
            .Select(NameFolding.Fold)
            .ToHashSet();
        var lower = words
            .Where(w => w.Length > 0 && char.IsLower(w[0]))
            .Select(NameFolding.Fold)
            .ToHashSet();
        lower.ExceptWith(["the", "former", "top", "a", "an", "of", "current", "then", "new"]);
        CastMember? best = null;
        var bestScore = 0;
        var seen = new HashSet<CastMember>();
        foreach (var member in cast.PeopleBefore(mention.Paragraph, mention.Start))
        {
            if (!seen.Add(member) || member.Role is null)
            {
                continue;
            }
            var roleTokens = member
                .Role.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)
                .Select(StripPossessive)
                .ToList();
            var roleWords = roleTokens.Select(NameFolding.Fold).ToHashSet();
            var roleNames = roleTokens
                .Where(w => char.IsUpper(w[0]) && !Lexicon.TitleWords.Contains(w))
                .ToList();
            var capital = capitalised.Count(roleWords.Contains);
            var common = lower.Count(roleWords.Contains);
            // "the Dutch minister" is not the Polish Foreign Minister, whatever noun they share.
            var isConflicting = capital == 0 && capitalised.Count > 0 && roleNames.Count > 0;
            // "the mayor" is the Mayor rather than the Deputy Mayor: among equal matches, the role with fewer
            // words the description does not have.
            var extra = roleWords.Count(w => !lower.Contains(w) && !capitalised.Contains(w));
            var score =
                capital > 0 ? 100 * (10 + capital + common) - extra
                : isConflicting || common == 0 ? 0
                : 100 * common - extra;
            if (score > bestScore)
            {
                best = member;
                bestScore = score;
            }
        }
        return best ?? cast.MostRecentBefore(mention.Paragraph, mention.Start);
    }

    private static string StripPossessive(string word) =>
        word.EndsWith("’s", StringComparison.Ordinal)
        || word.EndsWith("'s", StringComparison.Ordinal)
            ? word[..^2]
            : word.TrimEnd('’', '\'');

    /// <summary>An unnamed source ("a senior official"), one member per description in the article.</summary>
    private CastMember Unnamed(string description)
    {
        var text = char.ToLowerInvariant(description[0]) + description[1..];
        var key = "~" + NameFolding.NameKey(text);
        return cast.Group(key, text);
    }

    /// <summary>"Ann Lee, a nurse at …": a description right after a name and a comma is that person's role, no unnamed source.</summary>
    private static bool IsAppositiveOfName(ParagraphView view, int article) =>
        article > 0
        && view.MentionEndingAt(article - 1) is { Kind: MentionKind.Name }
        && view.Text.AsSpan(
                view.Words[article - 1].End,
                view.Words[article].Start - view.Words[article - 1].End
            )
            .Trim()
            .SequenceEqual(",");

    /// <summary>
    /// "to run as an independent candidate", "she is a candidate": a description after "as" or a copula says what
    /// someone already named is, and introduces nobody new.
    /// </summary>
    private static bool IsPredicate(ParagraphView view, int article) =>
        article > 0
        && view.AreAdjacent(article - 1, article)
        && view.Words[article - 1].Lower
            is "as"
                or "is"
                or "was"
                or "are"
                or "were"
                or "be"
                or "been"
                or "being"
                or "became"
                or "becomes"
                or "become"
                or "remains"
                or "remained";

    /// <summary>"A senior official" earlier in the article, with no name after it, for "the official".</summary>
    private string? UnnamedAntecedent(Mention mention)
    {
        var head = mention.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
        for (var p = mention.Paragraph; p >= 0; p--)
        {
            var view = views[p];
            for (var k = 0; k < view.Words.Count; k++)
            {
                var word = view.Words[k];
                if (p == mention.Paragraph && word.Start >= mention.Start)
                {
                    break;
                }
                if (
                    view.IsQuoted(k)
                    || word.Text is not ("a" or "A" or "an" or "An")
                    || IsAppositiveOfName(view, k)
                    || IsPredicate(view, k)
                )
                {
                    continue;
                }
                for (
                    var j = k + 1;
                    j < view.Words.Count && j <= k + 4 && view.AreAdjacent(j - 1, j);
                    j++
                )
                {
                    if (view.Words[j].Text.Equals(head, StringComparison.OrdinalIgnoreCase))
                    {
                        var namedAfter =
                            j + 1 < view.Words.Count
                            && view.Words[j + 1].IsCapitalised
                            && view.AreAdjacent(j, j + 1);
                        if (!namedAfter)
                        {
                            return view.Text[word.Start..view.Words[j].End];
                        }
                    }
                }
            }
        }
        return null;
    }
}
