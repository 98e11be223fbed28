using NewsBot.Core.Text;

namespace NewsBot.Core.Quotes;

/// <summary>
/// The words of a text as the who-said ranker compares them, read by the shared
/// <see cref="TermNormalizer"/>: stemmed as the index stems them, irregular forms and contractions
/// read as their base word ("saw" meets "see", "won't" meets "will"), numbers without separators.
/// </summary>
internal sealed class QuoteTerms
{
    public QuoteTerms(string text)
    {
        var terms = TermNormalizer.Terms(text);
        All = new List<string>(terms.Count);
        Content = [];
        foreach (var term in terms)
        {
            var word =
                term.Text.Contains(',') && term.Text.Any(char.IsAsciiDigit)
                    ? term.Text.Replace(",", "", StringComparison.Ordinal)
                    : term.Text;
            All.Add(word);
            if (!term.IsStop)
            {
                Content.Add(word);
            }
        }
        ContentSet = [.. Content];
        AllSet = [.. All];
        Pairs = [];
        for (var i = 0; i + 1 < All.Count; i++)
        {
            Pairs.Add((All[i], All[i + 1]));
            if (i + 2 < All.Count)
            {
                Pairs.Add((All[i], All[i + 2])); // one word inserted or garbled between ("We see killing" for "it is killing")
            }
        }
    }

    /// <summary>Every word, stemmed, in order.</summary>
    public List<string> All { get; }

    /// <summary>The words that carry meaning (no stop words), in order.</summary>
    public List<string> Content { get; }

    public HashSet<string> ContentSet { get; }

    public HashSet<string> AllSet { get; }

    /// <summary>Adjacent word pairs and pairs with one word between.</summary>
    public HashSet<(string, string)> Pairs { get; }

    /// <summary>Whether the text holds a synonym of <paramref name="term"/> (lexicon/synonyms.txt).</summary>
    public bool HasSynonymOf(string term) =>
        TermNormalizer.HasSynonyms(term)
        && ContentSet.Any(t => TermNormalizer.AreSynonyms(term, t));
}
