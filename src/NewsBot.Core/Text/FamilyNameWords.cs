namespace NewsBot.Core.Text;

/// <summary>
/// The words of <see cref="Lexicon.NonPersonWords"/> that one article shows to be a person's family name: a
/// publication's, a city's or a month's name is also a surname now and then (a "Post", a "Paris", a
/// "May"), and where the article writes it after a given name and a title or role ("former mayor Ann
/// Post") or before an appositive that describes a person ("Ann Post, formerly the mayor, …"), the word
/// alone is that person everywhere in the article, so that "Post said" and a later "she said" are hers.
/// </summary>
internal static class FamilyNameWords
{
    /// <remarks>
    /// Organisations share the shape ("the National Science Foundation, a federal agency"), so the word must also
    /// stand alone somewhere in the article as a person does, doing something: "Post endorsed", "Post said".
    /// </remarks>
    public static HashSet<string> Find(IReadOnlyList<ParagraphView> views)
    {
        var found = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var view in views)
        {
            var words = view.Words;
            for (var k = 1; k < words.Count; k++)
            {
                if (
                    IsSurnameCandidate(view, k)
                    && IsGivenName(view, k - 1)
                    && view.AreAdjacent(k - 1, k)
                    && !(
                        k + 1 < words.Count
                        && view.AreAdjacent(k, k + 1)
                        && words[k + 1].IsCapitalised
                    )
                    && !IsAfterArticle(view, k - 2)
                    && (
                        IsTitledOrRoled(view, k - 2)
                        || RoleReader.Appositive(view, k + 1) is not null
                    )
                )
                {
                    found.Add(words[k].Bare);
                }
            }
        }
        found.RemoveWhere(word => !views.Any(view => ActsAlone(view, word)));
        return found;
    }

    /// <summary>"the Hurricane Center": a capitalised run after an article names a thing.</summary>
    private static bool IsAfterArticle(ParagraphView view, int k) =>
        k >= 0 && view.AreAdjacent(k, k + 1) && view.Words[k].Lower is "the" or "a" or "an";

    /// <summary>"Post endorsed her rival": the word alone, no capitalised word next to it, before a verb in the past tense.</summary>
    private static bool ActsAlone(ParagraphView view, string word)
    {
        var words = view.Words;
        for (var k = 0; k + 1 < words.Count; k++)
        {
            if (
                !view.IsQuoted(k)
                && string.Equals(words[k].Text, word, StringComparison.Ordinal)
                && !(
                    k > 0
                    && view.AreAdjacent(k - 1, k)
                    && (words[k - 1].IsCapitalised || words[k - 1].Lower is "the")
                )
                && view.AreAdjacent(k, k + 1)
                && SpeechContext.IsActionVerb(words[k + 1])
            )
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A capitalised word of the non-person list that names something a person can be named after: not a day, a function word or an organisation's noun.</summary>
    private static bool IsSurnameCandidate(ParagraphView view, int k)
    {
        var word = view.Words[k];
        var bare = word.Bare;
        return !view.IsQuoted(k)
            && word.IsCapitalised
            && !word.IsAllCaps
            && bare.Length > 2
            && bare.All(char.IsLetter)
            && Lexicon.NonPersonWords.Contains(bare)
            && !Lexicon.IsStopWord(bare.ToLowerInvariant())
            && !Lexicon.GroupNouns.Contains(bare)
            && !IsWeekday(bare);
    }

    /// <summary>"Ann" of "Ann Post": a capitalised word that is no title, noun for people or non-person word.</summary>
    private static bool IsGivenName(ParagraphView view, int k)
    {
        var word = view.Words[k];
        var bare = word.Bare;
        return !view.IsQuoted(k)
            && word.IsCapitalised
            && !word.IsAllCaps
            && !word.IsPossessive
            && bare.All(char.IsLetter)
            && !Lexicon.NonPersonWords.Contains(bare)
            && !Lexicon.TitleWords.Contains(bare)
            && !Lexicon.PersonNouns.Contains(bare);
    }

    /// <summary>A title ("Mayor", "Ms") or a lowercase noun for a person ("former mayor") right before the given name.</summary>
    private static bool IsTitledOrRoled(ParagraphView view, int k)
    {
        if (k < 0 || !view.AreAdjacent(k, k + 1))
        {
            return false;
        }
        var word = view.Words[k];
        return Lexicon.TitleWords.Contains(word.Bare)
            || (char.IsLower(word.Text[0]) && Lexicon.PersonNouns.Contains(word.Bare));
    }

    /// <summary>"Senator Ann Lee Monday": a day after a name is when, never who.</summary>
    private static bool IsWeekday(string word) =>
        word.EndsWith("day", StringComparison.OrdinalIgnoreCase)
        && Lexicon.CalendarWords.Contains(word);
}
