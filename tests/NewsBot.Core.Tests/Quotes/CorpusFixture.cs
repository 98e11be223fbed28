using NewsBot.Core.Answers;
using NewsBot.Core.Articles;
using NewsBot.Core.Indexing;
using NewsBot.Core.Quotes;
using NewsBot.Testing;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>
/// The real-article corpora the property tests read (the seeds and the copies in TestData/corpus, with
/// their attribution files), each indexed once per test run in a temporary folder, with every article's
/// quotes as the index stores them.
/// </summary>
public sealed class CorpusFixture : IAsyncLifetime
{
    public static readonly string[] Names = ["seeds", "real", "wikinews", "wikinews-2019-2020"];

    private readonly TemporaryFolder _folder = new();
    private readonly Dictionary<string, IndexedCorpus> _corpora = new(StringComparer.Ordinal);

    public IndexedCorpus this[string name] => _corpora[name];

    public async Task InitializeAsync()
    {
        foreach (var name in Names)
        {
            var folder =
                name == "seeds"
                    ? RepositoryFolders.Seeds
                    : Path.Combine(
                        RepositoryFolders.Root,
                        "tests",
                        "NewsBot.Core.Tests",
                        "TestData",
                        "corpus",
                        name
                    );
            var store = new IndexStore(new IndexOptions(folder, _folder.Combine(name)));
            var report = await store.EnsureReadyAsync();
            _corpora[name] = IndexedCorpus.Read(folder, store, report);
        }
    }

    public Task DisposeAsync()
    {
        foreach (var corpus in _corpora.Values)
        {
            corpus.Store.Dispose();
        }
        _folder.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>One indexed folder: its index, what indexing reported, and each article's quotes and text.</summary>
public sealed class IndexedCorpus
{
    private readonly Dictionary<string, SourceText> _texts;

    private IndexedCorpus(
        IndexStore store,
        IndexReport report,
        int files,
        IReadOnlyList<Quote> quotes,
        Dictionary<string, SourceText> texts
    )
    {
        Store = store;
        Report = report;
        Files = files;
        Quotes = quotes;
        _texts = texts;
    }

    internal IndexStore Store { get; }

    public IndexReport Report { get; }

    /// <summary>How many article files the folder holds.</summary>
    public int Files { get; }

    public IReadOnlyList<Quote> Quotes { get; }

    public IAnswerService Answers => new AnswerService(Store);

    public SourceText TextOf(string file) => _texts[file];

    internal static IndexedCorpus Read(string folder, IndexStore store, IndexReport report)
    {
        var reader = new ArticleFolderReader(folder);
        var files = reader.List();
        var quotes = new List<Quote>();
        var texts = new Dictionary<string, SourceText>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            texts[file.RelativePath] = SourceText.Read(file.FullPath);
            if (reader.Load(file).Article is { } article)
            {
                quotes.AddRange(ArticleAnalysis.Of(article).Quotes);
            }
        }
        return new IndexedCorpus(store, report, files.Count, quotes, texts);
    }
}
