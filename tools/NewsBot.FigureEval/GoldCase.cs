using System.Text.Json;

namespace NewsBot.FigureEval;

/// <summary>
/// One question of the figure gold: its words, and either the figure expected (a value, or a range's low and high,
/// in one of the files listed) or none, when the coverage does not give it.
/// </summary>
internal sealed record GoldCase(
    string Id,
    string Split,
    string Query,
    double? Value,
    double? Low,
    double? High,
    IReadOnlyList<string> Sources,
    string? Change,
    bool None
)
{
    private static readonly string[] Splits = ["dev", "test"];

    /// <summary>The cases of <c>dev.jsonl</c> and <c>test.jsonl</c> in <paramref name="folder"/>.</summary>
    public static IReadOnlyList<GoldCase> Load(string folder) =>
        [.. Splits.SelectMany(split => Read(Path.Combine(folder, split + ".jsonl"), split))];

    private static IEnumerable<GoldCase> Read(string path, string split)
    {
        if (!File.Exists(path))
        {
            yield break;
        }
        foreach (var line in File.ReadLines(path).Where(l => l.Trim().Length > 0))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.GetProperty("command").GetString() != "figure")
            {
                continue;
            }
            var expect = root.GetProperty("expect");
            yield return new GoldCase(
                root.GetProperty("id").GetString()!,
                split,
                root.GetProperty("args").GetProperty("query").GetString()!,
                Number(expect, "value"),
                Number(expect, "low"),
                Number(expect, "high"),
                expect.TryGetProperty("sources", out var sources)
                    ? [.. sources.EnumerateArray().Select(s => s.GetString()!)]
                    : [],
                expect.TryGetProperty("change", out var change) ? change.GetString() : null,
                expect.TryGetProperty("none", out var none) && none.GetBoolean()
            );
        }
    }

    private static double? Number(JsonElement expect, string name) =>
        expect.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            ? value.GetDouble()
            : null;
}
