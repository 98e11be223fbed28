using NewsBot.Core.Text;

namespace NewsBot.Core.Figures;

/// <summary>
/// Turns questions and figure fields into comparable terms with the shared <see cref="TermNormalizer"/>:
/// the index's stems, each word of a synonym group read as the group's concept (soldiers / troops / men /
/// personnel; killed / lost / losses / casualties; recruits / recruitment; aid / package; monthly / month),
/// stop words and the words of how a question is asked (<c>lexicon/query-words.txt</c>) dropped.
/// </summary>
internal static class FigureTerms
{
    private static readonly HashSet<string> QueryStems = Lexicon
        .QueryWords.Select(TermNormalizer.Stem)
        .OfType<string>()
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>A term that half stands for another: a demonym for its country and back ("Russian" and "Russia lost").</summary>
    public static string? Related(string term) => TermNormalizer.RelatedConcept(term);

    /// <summary>The distinct terms of <paramref name="text"/> in order.</summary>
    public static IReadOnlyList<string> Of(string? text)
    {
        var terms = new List<string>();
        foreach (var term in TermNormalizer.Terms(text))
        {
            if (Concept(term) is { } concept && !terms.Contains(concept))
            {
                terms.Add(concept);
            }
        }
        return terms;
    }

    /// <summary>The distinct terms of <paramref name="positioned"/> (read by <see cref="Positioned"/>) in order, as <see cref="Of(string?)"/> gives them.</summary>
    public static IReadOnlyList<string> OfTerms(
        IReadOnlyList<(string Term, int Start, int End)> positioned
    )
    {
        var terms = new List<string>();
        foreach (var (term, _, _) in positioned)
        {
            if (term is not ("#" or "") && !terms.Contains(term))
            {
                terms.Add(term);
            }
        }
        return terms;
    }

    /// <summary>
    /// The terms of the capitalised words of <paramref name="text"/>, but months and weekdays (those are periods, not
    /// parties); with <paramref name="skipFirst"/> not its first word, capitalised as the start of a sentence.
    /// </summary>
    public static IEnumerable<string> NamesIn(string? text, bool skipFirst) =>
        string.IsNullOrEmpty(text) ? [] : NamesIn(text, Positioned(text), skipFirst);

    /// <summary>As <see cref="NamesIn(string?, bool)"/>, from the terms of <paramref name="text"/> already read.</summary>
    public static IEnumerable<string> NamesIn(
        string text,
        IReadOnlyList<(string Term, int Start, int End)> positioned,
        bool skipFirst
    )
    {
        foreach (var (term, start, _) in positioned)
        {
            if (
                term.Length > 1
                && (!skipFirst || start > 0)
                && char.IsUpper(text[start])
                && !PeriodDetector.IsCalendarWord(text.AsSpan(start))
            )
            {
                yield return term;
            }
        }
    }

    /// <summary>Terms with their offsets (for proximity), digits kept as the marker "#", dropped words as "".</summary>
    public static IReadOnlyList<(string Term, int Start, int End)> Positioned(string text) =>
        TermNormalizer
            .Terms(text)
            .Select(t => (char.IsAsciiDigit(t.Text[0]) ? "#" : Concept(t) ?? "", t.Start, t.End))
            .ToList();

    /// <summary>The term of one word, or null when it is a stop word, a question word or a number.</summary>
    public static string? Normalize(string word)
    {
        var terms = TermNormalizer.Terms(word);
        return terms.Count == 0 ? null : Concept(terms[0]);
    }

    private static string? Concept(TextTerm term) =>
        term.IsStop || char.IsAsciiDigit(term.Text[0]) || QueryStems.Contains(term.Text)
            ? null
            : TermNormalizer.Concept(term.Text);
}
