using Microsoft.Extensions.Logging;
using NewsBot.Core.Answers;
using NewsBot.Core.Indexing;
using NewsBot.Core.Meaning;

namespace NewsBot.Cli;

/// <summary>
/// An index store, the sentence model (loaded only when a question needs it) and their answer service
/// for one run of the command line or the console.
/// </summary>
public sealed class NewsBotSession : IDisposable
{
    private readonly MiniLmSentenceEmbedder _meaning;

    public NewsBotSession(IndexOptions options, ILoggerFactory loggerFactory)
    {
        Store = new IndexStore(options, loggerFactory.CreateLogger<IndexStore>());
        _meaning = new MiniLmSentenceEmbedder(loggerFactory.CreateLogger<MiniLmSentenceEmbedder>());
        Answers = new AnswerService(Store, _meaning);
    }

    public IndexStore Store { get; }

    public AnswerService Answers { get; }

    public QuestionRunner Questions => new(Answers);

    public void Dispose()
    {
        _meaning.Dispose();
        Store.Dispose();
    }
}
