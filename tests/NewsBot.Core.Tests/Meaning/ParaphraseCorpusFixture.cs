using NewsBot.Core.Indexing;
using NewsBot.Testing;

namespace NewsBot.Core.Tests.Meaning;

/// <summary>The 2019–2020 Wikinews corpus indexed once for the paraphrase tests, in a temporary folder.</summary>
public sealed class ParaphraseCorpusFixture : IAsyncLifetime
{
    private readonly TemporaryFolder _folder = new();

    public IndexStore Store { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var corpus = RepositoryFolders.Wikinews2019To2020;
        Store = new IndexStore(new IndexOptions(corpus, _folder.Combine("index")));
        await Store.EnsureReadyAsync();
    }

    public Task DisposeAsync()
    {
        Store.Dispose();
        _folder.Dispose();
        return Task.CompletedTask;
    }
}
