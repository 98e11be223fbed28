using System.Text;

namespace NewsBot.AttributionEval;

/// <summary>How one gold quotation was answered: the speaker NewsBot gave, by which sieve pattern, and whether it is right.</summary>
internal sealed record JudgedQuote(
    GoldArticle Article,
    GoldQuote Gold,
    bool Found,
    bool SameLine,
    string? Predicted,
    string Sieve,
    bool Right
);

/// <summary>Per-quote accuracy for a split, by kind of speaker, and the precision of each sieve pattern.</summary>
internal sealed class AttributionTally(string split, IReadOnlyList<JudgedQuote> judged)
{
    public int Right => judged.Count(j => j.Right);

    public double Accuracy => judged.Count == 0 ? 0 : (double)Right / judged.Count;

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        var articles = judged.Select(j => j.Article.File).Distinct().Count();
        text.AppendLine(
            $"### {split}: {Right}/{judged.Count} quotes right ({Accuracy:P1}) over {articles} articles with quotes"
        );
        text.AppendLine();
        text.AppendLine(
            "| speaker in the gold | quotes | found | cited at its line | right | accuracy |"
        );
        text.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (
            var group in judged.GroupBy(j => j.Gold.SpeakerType ?? "person").OrderBy(g => g.Key)
        )
        {
            text.AppendLine(Row(group.Key, group.ToList()));
        }
        text.AppendLine(Row("nested (of the above)", judged.Where(j => j.Gold.Nested).ToList()));
        text.AppendLine(Row("all", judged.ToList()));
        var macro = judged
            .GroupBy(j => j.Article.File)
            .Select(g => (double)g.Count(j => j.Right) / g.Count())
            .DefaultIfEmpty()
            .Average();
        text.AppendLine();
        text.AppendLine(
            $"Mean of the articles' own accuracies (each article counts once, however many quotes it has): {macro:P1}."
        );
        text.AppendLine();
        text.AppendLine(
            "| sieve pattern / how the mention was resolved | speakers given | right | precision |"
        );
        text.AppendLine("|---|---:|---:|---:|");
        foreach (
            var group in judged
                .Where(j => j.Predicted is not null)
                .GroupBy(j => j.Sieve)
                .OrderByDescending(g => g.Count())
        )
        {
            var right = group.Count(j => j.Right);
            text.AppendLine(
                $"| {group.Key} | {group.Count()} | {right} | {(double)right / group.Count():P1} |"
            );
        }
        var none = judged.Where(j => j.Found && j.Predicted is null).ToList();
        text.AppendLine(
            $"| no speaker given | {none.Count} | {none.Count(j => j.Right)} (unnamed in the gold) | |"
        );
        return text.ToString();
    }

    private static string Row(string label, List<JudgedQuote> rows)
    {
        var right = rows.Count(j => j.Right);
        var accuracy = rows.Count == 0 ? 0 : (double)right / rows.Count;
        return $"| {label} | {rows.Count} | {rows.Count(j => j.Found)} | {rows.Count(j => j.SameLine)} | {right} | {accuracy:P1} |";
    }
}
