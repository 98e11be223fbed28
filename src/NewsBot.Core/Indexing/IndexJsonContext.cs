using System.Text.Json.Serialization;
using NewsBot.Core.Figures;
using NewsBot.Core.Quotes;

namespace NewsBot.Core.Indexing;

/// <summary>The serializer of what the index stores: manifests and the payloads of its documents.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(IndexManifest))]
[JsonSerializable(typeof(StoredPassage))]
[JsonSerializable(typeof(Quote))]
[JsonSerializable(typeof(Figure))]
internal sealed partial class IndexJsonContext : JsonSerializerContext;
