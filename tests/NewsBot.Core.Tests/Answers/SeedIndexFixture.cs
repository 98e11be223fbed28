using NewsBot.Core.Answers;
using NewsBot.Core.Tests.Meaning;
using NewsBot.Testing;

namespace NewsBot.Core.Tests.Answers;

/// <summary>The index of the bundled seeds, built once for a test class in a temporary folder.</summary>
public sealed class SeedIndexFixture : IAsyncLifetime
{
    private readonly IndexedArticles _index = new();

    public IAnswerService Answers { get; private set; } = null!;

    /// <summary>The same index answered with the shipped sentence model, loaded when a test first asks.</summary>
    public IAnswerService AnswersByMeaning { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Answers = await _index.AnswersOverAsync(RepositoryFolders.Seeds);
        AnswersByMeaning = _index.WithMeaning(SharedSentenceModel.Instance);
    }

    public Task DisposeAsync()
    {
        _index.Dispose();
        return Task.CompletedTask;
    }
}
