using NewsBot.Core.Answers;
using NewsBot.Core.Indexing;
using NewsBot.Testing;

namespace NewsBot.Core.Tests.Answers;

/// <summary>The index of the bundled seeds, built once for a test class in a temporary folder.</summary>
public sealed class SeedIndexFixture : IAsyncLifetime
{
    private readonly TemporaryFolder _folder = new();
    private IndexStore? _store;

    public IAnswerService Answers { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _store = new IndexStore(
            new IndexOptions(RepositoryFolders.Seeds, _folder.Combine("index"))
        );
        await _store.EnsureReadyAsync();
        Answers = new AnswerService(_store);
    }

    public Task DisposeAsync()
    {
        _store?.Dispose();
        _folder.Dispose();
        return Task.CompletedTask;
    }
}
