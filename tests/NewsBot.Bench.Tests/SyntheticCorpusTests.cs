using System.Text;
using System.Text.RegularExpressions;
using NewsBot.Testing;

namespace NewsBot.Bench.Tests;

public sealed class SyntheticCorpusTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_same_seed_writes_byte_identical_files()
    {
        new SyntheticCorpus(RepositoryFolders.Seeds, seed: 42).Write(_folder.Combine("a"), 40);
        new SyntheticCorpus(RepositoryFolders.Seeds, seed: 42).Write(_folder.Combine("b"), 40);

        var a = Files("a");
        var b = Files("b");
        Assert.Equal(40, a.Count);
        Assert.Equal(a.Keys, b.Keys);
        foreach (var (name, bytes) in a)
        {
            Assert.Equal(bytes, b[name]);
        }
    }

    [Fact]
    public async Task Every_synthetic_article_is_indexed_none_skipped_by_a_failing_extractor()
    {
        var articles = _folder.Combine("corpus");
        new SyntheticCorpus(RepositoryFolders.Seeds).Write(articles, 200);
        using var store = new NewsBot.Core.Indexing.IndexStore(
            new(articles, _folder.Combine("index"))
        );

        var report = await store.EnsureReadyAsync();

        Assert.Empty(report.Skipped);
        Assert.Equal(200, report.Articles);
        Assert.True(report.Quotes > 0 && report.Figures > 0);
    }

    [Fact]
    public void A_different_seed_writes_different_articles()
    {
        new SyntheticCorpus(RepositoryFolders.Seeds, seed: 1).Write(_folder.Combine("a"), 10);
        new SyntheticCorpus(RepositoryFolders.Seeds, seed: 2).Write(_folder.Combine("b"), 10);

        var a = Files("a").Values.Select(Convert.ToHexString).ToHashSet();
        var b = Files("b").Values.Select(Convert.ToHexString).ToHashSet();
        Assert.Empty(a.Intersect(b));
    }

    [Fact]
    public void A_small_corpus_is_the_beginning_of_a_larger_one()
    {
        var corpus = new SyntheticCorpus(RepositoryFolders.Seeds, seed: 7);
        corpus.Write(_folder.Combine("small"), 5);
        corpus.Write(_folder.Combine("large"), 12);

        var small = Files("small");
        var large = Files("large");
        Assert.All(small, f => Assert.Equal(f.Value, large[f.Key]));
    }

    [Fact]
    public void Articles_hold_attributed_quotes_pull_quotes_and_figures_with_ranges_money_and_percentages()
    {
        var sample = new SyntheticCorpus(RepositoryFolders.Seeds, seed: 3).Write(
            _folder.Combine("a"),
            60
        );
        var text = string.Join(
            "\n",
            Files("a")
                .Values.Select(b => Encoding.UTF8.GetString(b))
                .Select(t => t.Replace("\r\n", "\n"))
        );
        var unwrapped = Regex.Replace(text, @"(?<=\S)\n(?=\S)", " ");

        Assert.Matches(
            new Regex("[\u201C\"][^\u201D\"]{10,},[\u201D\"] [A-Z][a-z]+ [A-Z][a-z]+ said"),
            unwrapped
        );
        Assert.Matches(new Regex("\n\u2014 [A-Z][a-z]+ [A-Z][a-z]+, "), text);
        Assert.Matches(new Regex(@"[Bb]etween \d{1,3}(,\d{3})* and \d{1,3}(,\d{3})* "), unwrapped);
        Assert.Matches(new Regex(@"\$\d+ million"), unwrapped);
        Assert.Matches(new Regex(@"\d+(%| per cent)"), unwrapped);
        Assert.Matches(new Regex("(each|per) month"), unwrapped);
        Assert.Contains(
            "\r\n",
            string.Join("", Files("a").Values.Select(b => Encoding.UTF8.GetString(b)))
        );
        Assert.NotEmpty(sample.Quotes);
        Assert.NotEmpty(sample.Figures);
        Assert.NotEmpty(sample.Passages);
        Assert.All(sample.Quotes, q => Assert.False(string.IsNullOrWhiteSpace(q.Speaker)));
    }

    [Fact]
    public void The_seeds_speakers_are_replaced_by_invented_people()
    {
        new SyntheticCorpus(RepositoryFolders.Seeds, seed: 5).Write(_folder.Combine("a"), 30);

        Assert.All(
            Files("a").Values,
            bytes => Assert.DoesNotContain("Rutte", Encoding.UTF8.GetString(bytes))
        );
    }

    [Fact]
    public void Questions_are_built_from_the_corpus_and_are_the_same_for_the_same_seed()
    {
        var sample = new SyntheticCorpus(RepositoryFolders.Seeds, seed: 9).Write(
            _folder.Combine("a"),
            20
        );

        var first = BenchQueries.From(sample, 25, seed: 9);
        var second = BenchQueries.From(sample, 25, seed: 9);

        Assert.Equal(25, first.WhoSaid.Count);
        Assert.Equal(25, first.Figure.Count);
        Assert.Equal(25, first.Compare.Count);
        Assert.Equal(25, first.Search.Count);
        Assert.Equal(first.WhoSaid, second.WhoSaid);
        Assert.Equal(first.Compare, second.Compare);
        Assert.All(first.WhoSaid, q => Assert.False(string.IsNullOrWhiteSpace(q)));
        Assert.True(first.WhoSaid.Distinct().Count() > 15);
    }

    private Dictionary<string, byte[]> Files(string name) =>
        Directory
            .GetFiles(_folder.Combine(name))
            .ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);
}
