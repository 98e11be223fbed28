using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace NewsBot.Core.Text;

/// <summary>
/// The analysis chains of the index. <see cref="Text"/> is English with possessives removed,
/// stopwords removed and Porter stemming, for ranking; <see cref="Query"/> is the same chain with
/// the domain synonyms expanded (before stopword removal: Lucene 4.8 has no SynonymGraphFilter);
/// <see cref="Exact"/> keeps every word unstemmed, for phrase queries that must match verbatim quotes.
/// </summary>
internal sealed class NewsAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly bool _stem;
    private readonly SynonymMap? _synonyms;

    private NewsAnalyzer(bool stem, SynonymMap? synonyms)
    {
        _stem = stem;
        _synonyms = synonyms;
    }

    public static NewsAnalyzer Text { get; } = new(stem: true, synonyms: null);

    public static NewsAnalyzer Query { get; } = new(stem: true, synonyms: SynonymCatalog.Map);

    public static NewsAnalyzer Exact { get; } = new(stem: false, synonyms: null);

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
        stream = new StopFilter(Version, stream, StopWords);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    private static CharArraySet StopWords { get; } = EnglishAnalyzer.DefaultStopSet;
}
