using NewsBot.Core.Answers;
using NewsBot.Core.Tests.Meaning;
using NewsBot.Testing;

namespace NewsBot.Core.Tests.Answers;

/// <summary>The index of the bundled seeds with the shipped sentence model, built once for a test class.</summary>
public sealed class SeedMeaningFixture : IAsyncLifetime
{
    private readonly IndexedArticles _index = new();

    public IAnswerService Answers { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Answers = await _index.AnswersOverAsync(
            RepositoryFolders.Seeds,
            SharedSentenceModel.Instance
        );

    public Task DisposeAsync()
    {
        _index.Dispose();
        return Task.CompletedTask;
    }
}
