using System.Text.Json.Serialization;
using NewsBot.Core.Answers;
using NewsBot.Core.Gaps;
using NewsBot.Core.Indexing;
using NewsBot.Core.Library;

namespace NewsBot.Cli;

/// <summary>The JSON of <c>ask --json</c>, exactly as DESIGN.md's contract: camelCase, absent fields omitted.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = false
)]
[JsonSerializable(typeof(QuoteAnswer))]
[JsonSerializable(typeof(FigureAnswer))]
[JsonSerializable(typeof(CompareAnswer))]
[JsonSerializable(typeof(SearchAnswer))]
[JsonSerializable(typeof(SourcesAnswer))]
[JsonSerializable(typeof(IndexReport))]
[JsonSerializable(typeof(CoverageGapsAnswer))]
[JsonSerializable(typeof(AddedArticle))]
[JsonSerializable(typeof(RemoveResult))]
[JsonSerializable(typeof(CommandLineError))]
internal sealed partial class AnswerJsonContext : JsonSerializerContext;
