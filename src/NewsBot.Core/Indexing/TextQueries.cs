using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NewsBot.Core.Indexing;

/// <summary>
/// Builds Lucene queries from free text typed by a person. Queries are built from analysed tokens,
/// never parsed, so quotes, colons and brackets in a question are words, not syntax errors.
/// </summary>
internal static class TextQueries
{
    /// <summary>
    /// One clause per position of the synonym-expanded text: a word and its synonyms count once,
    /// so "troops killed" matches a passage on "soldiers lost" as well as one on "troops killed".
    /// </summary>
    public static Query? Terms(string text, string field)
    {
        var positions = Positions(NewsAnalyzer.Query, text);
        if (positions.Count == 0)
        {
            return null;
        }
        var query = new BooleanQuery(disableCoord: false);
        foreach (var words in positions)
        {
            if (words.Count == 1)
            {
                query.Add(new TermQuery(new Term(field, words[0])), Occur.SHOULD);
                continue;
            }
            var alternatives = new BooleanQuery(disableCoord: true);
            foreach (var word in words)
            {
                alternatives.Add(new TermQuery(new Term(field, word)), Occur.SHOULD);
            }
            query.Add(alternatives, Occur.SHOULD);
        }
        return query;
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
        var terms = Terms(text, fields.Text);
        if (terms is null)
        {
            return null;
        }
        var phrase = Phrase(text, fields.Exact, slop);
        if (phrase is not null)
        {
            phrase.Boost = phraseBoost;
        }
        return new RankedQuery(terms, phrase);
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
/// A query in two passes: <see cref="Match"/> finds and ranks the candidates over the whole index;
/// <see cref="Boost"/>, when there is one, adds its score to the best few hundred of them only.
/// A sloppy phrase checked against every document holding the words was most of the time of a
/// question; checked against the candidates it costs little and ranks the top the same way.
/// </summary>
internal sealed record RankedQuery(Query Match, Query? Boost = null);
