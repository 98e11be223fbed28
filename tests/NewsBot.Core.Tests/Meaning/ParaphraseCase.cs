using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsBot.Core.Tests.Meaning;

/// <summary>
/// A who-said question in a member's own words over the 2019–2020 Wikinews corpus: a real quote
/// paraphrased (<see cref="Speaker"/> names who said it) or a claim the coverage does not hold whose topic
/// words it shares (no speaker). The split was drawn with a seeded shuffle before any tuning.
/// </summary>
public sealed record ParaphraseCase(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("speaker")] string? Speaker,
    [property: JsonPropertyName("file")] string? File,
    [property: JsonPropertyName("line")] int? Line,
    [property: JsonPropertyName("split")] string Split
)
{
    public static IReadOnlyList<ParaphraseCase> Load() =>
        [
            .. System
                .IO.File.ReadLines(
                    Path.Combine(AppContext.BaseDirectory, "TestData", "paraphrases.jsonl")
                )
                .Where(line => line.Length > 0)
                .Select(line => JsonSerializer.Deserialize<ParaphraseCase>(line)!),
        ];
}
