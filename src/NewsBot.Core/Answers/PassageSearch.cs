using NewsBot.Core.Articles;
using NewsBot.Core.Indexing;

namespace NewsBot.Core.Answers;

/// <summary>
/// /search: the best passages for free text, BM25 with a phrase boost. Each passage cites the line of
/// its sentence that holds most of the question's words; the same passage in several articles is one
/// result with every source. Confidence is the share of the question's words the passage holds.
/// </summary>
internal static class PassageSearch
{
    private const int Candidates = 30;
    private const int MaxResults = 5;
    private const double MinConfidence = 0.3;

    public static SearchAnswer Answer(ArticleIndex index, string question)
    {
        var query = TextQueries.TermsWithPhraseBoost(question);
        if (query is null)
        {
            return SearchAnswer.Empty;
        }
        var groups = TextQueries.ExpandedWords(question);
        var hits = index.Search(IndexFields.KindPassage, query, Candidates, IndexJsonContext.Default.StoredPassage);
        var results = hits
            .GroupBy(h => Normalise(h.Record.Text))
            .Select(g =>
            {
                var best = g.First();
                var sources = g.Select(h => new SourceRef(h.Record.File, CitedLine(h.Record, groups)))
                    .Distinct()
                    .OrderBy(s => s.File, StringComparer.Ordinal)
                    .ToArray();
                return new PassageResult(best.Record.Text, sources, Math.Round(best.Score, 3), Coverage(best.Record.Text, groups));
            })
            .OrderByDescending(r => r.Confidence * r.Score)
            .ToList();
        var answers = results.Where(r => r.Confidence >= MinConfidence).Take(MaxResults).ToArray();
        return answers.Length > 0 ? new SearchAnswer(answers) : new SearchAnswer([], results.FirstOrDefault());
    }

    /// <summary>The share of the question's words (each with its synonyms) that the text holds.</summary>
    public static double Coverage(string text, IReadOnlyList<IReadOnlyList<string>> groups)
    {
        if (groups.Count == 0)
        {
            return 0;
        }
        var words = TextQueries.StemmedWords(text);
        var covered = groups.Count(g => g.Any(words.Contains));
        return Math.Round((double)covered / groups.Count, 3);
    }

    private static int CitedLine(StoredPassage passage, IReadOnlyList<IReadOnlyList<string>> groups)
    {
        var bestLine = passage.Line;
        var bestCovered = -1;
        for (var i = 0; i < passage.SentenceStarts.Length; i++)
        {
            var start = passage.SentenceStarts[i];
            var end = i + 1 < passage.SentenceStarts.Length ? passage.SentenceStarts[i + 1] : passage.Text.Length;
            var words = TextQueries.StemmedWords(passage.Text[start..end]);
            var covered = groups.Count(g => g.Any(words.Contains));
            if (covered > bestCovered)
            {
                bestCovered = covered;
                bestLine = passage.SentenceLines[i];
            }
        }
        return bestLine;
    }

    private static string Normalise(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
