using System.Globalization;
using System.Text;
using NewsBot.Core.Answers;
using Xunit.Abstractions;

namespace NewsBot.Core.Tests.Meaning;

/// <summary>
/// Who-said on questions in members' own words over the 2019–2020 Wikinews corpus, with the shipped
/// sentence model: the report per confidence band is the one in docs/quotes.md.
/// </summary>
public sealed class ParaphraseSetTests(ParaphraseCorpusFixture corpus, ITestOutputHelper output)
    : IClassFixture<ParaphraseCorpusFixture>
{
    private static readonly (double From, double To)[] Bands =
    [
        (0.7, 1.01),
        (0.55, 0.7),
        (WhoSaidRanker.Threshold, 0.55),
    ];

    [Fact]
    public async Task Meaning_answers_more_paraphrases_and_never_confidently_a_claim_the_coverage_does_not_hold()
    {
        var byMeaning = new AnswerService(corpus.Store, SharedSentenceModel.Instance);
        var byWords = new AnswerService(corpus.Store);
        var report = new StringBuilder();
        var outcomes = new Dictionary<string, List<Outcome>>(StringComparer.Ordinal);
        foreach (var (name, answers) in new[] { ("meaning", byMeaning), ("words", byWords) })
        {
            var list = new List<Outcome>();
            foreach (var c in ParaphraseCase.Load())
            {
                var answer = await answers.WhoSaidAsync(c.Question);
                list.Add(Outcome.Of(c, answer));
            }
            outcomes[name] = list;
            foreach (var split in new[] { "dev", "test" })
            {
                report.AppendLine(Describe(name, split, list.Where(o => o.Case.Split == split)));
            }
        }
        output.WriteLine(report.ToString());

        var meaning = outcomes["meaning"];
        var words = outcomes["words"];
        Assert.DoesNotContain(
            meaning,
            o =>
                o.Case.Speaker is null && o.Answered && o.Confidence >= WhoSaidRanker.MeaningCeiling
        );
        Assert.True(
            meaning.Count(o => o.Right) > words.Count(o => o.Right) + 10,
            report.ToString()
        );
        Assert.DoesNotContain(
            meaning,
            o => o.Confidence >= 0.7 && o.Confidence > WordsConfidence(words, o) + 1e-9
        );
    }

    private static double WordsConfidence(List<Outcome> words, Outcome o) =>
        words.Single(w => w.Case.Id == o.Case.Id).Confidence;

    private static string Describe(string name, string split, IEnumerable<Outcome> outcomes)
    {
        var list = outcomes.ToList();
        var paraphrases = list.Count(o => o.Case.Speaker is not null);
        var text = new StringBuilder(
            string.Create(
                CultureInfo.InvariantCulture,
                $"{name} {split}: {list.Count(o => o.Right)}/{paraphrases} paraphrases right speaker, {list.Count(o => o.QuoteFound)} right quote; claims not held declined {list.Count(o => o.Case.Speaker is null && !o.Answered)}/{list.Count - paraphrases}"
            )
        );
        foreach (var (from, to) in Bands)
        {
            var band = list.Where(o => o.Answered && o.Confidence >= from && o.Confidence < to)
                .ToList();
            text.Append(
                CultureInfo.InvariantCulture,
                $"; [{from:0.00}, {Math.Min(to, 1):0.00}{(to > 1 ? "]" : ")")} {band.Count(o => o.Right)}/{band.Count}"
            );
        }
        return text.ToString();
    }

    private sealed record Outcome(
        ParaphraseCase Case,
        bool Answered,
        double Confidence,
        bool Right,
        bool QuoteFound
    )
    {
        public static Outcome Of(ParaphraseCase c, QuoteAnswer answer)
        {
            var top = answer.Results.FirstOrDefault();
            var name = top?.Speaker?.Name ?? "";
            var right =
                top is not null
                && c.Speaker is not null
                && name.Contains(c.Speaker, StringComparison.OrdinalIgnoreCase);
            var found =
                top is not null && top.Sources.Any(s => s.File == c.File && s.Line == c.Line);
            return new Outcome(
                c,
                top is not null,
                top?.Confidence ?? answer.Closest?.Confidence ?? 0,
                right,
                found
            );
        }
    }
}
