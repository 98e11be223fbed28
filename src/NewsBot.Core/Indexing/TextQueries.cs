using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsBot.Core.Text;

namespace NewsBot.Core.Indexing;

/// <summary>
/// Builds Lucene queries from free text typed by a person. Queries are built from analysed tokens,
/// never parsed, so quotes, colons and brackets in a question are words, not syntax errors.
/// </summary>
internal static class TextQueries
{
    /// <summary>
    /// The words of a question that are read; the rest are left out. A query holds a clause per word
    /// and Lucene refuses more than 1,024 clauses in one query: a long question is answered from its
    /// first words instead of failing.
    /// </summary>
    public const int MaxQuestionWords = 256;

    /// <summary>The question's words over one field, each with its synonyms; null when it has none.</summary>
    public static QuestionWords? Words(string text, string field)
    {
        var groups = Positions(NewsAnalyzer.Query, text);
        return groups.Count == 0 ? null : new QuestionWords(field, groups);
    }

    /// <summary>The words in order, unstemmed, as a sloppy phrase over a verbatim field.</summary>
    public static Query? Phrase(string text, string exactField, int slop)
    {
        var words = Positions(NewsAnalyzer.Exact, text).Select(p => p[0]).ToList();
        if (words.Count < 2)
        {
            return null;
        }
        var phrase = new PhraseQuery { Slop = slop };
        foreach (var word in words)
        {
            phrase.Add(new Term(exactField, word));
        }
        return phrase;
    }

    /// <summary>BM25 over the terms, with a boost for documents holding the words as a phrase.</summary>
    public static RankedQuery? TermsWithPhraseBoost(
        string text,
        KindFields fields,
        float phraseBoost = 2f,
        int slop = 3
    )
    {
        var words = Words(text, fields.Text);
        if (words is null)
        {
            return null;
        }
        var phrase = Phrase(text, fields.Exact, slop);
        if (phrase is not null)
        {
            phrase.Boost = phraseBoost;
        }
        return new RankedQuery(words, phrase);
    }

    /// <summary>
    /// The question's longer words, each also matching words one edit away (two for words of eight letters
    /// or more; a swap of two letters is one edit), over a verbatim field: the candidates for a question
    /// with misspellings ("unprecedentd coehsion"). The first letter must agree, which keeps the query
    /// cheap on a large index and is where typing slips least. Null when no word is long enough.
    /// </summary>
    public static Query? Misspelt(string text, string exactField)
    {
        var query = new BooleanQuery(disableCoord: false);
        foreach (var word in ExactWords(text).Where(w => w.Length >= 4).Distinct())
        {
            query.Add(
                new FuzzyQuery(
                    new Term(exactField, word),
                    word.Length >= 8 ? 2 : 1,
                    prefixLength: 1
                ),
                Occur.SHOULD
            );
        }
        return query.Clauses.Count == 0 ? null : query;
    }

    /// <summary>The words of a text as the exact field holds them: lowercase, accents folded, unstemmed.</summary>
    public static IReadOnlyList<string> ExactWords(string text) =>
        Positions(NewsAnalyzer.Exact, text).Select(p => p[0]).ToArray();

    /// <summary>The stemmed words of a text (no synonyms) with the offset where each starts, analysed once.</summary>
    public static IReadOnlyList<(string Word, int Offset)> StemmedWordsAt(string text)
    {
        var words = new List<(string, int)>();
        using var stream = NewsAnalyzer.Text.GetTokenStream(IndexFields.Passage.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            words.Add((term.ToString(), offset.StartOffset));
        }
        stream.End();
        return words;
    }

    /// <summary>The synonym-expanded groups of a question: each group is one word of it with its synonyms.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> ExpandedWords(string text) =>
        Positions(NewsAnalyzer.Query, text);

    private static List<IReadOnlyList<string>> Positions(Analyzer analyzer, string text)
    {
        var positions = new List<IReadOnlyList<string>>();
        using var stream = analyzer.GetTokenStream(IndexFields.Passage.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        List<string>? current = null;
        while (stream.IncrementToken())
        {
            var word = term.ToString();
            if (increment.PositionIncrement > 0 || current is null)
            {
                if (positions.Count == MaxQuestionWords)
                {
                    break;
                }
                current = [word];
                positions.Add(current);
            }
            else if (!current.Contains(word))
            {
                current.Add(word);
            }
        }
        stream.End();
        return positions;
    }
}

/// <summary>
/// The words of a question over one field, one group per word with its synonyms (a group counts
/// once, so "troops killed" finds a passage on "soldiers lost" as well as one on "troops killed").
/// </summary>
internal sealed record QuestionWords(string Field, IReadOnlyList<IReadOnlyList<string>> Groups)
{
    /// <summary>The documents holding any of the words, ranked by BM25.</summary>
    public Query Any() => Clauses(Groups, Occur.SHOULD);

    /// <summary>
    /// The documents holding every word that the field holds at all (a typo matching nothing is left
    /// out), ranked by BM25 the same as by <see cref="Any"/>; null when fewer than two words are left,
    /// where it would find what <see cref="Any"/> finds.
    /// </summary>
    public Query? All(IndexReader reader)
    {
        var known = Groups
            .Select(words =>
                (IReadOnlyList<string>)
                    words.Where(w => reader.DocFreq(new Term(Field, w)) > 0).ToArray()
            )
            .Where(words => words.Count > 0)
            .ToList();
        return known.Count < 2 ? null : Clauses(known, Occur.MUST);
    }

    private BooleanQuery Clauses(IEnumerable<IReadOnlyList<string>> groups, Occur occur)
    {
        var query = new BooleanQuery(disableCoord: false);
        foreach (var words in groups)
        {
            if (words.Count == 1)
            {
                query.Add(new TermQuery(new Term(Field, words[0])), occur);
                continue;
            }
            var alternatives = new BooleanQuery(disableCoord: true);
            foreach (var word in words)
            {
                alternatives.Add(new TermQuery(new Term(Field, word)), Occur.SHOULD);
            }
            query.Add(alternatives, occur);
        }
        return query;
    }
}

/// <summary>
/// A question in two passes: <see cref="Words"/> finds and ranks the candidates over the whole index;
/// <see cref="Boost"/>, when there is one, adds its score to the best few hundred of them only.
/// A sloppy phrase checked against every document holding the words was most of the time of a
/// question; checked against the candidates it costs little and ranks the top the same way.
/// </summary>
internal sealed record RankedQuery(QuestionWords Words, Query? Boost = null);
