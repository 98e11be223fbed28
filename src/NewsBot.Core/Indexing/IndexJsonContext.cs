using System.Text.Json.Serialization;
using NewsBot.Core.Figures;
using NewsBot.Core.Quotes;

namespace NewsBot.Core.Indexing;

/// <summary>The serializer of the records the index stores with its documents.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(StoredPassage))]
[JsonSerializable(typeof(Quote))]
[JsonSerializable(typeof(Figure))]
internal sealed partial class IndexJsonContext : JsonSerializerContext;
