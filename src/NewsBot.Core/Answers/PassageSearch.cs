using NewsBot.Core.Articles;
using NewsBot.Core.Indexing;

namespace NewsBot.Core.Answers;

/// <summary>
/// /search: the best passages for free text, BM25 with a phrase boost. Each passage cites the line of
/// its sentence that holds most of the question's words; the same passage in several articles is one
/// result with every source. Confidence is the share of the question's words the passage holds; a
/// passage missing some of them is a close match, and says so wherever it is shown.
/// </summary>
internal static class PassageSearch
{
    private const int Candidates = 30;
    private const int Judged = 10;
    private const int MaxResults = 5;
    private const double MinConfidence = 0.3;

    public static SearchAnswer Answer(ArticleIndex index, string question)
    {
        var query = TextQueries.TermsWithPhraseBoost(question, IndexFields.Passage);
        if (query is null)
        {
            return SearchAnswer.Empty;
        }
        var groups = TextQueries.ExpandedWords(question);
        var hits = index.Search(query, Candidates, IndexJsonContext.Default.StoredPassage);
        // Coverage needs the passage analysed again, so only the best few distinct passages are judged.
        var results = hits.GroupBy(h => Normalise(h.Record.Text))
            .Take(Judged)
            .Select(g => Judge(g.ToList(), groups))
            .OrderByDescending(r => r.Confidence * r.Score)
            .ToList();
        var answers = results.Where(r => r.Confidence >= MinConfidence).Take(MaxResults).ToArray();
        return answers.Length > 0
            ? new SearchAnswer(answers)
            : new SearchAnswer([], results.FirstOrDefault());
    }

    private static PassageResult Judge(
        IReadOnlyList<IndexHit<StoredPassage>> copies,
        IReadOnlyList<IReadOnlyList<string>> groups
    )
    {
        var best = copies[0].Record;
        var words = TextQueries.StemmedWordsAt(best.Text);
        var sentence = CitedSentence(best, words, groups);
        var sources = copies
            .Select(h => new SourceRef(
                h.Record.File,
                sentence < h.Record.SentenceLines.Length
                    ? h.Record.SentenceLines[sentence]
                    : h.Record.Line
            ))
            .Distinct()
            .OrderBy(s => s.File, StringComparer.Ordinal)
            .ToArray();
        var covered = groups.Count(g => g.Any(w => words.Any(x => x.Word == w)));
        var confidence = groups.Count == 0 ? 0 : Math.Round((double)covered / groups.Count, 3);
        return new PassageResult(
            best.Text,
            sources,
            Math.Round(copies[0].Score, 3),
            confidence,
            CloseMatch: covered < groups.Count
        );
    }

    /// <summary>The sentence holding most of the question's words (the first such sentence).</summary>
    private static int CitedSentence(
        StoredPassage passage,
        IReadOnlyList<(string Word, int Offset)> words,
        IReadOnlyList<IReadOnlyList<string>> groups
    )
    {
        var bestSentence = 0;
        var bestCovered = -1;
        for (var i = 0; i < passage.SentenceStarts.Length; i++)
        {
            var start = passage.SentenceStarts[i];
            var end =
                i + 1 < passage.SentenceStarts.Length
                    ? passage.SentenceStarts[i + 1]
                    : int.MaxValue;
            var covered = groups.Count(g =>
                words.Any(x => x.Offset >= start && x.Offset < end && g.Contains(x.Word))
            );
            if (covered > bestCovered)
            {
                bestCovered = covered;
                bestSentence = i;
            }
        }
        return bestSentence;
    }

    private static string Normalise(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .ToLowerInvariant();
}
