using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace NewsBot.Core.Text;

/// <summary>
/// The one analysis chain NewsBot reads words with, in four uses. <see cref="Text"/> is English with
/// possessives removed, accents folded, irregular forms read as their base word
/// (<c>lexicon/word-forms.txt</c>), stop words removed and Porter stemming, for ranking in the index;
/// <see cref="Query"/> is the same chain with the synonyms expanded (before stopword removal: Lucene 4.8
/// has no SynonymGraphFilter); <see cref="Terms"/> keeps the stop words, unstemmed and marked, for the
/// rankers' <see cref="TermNormalizer"/>; <see cref="Exact"/> keeps every word unstemmed, for phrase
/// queries that must match verbatim quotes.
/// </summary>
internal sealed class NewsAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly bool _stem;
    private readonly bool _keepStopWords;
    private readonly SynonymMap? _synonyms;

    private NewsAnalyzer(bool stem, SynonymMap? synonyms, bool keepStopWords = false)
    {
        _stem = stem;
        _synonyms = synonyms;
        _keepStopWords = keepStopWords;
    }

    public static NewsAnalyzer Text { get; } = new(stem: true, synonyms: null);

    public static NewsAnalyzer Query { get; } = new(stem: true, synonyms: SynonymCatalog.Map);

    public static NewsAnalyzer Terms { get; } =
        new(stem: true, synonyms: null, keepStopWords: true);

    public static NewsAnalyzer Exact { get; } = new(stem: false, synonyms: null);

    /// <summary>The stop words of <c>lexicon/stop-words.txt</c> as Lucene's set.</summary>
    public static CharArraySet StopWords { get; } =
        new CharArraySet(Version, Lexicon.StopWordList, false).AsReadOnly();

    /// <summary>"said" read as "say", "men" as "man": each form mapped to the Porter stem of its base word.</summary>
    private static StemmerOverrideFilter.StemmerOverrideMap WordForms { get; } = BuildWordForms();

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        TextNormalizer.Filter(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new StandardFilter(Version, source);
        stream = new EnglishPossessiveFilter(Version, stream);
        stream = new LowerCaseFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        if (!_stem)
        {
            return new TokenStreamComponents(source, stream);
        }
        if (_synonyms is not null)
        {
            stream = new SynonymFilter(stream, _synonyms, ignoreCase: true);
        }
        // Irregular forms first, so that "were" read as "be" is a stop word like "be".
        stream = new StemmerOverrideFilter(stream, WordForms);
        // A stop word kept is marked as a keyword: the stemmer leaves it as written, and the
        // normaliser tells it from a stemmed word by the mark.
        stream = _keepStopWords
            ? new SetKeywordMarkerFilter(stream, StopWords)
            : new StopFilter(Version, stream, StopWords);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    private static StemmerOverrideFilter.StemmerOverrideMap BuildWordForms()
    {
        var builder = new StemmerOverrideFilter.Builder(ignoreCase: false);
        using var stemmer = new PorterOnly();
        foreach (var (form, word) in Lexicon.WordForms)
        {
            builder.Add(new CharsRef(form), stemmer.Stem(word));
        }
        return builder.Build();
    }

    /// <summary>The chain's Porter stemmer alone, for the base words of the irregular forms.</summary>
    private sealed class PorterOnly : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(
            string fieldName,
            TextReader reader
        )
        {
            var source = new KeywordTokenizer(reader);
            return new TokenStreamComponents(source, new PorterStemFilter(source));
        }

        public string Stem(string word)
        {
            using var stream = GetTokenStream("", word);
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            var stem = stream.IncrementToken() ? term.ToString() : word;
            stream.End();
            return stem;
        }
    }
}
