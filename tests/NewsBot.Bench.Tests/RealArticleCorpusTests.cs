using System.Text;
using System.Text.RegularExpressions;
using NewsBot.Testing;

namespace NewsBot.Bench.Tests;

public sealed partial class RealArticleCorpusTests : IDisposable
{
    private const string Bridge = """
        County bridge to reopen after flood repairs

        Tuesday, March 3, 2020

        The county says the river bridge at Holloway Ford will reopen next month after 14 weeks of repairs that cost 2.5 million dollars.

        "The bridge will reopen before the first snow, whatever the weather does," said Marta Okonkwo, the county engineer, on Monday.

        Okonkwo added that 12 crews had worked through the winter and that 1,400 residents had signed a petition for a temporary ferry.

        The flood in 2019 closed 31 roads across the county.
        """;

    private const string Orchestra = """
        Town orchestra plays its last concert in the old hall

        Friday, May 8, 2020

        The town orchestra played to 640 listeners on Thursday in the hall it has used since 1952.

        "We leave the old hall with a heavy heart and a full programme," Piotr Lindahl, the conductor, told the audience.

        Lindahl said 85 musicians would move to the new arts centre, which seats 1,250 people and cost 7.5 million dollars.
        """;

    private const string Harvest = """
        Growers report smaller apple harvest after dry summer

        Sunday, October 4, 2020

        Apple growers in the valley picked 23 tonnes fewer than last year, the growers' association said, after 47 days without rain.

        Ines Varga, who farms 9 hectares near the lake, said the fruit was small but sweet. "People will taste the sun in every apple this year," Varga said.

        Prices at the market rose by 3.5 percent, and 2,300 boxes were sold on the first weekend.
        """;

    private const string Marathon = """
        Harbour marathon draws record field

        Saturday, September 12, 2020

        A record 5,600 runners started the harbour marathon on Saturday morning under a grey sky.

        Tobias Rennard, the race director, said 18 runners were treated for cramps. "Nobody expected this many people at the start line," Rennard said.

        The winner finished in 2 hours and 11 minutes, and 96 volunteers handed out water along the course.
        """;

    private static readonly string[] Sources = [Bridge, Orchestra, Harvest, Marathon];
    private static readonly string[] People =
    [
        "Marta Okonkwo",
        "Piotr Lindahl",
        "Ines Varga",
        "Tobias Rennard",
    ];

    private readonly TemporaryFolder _folder = new();

    public RealArticleCorpusTests()
    {
        var source = _folder.Combine("source");
        Directory.CreateDirectory(source);
        for (var i = 0; i < Sources.Length; i++)
        {
            File.WriteAllText(Path.Combine(source, $"{1000 + i}_real.txt"), Sources[i]);
        }
    }

    public void Dispose() => _folder.Dispose();

    private RealArticleCorpus Corpus(int seed = 11) => new(_folder.Combine("source"), seed);

    [Fact]
    public void The_same_seed_writes_byte_identical_articles_and_a_small_corpus_begins_a_larger_one()
    {
        Corpus().Write(_folder.Combine("a"), 30);
        Corpus().Write(_folder.Combine("b"), 30);
        Corpus().Write(_folder.Combine("small"), 10);

        var a = Files("a");
        var b = Files("b");
        Assert.Equal(30, a.Count);
        Assert.Equal(a.Keys, b.Keys);
        Assert.All(a, file => Assert.Equal(file.Value, b[file.Key]));
        Assert.All(Files("small"), file => Assert.Equal(file.Value, a[file.Key]));
    }

    [Fact]
    public void A_different_seed_writes_different_articles()
    {
        Corpus(seed: 1).Write(_folder.Combine("a"), 10);
        Corpus(seed: 2).Write(_folder.Combine("b"), 10);

        var a = Files("a").Values.Select(Convert.ToHexString).ToHashSet();
        Assert.Empty(a.Intersect(Files("b").Values.Select(Convert.ToHexString)));
    }

    [Fact]
    public void Every_word_of_every_article_is_a_word_of_the_real_articles()
    {
        Corpus().Write(_folder.Combine("a"), 60);

        var real = Sources.SelectMany(Words).ToHashSet(StringComparer.Ordinal);
        var written = Texts("a").SelectMany(Words).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(written.Except(real));
        Assert.Contains("ferry", written);
        Assert.Contains("marathon", written);
    }

