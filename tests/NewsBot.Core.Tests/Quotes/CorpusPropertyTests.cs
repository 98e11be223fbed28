using NewsBot.Core.Answers;
using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>
/// Properties that hold on every real article NewsBot is given, checked over whole corpora rather than
/// chosen cases: nothing is lost, every quoted word is the article's own at the line cited, and every
/// speaker named is a name the cited article writes.
/// </summary>
public sealed class CorpusPropertyTests(CorpusFixture corpora) : IClassFixture<CorpusFixture>
{
    public static TheoryData<string> Corpora => [.. CorpusFixture.Names];

    /// <summary>Who-said is asked with the opening words of every n-th quote, to keep the run short.</summary>
    private const int WhoSaidSampleEvery = 7;

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Every_article_is_indexed_with_nothing_skipped_or_left_out(string corpus)
    {
        var indexed = corpora[corpus];

        Assert.Empty(indexed.Report.Skipped);
        Assert.Empty(indexed.Report.Warnings);
        Assert.Equal(indexed.Files, indexed.Report.Articles);
        Assert.NotEmpty(indexed.Quotes);
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Every_quote_indexed_is_verbatim_in_its_article_with_its_first_words_on_its_line(
        string corpus
    )
    {
        var indexed = corpora[corpus];

        var wrong = indexed
            .Quotes.Where(q => !indexed.TextOf(q.Source.File).IsVerbatimAt(q.Text, q.Source.Line))
            .Select(q => $"{q.Source.File}:{q.Source.Line} «{q.Text}»")
            .ToList();

        Assert.Empty(wrong);
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Every_speaker_indexed_is_a_name_its_article_writes(string corpus)
    {
        var indexed = corpora[corpus];

        var wrong = indexed
            .Quotes.Where(q =>
                q.Speaker is { } speaker && !indexed.TextOf(q.Source.File).Mentions(speaker.Name)
            )
            .Select(q => $"{q.Source.File}:{q.Source.Line} {q.Speaker!.Name}")
            .ToList();

        Assert.Empty(wrong);
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public async Task Every_quote_a_speaker_is_asked_for_is_verbatim_at_its_line_under_a_name_its_article_writes(
        string corpus
    )
    {
        var indexed = corpora[corpus];
        var names = indexed
            .Quotes.Where(q => q.Speaker is not null && !PersonDirectory.IsUnnamed(q.Speaker.Name))
            .Select(q => q.Speaker!.Name)
            .Distinct(StringComparer.Ordinal)
            .ToList();

        var wrong = new List<string>();
        foreach (var name in names)
        {
            var answer = await indexed.Answers.QuotesAsync(name, about: null);
            if (answer.Results.Count == 0)
            {
                wrong.Add($"/quotes {name}: nothing");
            }
            wrong.AddRange(Problems(indexed, answer.Results, $"/quotes {name}"));
        }

        Assert.Empty(wrong);
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public async Task Who_said_answers_the_opening_words_of_quotes_verbatim_at_their_line(
        string corpus
    )
    {
        var indexed = corpora[corpus];
        var asked = indexed
            .Quotes.Where((_, i) => i % WhoSaidSampleEvery == 0)
            .Select(q => string.Join(' ', q.Text.Split(' ').Take(10)))
            .Where(words => words.Split(' ').Length >= 6);

        var wrong = new List<string>();
        var declined = new List<string>();
        foreach (var words in asked)
        {
            var answer = await indexed.Answers.WhoSaidAsync(words);
            if (answer.Results.Count == 0)
            {
                declined.Add(words);
            }
            wrong.AddRange(Problems(indexed, answer.Results.Take(1), $"/who-said {words}"));
        }

        Assert.Empty(wrong);
        Assert.Empty(declined);
    }

    private static IEnumerable<string> Problems(
        IndexedCorpus indexed,
        IEnumerable<QuoteResult> results,
        string question
    )
    {
        foreach (var result in results)
        {
            var first = result.Sources[0];
            var text = indexed.TextOf(first.File);
            if (!text.IsVerbatimAt(result.Quote, first.Line))
            {
                yield return $"{question}: not verbatim at {first.File}:{first.Line} «{result.Quote}»";
            }
            if (result.Speaker is { } speaker && !text.Mentions(speaker.Name))
            {
                yield return $"{question}: {first.File} never writes «{speaker.Name}»";
            }
        }
    }
}
