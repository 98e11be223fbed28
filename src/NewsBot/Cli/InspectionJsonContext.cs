using System.Text.Json.Serialization;
using NewsBot.Core.Inspection;

namespace NewsBot.Cli;

/// <summary>
/// The JSON of <c>inspect --json</c>: every field of a quote and a figure is always there, null when the article
/// does not say it (a quote without a speaker, a range without a single value), so a script reads one shape.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = false
)]
[JsonSerializable(typeof(InspectionReport))]
internal sealed partial class InspectionJsonContext : JsonSerializerContext;