    [Fact]
    public void No_article_is_a_copy_of_a_real_article_or_of_another_article()
    {
        Corpus().Write(_folder.Combine("a"), 60);

        var real = Sources.Select(Flat).ToHashSet(StringComparer.Ordinal);
        var written = Texts("a").Select(Flat).ToArray();
        Assert.Equal(written.Length, written.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(written, real.Contains);
    }

    [Fact]
    public void A_person_is_replaced_by_someone_the_real_articles_name_in_full_and_by_surname_alike()
    {
        Corpus().Write(_folder.Combine("a"), 80);

        var quoted = new Regex(
            "The bridge will reopen before the first snow, whatever the weather does,[\"\u201D] said (\\p{Lu}\\p{Ll}+ (\\p{Lu}\\p{Ll}+)), the county engineer"
        );
        var speakers = new List<string>();
        var bothParagraphs = 0;
        foreach (var text in Texts("a").Select(Unwrapped))
        {
            if (quoted.Match(text) is not { Success: true } match)
            {
                continue;
            }
            var speaker = match.Groups[1].Value;
            speakers.Add(speaker);
            Assert.Contains(speaker, People);
            if (AddedThat().Match(text) is { Success: true } added)
            {
                bothParagraphs++;
                Assert.Equal(match.Groups[2].Value, added.Groups[1].Value);
            }
        }
        Assert.Contains(speakers, s => s != "Marta Okonkwo");
        Assert.True(bothParagraphs > 0, "no article kept both paragraphs of the bridge article");
    }

    [Fact]
    public void Numbers_are_varied_with_numbers_of_the_same_shape_and_years_and_dates_are_kept()
    {
        Corpus().Write(_folder.Combine("a"), 80);

        var crews = Texts("a")
            .Select(Unwrapped)
            .Select(t => CrewsLine().Match(t))
            .Where(m => m.Success)
            .ToArray();
        Assert.NotEmpty(crews);
        Assert.All(crews, m => Assert.Matches("^[0-9]{2}$", m.Groups[1].Value));
        Assert.All(crews, m => Assert.Matches("^[0-9],[0-9]{3}$", m.Groups[2].Value));
        Assert.Contains(crews, m => m.Groups[1].Value != "12" || m.Groups[2].Value != "1,400");
        var flood = Texts("a").Select(Unwrapped).Where(t => t.Contains("The flood in")).ToArray();
        Assert.NotEmpty(flood);
        Assert.All(flood, t => Assert.Contains("The flood in 2019 closed", t));
        Assert.All(
            Texts("a").Where(t => t.Contains("Tuesday, March")),
            t => Assert.Contains("Tuesday, March 3, 2020", t)
        );
    }

    [Fact]
    public void The_questions_are_built_from_the_quotes_figures_and_passages_the_articles_hold()
    {
        var sample = Corpus().Write(_folder.Combine("a"), 40);
        var texts = string.Join("\n", Texts("a").Select(Unwrapped).Select(Straight));

        Assert.NotEmpty(sample.Quotes);
        Assert.NotEmpty(sample.Figures);
        Assert.NotEmpty(sample.Passages);
        Assert.All(sample.Quotes, q => Assert.Contains(Straight(q.Text), texts));
        Assert.All(sample.Passages, p => Assert.Contains(Straight(p), texts));
        Assert.All(
            sample.Figures,
            f => Assert.Matches(new Regex("[0-9] " + Regex.Escape(f.Measure)), texts)
        );
        Assert.Contains(sample.Figures, f => f.Measure == "runners were treated");
        var questions = BenchQueries.From(sample, 20, seed: 11);
        Assert.Equal(20, questions.WhoSaid.Count);
        Assert.All(questions.Search, q => Assert.False(string.IsNullOrWhiteSpace(q)));
    }

    [Fact]
    public void A_missing_folder_of_real_articles_is_one_clear_line()
    {
        var missing = _folder.Combine("no-such-folder");

        var exception = Assert.Throws<InvalidOperationException>(() =>
            new RealArticleCorpus(missing)
        );

        Assert.Contains(missing, exception.Message);
        Assert.Contains("--source", exception.Message);
        Assert.DoesNotContain('\n', exception.Message);
    }

    private Dictionary<string, byte[]> Files(string name) =>
        Directory
            .GetFiles(_folder.Combine(name))
            .ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);

    private IEnumerable<string> Texts(string name) =>
        Files(name)
            .Values.Select(b =>
                Encoding.UTF8.GetString(b).TrimStart('\uFEFF').Replace("\r\n", "\n")
            );

    private static IEnumerable<string> Words(string text) =>
        WordPattern().Matches(text).Select(m => m.Value);

    /// <summary>The words alone, without layout or quote style: two articles that differ only there are copies.</summary>
    private static string Flat(string text) => string.Join(' ', Words(Straight(text)));

    /// <summary>Hard-wrapped lines joined again.</summary>
    private static string Unwrapped(string text) => WrappedLine().Replace(text, " ");

    private static string Straight(string text) =>
        text.Replace('\u201C', '"').Replace('\u201D', '"').Replace('\u2019', '\'');

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"(?<=\S)\n(?=\S)")]
    private static partial Regex WrappedLine();

    [GeneratedRegex(@"(\p{Lu}\p{Ll}+) added that [0-9]+ crews")]
    private static partial Regex AddedThat();

    [GeneratedRegex(
        @"added that ([0-9,.]+) crews had worked through the winter and that ([0-9,.]+) residents"
    )]
    private static partial Regex CrewsLine();
}
