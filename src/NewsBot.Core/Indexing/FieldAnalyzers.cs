using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using NewsBot.Core.Text;

namespace NewsBot.Core.Indexing;

/// <summary>Which analysis chain each field of the index uses.</summary>
internal static class FieldAnalyzers
{
    public static Analyzer Indexing { get; } =
        new PerFieldAnalyzerWrapper(
            NewsAnalyzer.Text,
            IndexFields.ExactFields.ToDictionary(field => field, Analyzer (_) => NewsAnalyzer.Exact)
        );
}
