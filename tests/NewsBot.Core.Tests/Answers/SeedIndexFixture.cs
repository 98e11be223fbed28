using NewsBot.Core.Answers;
using NewsBot.Testing;

namespace NewsBot.Core.Tests.Answers;

/// <summary>The index of the bundled seeds, built once for a test class in a temporary folder.</summary>
public sealed class SeedIndexFixture : IAsyncLifetime
{
    private readonly IndexedArticles _index = new();

    public IAnswerService Answers { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Answers = await _index.AnswersOverAsync(RepositoryFolders.Seeds);

    public Task DisposeAsync()
    {
        _index.Dispose();
        return Task.CompletedTask;
    }
}
