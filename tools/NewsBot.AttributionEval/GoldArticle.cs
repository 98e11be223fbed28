using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsBot.AttributionEval;

/// <summary>One quotation of the gold, as a reader annotated it.</summary>
internal sealed record GoldQuote(
    int Line,
    string Quote,
    string? Type,
    string? Speaker,
    string? SpeakerType,
    bool Nested
)
{
    public bool IsQuote => Type == "quote";
}

/// <summary>An annotated article of the gold and the split it was drawn into.</summary>
internal sealed record GoldArticle(string File, string Split, IReadOnlyList<GoldQuote> Quotes)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    /// <summary>Reads Gold/articles.tsv (file, split) and each article's Gold/articles/&lt;name&gt;.json.</summary>
    public static IReadOnlyList<GoldArticle> Load(string goldFolder)
    {
        var articles = new List<GoldArticle>();
        foreach (
            var row in System.IO.File.ReadLines(Path.Combine(goldFolder, "articles.tsv")).Skip(1)
        )
        {
            var cells = row.Split('\t');
            if (cells.Length < 2)
            {
                continue;
            }
            var path = Path.Combine(
                goldFolder,
                "articles",
                Path.GetFileNameWithoutExtension(cells[0]) + ".json"
            );
            var annotated =
                JsonSerializer.Deserialize<AnnotatedFile>(System.IO.File.ReadAllText(path), Json)
                ?? throw new InvalidDataException($"'{path}' holds no annotation.");
            articles.Add(new GoldArticle(cells[0], cells[1], annotated.Quotes));
        }
        return articles;
    }

    private sealed record AnnotatedFile(string File, List<GoldQuote> Quotes);
}
