using NewsBot.Core.Answers;
using NewsBot.Core.Indexing;
using NewsBot.Core.Meaning;
using NewsBot.Testing;

namespace NewsBot.Core.Tests.Answers;

/// <summary>Articles (short ones written by a test, or a folder) indexed in a temporary folder removed on dispose.</summary>
public sealed class IndexedArticles : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private IndexStore? _store;

    /// <summary>The answers over a folder holding <paramref name="files"/> (name, text), indexed.</summary>
    public async Task<AnswerService> AnswersAsync(IEnumerable<(string Name, string Text)> files)
    {
        var articles = _folder.Combine("articles");
        Directory.CreateDirectory(articles);
        foreach (var (name, text) in files)
        {
            await File.WriteAllTextAsync(Path.Combine(articles, name), text);
        }
        return await AnswersOverAsync(articles);
    }

    /// <summary>The answers over the articles of <paramref name="folder"/>, indexed.</summary>
    public async Task<AnswerService> AnswersOverAsync(string folder)
    {
        _store = new IndexStore(new IndexOptions(folder, _folder.Combine("index")));
        await _store.EnsureReadyAsync();
        return new AnswerService(_store);
    }

    /// <summary>The answers over the articles last indexed, with the sentence model <paramref name="meaning"/>.</summary>
    public AnswerService WithMeaning(ISentenceEmbedder meaning) =>
        new(_store ?? throw new InvalidOperationException("Nothing is indexed yet."), meaning);

    public void Dispose()
    {
        _store?.Dispose();
        _folder.Dispose();
    }
}
